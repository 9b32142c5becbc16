package org.orrery.protocol.internal;

import java.util.ArrayList;
import java.util.List;
import org.orrery.common.type.DataType;
import org.orrery.protocol.Protocol;
import org.orrery.protocol.ProtocolException;
import org.orrery.protocol.message.ExecuteRequest;
import org.orrery.protocol.message.FetchRequest;
import org.orrery.protocol.message.ResultHeaderResponse;
import org.orrery.protocol.message.ResultPageResponse;

/** Layouts of the statement messages: execute, fetch, the result header and pages. */
final class QueryMessageCodec {
  private QueryMessageCodec() {}

  static void writeExecute(PayloadWriter out, ExecuteRequest m, int version) {
    out.string(m.sql());
    out.i32(m.fetchSize());
    out.i64(m.timeoutMillis());
    writePages(out, m.pages(), version);
  }

  static ExecuteRequest readExecute(PayloadReader in, int version) {
    String sql = in.string("sql");
    int fetchSize = positive(in.i32("fetch size"), "fetch size");
    long timeout = in.i64("timeout");
    if (timeout < 0) {
      throw new ProtocolException("negative query timeout: " + timeout);
    }
    return new ExecuteRequest(sql, fetchSize, timeout, readPages(in, version));
  }

  static void writeFetch(PayloadWriter out, FetchRequest m, int version) {
    out.i64(m.queryId());
    out.i32(m.fetchSize());
    writePages(out, m.pages(), version);
  }

  static FetchRequest readFetch(PayloadReader in, int version) {
    long queryId = in.i64("query id");
    int fetchSize = positive(in.i32("fetch size"), "fetch size");
    return new FetchRequest(queryId, fetchSize, readPages(in, version));
  }

  /** Version 2 appends the page count; version 1 has none and means one page. */
  private static void writePages(PayloadWriter out, int pages, int version) {
    if (!validPages(pages)) {
      throw new IllegalArgumentException(pagesMessage(pages));
    }
    if (version >= Protocol.VERSION_2) {
      out.i32(pages);
    } else if (pages != 1) {
      throw new IllegalArgumentException(
          "protocol version " + version + " carries one page per answer, not " + pages);
    }
  }

  private static int readPages(PayloadReader in, int version) {
    if (version < Protocol.VERSION_2) {
      return 1;
    }
    int pages = in.i32("pages");
    if (!validPages(pages)) {
      throw new ProtocolException(pagesMessage(pages));
    }
    return pages;
  }

  private static boolean validPages(int pages) {
    return pages >= 1 && pages <= Protocol.MAX_PAGES_PER_ANSWER;
  }

  private static String pagesMessage(int pages) {
    return "pages per answer must be 1.." + Protocol.MAX_PAGES_PER_ANSWER + ": " + pages;
  }

  private static int positive(int value, String what) {
    if (value < 1) {
      throw new ProtocolException(what + " must be positive: " + value);
    }
    return value;
  }

  static void writeHeader(PayloadWriter out, ResultHeaderResponse m) {
    out.i64(m.queryId());
    out.bool(m.hasTime());
    out.i32(m.columnNames().size());
    for (int c = 0; c < m.columnNames().size(); c++) {
      out.string(m.columnNames().get(c));
      out.u8(m.columnTypes().get(c).id());
    }
    ResultPageCodec.write(out, m.firstPage());
  }

  static ResultHeaderResponse readHeader(PayloadReader in) {
    long queryId = in.i64("query id");
    boolean hasTime = in.bool("time flag");
    // a column takes at least its name length and type id
    int count = in.count("column count", 5);
    in.charge(16L * count, "column names");
    List<String> names = new ArrayList<>(count);
    List<DataType> types = new ArrayList<>(count);
    for (int c = 0; c < count; c++) {
      names.add(in.string("column name"));
      int typeId = in.u8("column type");
      try {
        types.add(DataType.fromId(typeId));
      } catch (IllegalArgumentException e) {
        throw new ProtocolException("column " + names.get(c) + " has unknown data type id " + typeId);
      }
    }
    return new ResultHeaderResponse(queryId, hasTime, names, types, ResultPageCodec.read(in));
  }

  static void writePage(PayloadWriter out, ResultPageResponse m) {
    out.i64(m.queryId());
    ResultPageCodec.write(out, m.page());
  }

  static ResultPageResponse readPage(PayloadReader in) {
    long queryId = in.i64("query id");
    return new ResultPageResponse(queryId, ResultPageCodec.read(in));
  }
}
