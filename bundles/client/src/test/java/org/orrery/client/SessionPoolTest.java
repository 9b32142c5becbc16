package org.orrery.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.orrery.common.error.ErrorCode;
import org.orrery.common.type.DataType;
import org.orrery.rpc.RpcServer;
import org.orrery.rpc.RpcServerConfig;
import org.orrery.rpc.testing.FakeQueryEngine;
import org.orrery.rpc.testing.FakeUserService;

class SessionPoolTest {
  private final FakeQueryEngine engine = new FakeQueryEngine();
  private final FakeUserService users = new FakeUserService();
  private RpcServer server;

  private RpcServer start(int port) {
    RpcServer started = new RpcServer(RpcServerConfig.defaults().withPort(port), engine, users);
    started.start();
    return started;
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void manyThreadsShareAtMostMaxSizeSessions() throws Exception {
    server = start(0);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try (SessionPool pool = new SessionPool(Session.builder().port(server.port()), 3)) {
      List<Future<Long>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        int n = i;
        results.add(threads.submit(() -> {
          Tablet tablet = new Tablet("root.sg.d" + n, List.of("s"), List.of(DataType.DOUBLE), 4);
          tablet.addRow(n, (double) n);
          pool.insertTablet(tablet);
          long rows = 0;
          try (SessionDataSet data = pool.executeQuery("select rows " + (n + 1))) {
            while (data.hasNext()) {
              data.next();
              rows++;
            }
          }
          return rows;
        }));
      }
      for (int i = 0; i < results.size(); i++) {
        assertEquals(i + 1, results.get(i).get());
      }
    } finally {
      threads.shutdown();
    }
    assertEquals(64, engine.inserted.size());
    assertTrue(users.authentications.get() <= 3, "sessions opened: " + users.authentications.get());
  }

  @Test
  void statementErrorsAreNotRetriedAndKeepTheSession() {
    server = start(0);
    try (SessionPool pool = new SessionPool(Session.builder().port(server.port()), 1)) {
      ClientException e = assertThrows(ClientException.class, () -> pool.executeNonQuery("fail"));
      assertEquals(ErrorCode.SYNTAX_ERROR, e.code());
      assertEquals(1, engine.executions.get(), "a statement error is not retried");
      pool.executeNonQuery("flush");
      assertEquals(1, users.authentications.get(), "the session survived the statement error");
    }
  }

  @Test
  void aRestartedServerIsReachedThroughFreshSessions() {
    server = start(0);
    int port = server.port();
    try (SessionPool pool = new SessionPool(Session.builder().port(port), 2)) {
      pool.executeNonQuery("flush");
      server.close();
      server = start(port);
      pool.executeNonQuery("flush");
      assertEquals(2, engine.executions.get());
      assertEquals(2, users.authentications.get(), "the broken session was replaced by a new one");
    }
  }
}
