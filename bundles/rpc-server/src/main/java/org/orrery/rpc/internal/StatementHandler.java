package org.orrery.rpc.internal;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.type.DataType;
import org.orrery.engine.query.ExecutionResult;
import org.orrery.engine.query.ResultColumn;
import org.orrery.engine.query.SessionContext;
import org.orrery.protocol.message.CloseQueryRequest;
import org.orrery.protocol.message.ExecuteRequest;
import org.orrery.protocol.message.FetchRequest;
import org.orrery.protocol.message.Message;
import org.orrery.protocol.message.OkResponse;
import org.orrery.protocol.message.ResultHeaderResponse;
import org.orrery.protocol.message.ResultPage;
import org.orrery.protocol.message.ResultPageResponse;

/**
 * Runs statements through the QueryEngine and pages their rows. A query stays registered until
 * its last page is sent, it fails, or the client closes it.
 */
final class StatementHandler {
  private final ServerContext server;

  StatementHandler(ServerContext server) {
    this.server = server;
  }

  Reply execute(ClientSession session, ExecuteRequest request) {
    SessionContext base = session.context();
    SessionContext context = new SessionContext(base.user(), base.zone(), request.timeoutMillis());
    ExecutionResult result = server.engine().execute(context, request.sql());
    if (!result.hasRows()) {
      try {
        return Reply.of(new OkResponse(result.message()));
      } finally {
        result.close();
      }
    }
    List<String> names = new ArrayList<>();
    List<DataType> types = new ArrayList<>();
    for (ResultColumn column : result.columns()) {
      names.add(column.name());
      types.add(column.type());
    }
    long queryId = session.queries().register(result, server.answerByteBudget());
    ResultPage first = collect(session, queryId, request.fetchSize(), request.pages());
    return Reply.of(new ResultHeaderResponse(queryId, result.hasTimeColumn(), names, types, first));
  }

  Reply fetch(ClientSession session, FetchRequest request) {
    session.context();
    return Reply.of(new ResultPageResponse(request.queryId(), collect(session, request.queryId(), request.fetchSize(), request.pages())));
  }

  /**
   * After {@code sent} (an answer with rows) went out: produces the query's next page now, while
   * the client is still receiving this one, so that its FETCH is answered without waiting for
   * the engine (see {@link OpenQuery}). Nothing when the answer held the last page.
   */
  void prepareAhead(ClientSession session, Message sent) {
    long queryId;
    ResultPage page;
    if (sent instanceof ResultHeaderResponse header) {
      queryId = header.queryId();
      page = header.firstPage();
    } else if (sent instanceof ResultPageResponse response) {
      queryId = response.queryId();
      page = response.page();
    } else {
      return;
    }
    if (page.last()) {
      return;
    }
    OpenQuery query = session.queries().find(queryId);
    if (query != null) {
      query.prepareNext(session.compression());
    }
  }

  /** The next answer's rows of the query; the query is dropped when it is exhausted or fails. */
  private static ResultPage collect(ClientSession session, long queryId, int fetchSize, int pages) {
    ResultPage page;
    try {
      page = session.queries().get(queryId).takePage(fetchSize, pages, session.compression());
    } catch (RuntimeException e) {
      session.queries().close(queryId);
      throw e;
    }
    if (page.last()) {
      session.queries().close(queryId);
    }
    return page;
  }

  Reply closeQuery(ClientSession session, CloseQueryRequest request) {
    session.context();
    boolean closed = session.queries().close(request.queryId());
    return Reply.of(new OkResponse(closed ? "OK" : "query " + request.queryId() + " was not open"));
  }
}
