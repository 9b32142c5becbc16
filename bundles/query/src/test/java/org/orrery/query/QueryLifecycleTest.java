package org.orrery.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.error.OrreryException;
import org.orrery.engine.query.ExecutionResult;
import org.orrery.query.support.EngineFixture;

/** Cancellation, memory limits and user statements without a user service. */
class QueryLifecycleTest {

  @Test
  void cancelledQueryFailsOnItsNextPage() {
    EngineFixture db = new EngineFixture().withSample();
    ExecutionResult result = db.run("select s1 from root.sg.d1");
    assertTrue(result.nextPage(1).isPresent());
    result.cancel();
    OrreryException e = assertThrows(OrreryException.class, () -> result.nextPage(1));
    assertEquals(ErrorCode.QUERY_CANCELLED, e.code());
    result.close();
  }

  @Test
  void queryOverItsMemoryLimitFails() {
    EngineFixture db = new EngineFixture(2, null, EngineFixture.config(16)).withSample();
    OrreryException e = assertThrows(OrreryException.class, () -> db.rows("select s1, s2 from root.sg.d1"));
    assertEquals(ErrorCode.MEMORY_LIMIT_EXCEEDED, e.code());
  }

  @Test
  void userStatementsNeedAUserService() {
    EngineFixture db = new EngineFixture();
    OrreryException e = assertThrows(OrreryException.class, () -> db.run("list user"));
    assertEquals(ErrorCode.SEMANTIC_ERROR, e.code());
  }
}
