package org.orrery.cli.shell;

import java.util.List;

/** The words Tab completes besides paths: statement keywords, types and common functions. */
final class SqlKeywords {
  static final List<String> WORDS = List.of(
      "ALIGN", "ALIGNED", "ALTER", "AND", "AS", "ASC", "ATTRIBUTES", "BETWEEN", "BY", "CHILD",
      "COMPRESSOR", "CONTINUOUS", "COUNT", "CREATE", "DATABASE", "DATABASES", "DATATYPE", "DELETE",
      "DESC", "DEVICE", "DEVICES", "DROP", "ENCODING", "EXPLAIN", "FILL", "FLUSH", "FROM",
      "FUNCTION", "FUNCTIONS", "GROUP", "HAVING", "IN", "INSERT", "INTO", "IS", "LAST", "LEVEL",
      "LIKE", "LIMIT", "LINEAR", "LIST", "NODES", "NOT", "NULL", "OFFSET", "ON", "OR", "ORDER",
      "PASSWORD", "PATHS", "PREVIOUS", "QUERIES", "QUERY", "REGEXP", "SELECT", "SET", "SHOW",
      "SLIMIT", "SOFFSET", "TAGS", "TIME", "TIMESERIES", "TIMESTAMP", "TO", "TRIGGER", "TRIGGERS",
      "TTL", "UNSET", "USER", "USING", "VALUES", "VERSION", "WHERE", "WITH",
      "BOOLEAN", "INT32", "INT64", "FLOAT", "DOUBLE", "TEXT", "STRING", "BLOB", "DATE",
      "avg", "count", "extreme", "first_value", "last_value", "max_time", "max_value", "min_time",
      "min_value", "sum",
      "quit", "exit", "help");

  private SqlKeywords() {}
}
