package org.orrery.sql.ast.plugin;

import java.util.Objects;
import java.util.Optional;
import org.orrery.common.time.TimeDuration;
import org.orrery.common.time.TimePoint;
import org.orrery.sql.ast.Statement;
import org.orrery.sql.ast.StatementFamily;
import org.orrery.sql.ast.query.QueryStatement;

/**
 * {@code CREATE CONTINUOUS QUERY|CQ name [RESAMPLE [EVERY d] [BOUNDARY t] [RANGE start[, end]]]
 * [TIMEOUT POLICY BLOCKED|DISCARD] BEGIN select-into END}.
 *
 * @param rangeStart start offset before now()
 * @param rangeEnd end offset before now()
 * @param queryText the query between BEGIN and END as written, for SHOW CQS
 */
public record CreateContinuousQuery(
    String name,
    Optional<TimeDuration> every,
    Optional<TimePoint> boundary,
    Optional<TimeDuration> rangeStart,
    Optional<TimeDuration> rangeEnd,
    Optional<TimeoutPolicy> timeoutPolicy,
    QueryStatement query,
    String queryText) implements Statement {
  public CreateContinuousQuery {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(every, "every");
    Objects.requireNonNull(boundary, "boundary");
    Objects.requireNonNull(rangeStart, "rangeStart");
    Objects.requireNonNull(rangeEnd, "rangeEnd");
    Objects.requireNonNull(timeoutPolicy, "timeoutPolicy");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(queryText, "queryText");
  }

  @Override
  public StatementFamily family() {
    return StatementFamily.PLUGIN;
  }
}
