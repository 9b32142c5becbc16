package org.orrery.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.orrery.cli.server.DeviceBatch;
import org.orrery.cli.server.ServerLink;
import org.orrery.cli.server.StatementFailure;
import org.orrery.cli.server.StatementOutcome;

/**
 * A server stand-in: statements answer from a script (exact SQL text → outcome), anything else
 * is OK; inserts are recorded.
 */
public final class FakeLink implements ServerLink {
  public final List<String> executed = new ArrayList<>();
  public final List<DeviceBatch> inserted = new ArrayList<>();
  private final Map<String, Supplier<StatementOutcome>> answers = new LinkedHashMap<>();
  private final Map<String, StatementFailure> failures = new LinkedHashMap<>();
  public StatementFailure insertFailure;
  public boolean closed;

  public FakeLink answer(String sql, Supplier<StatementOutcome> outcome) {
    answers.put(sql, outcome);
    return this;
  }

  public FakeLink fail(String sql, int code, String message) {
    failures.put(sql, new StatementFailure(code, message));
    return this;
  }

  @Override
  public StatementOutcome execute(String sql) {
    executed.add(sql);
    if (failures.containsKey(sql)) {
      throw failures.get(sql);
    }
    Supplier<StatementOutcome> answer = answers.get(sql);
    return answer != null ? answer.get() : StatementOutcome.ofMessage("OK");
  }

  @Override
  public void insert(DeviceBatch batch) {
    if (insertFailure != null) {
      throw insertFailure;
    }
    inserted.add(batch);
  }

  @Override
  public void close() {
    closed = true;
  }
}
