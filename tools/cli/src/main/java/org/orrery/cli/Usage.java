package org.orrery.cli;

/** The text of {@code orrery-cli --help}. */
final class Usage {
  static final String TEXT = String.join("\n",
      "usage: orrery-cli [-h host] [-p port] [-u user] [-pw password] [options]",
      "       orrery-cli [connection] -e \"<statements>\" | -f <file.sql>",
      "       orrery-cli [connection] import-csv -f <file.csv|directory> [--batch rows] [--aligned]",
      "       orrery-cli [connection] export-csv (-q \"<query>\" | -s <file.sql>) [-td dir | -o file] [--datatype]",
      "",
      "connection:",
      "  -h <host>             server host (default 127.0.0.1)",
      "  -p <port>             server port (default 6667)",
      "  -u <user>             user (default root)",
      "  -pw <password>        password; without it the shell asks, batch runs use $ORRERY_PASSWORD or root",
      "  --zone <zone id>      session time zone (default: this machine's)",
      "",
      "statements:",
      "  -e \"<sql>\"             run these ';'-separated statements and exit",
      "  -f <file.sql>         run the statements of a file and exit",
      "  --format <f>          table (default), csv, tsv or json",
      "  --time-format <t>     iso (default) or epoch; -disableISO8601 = epoch",
      "  -maxPRC <rows>        rows per table page (default 1000)",
      "",
      "Without -e or -f an interactive shell starts: statements end with ';', Tab completes",
      "keywords and paths, history is kept in ~/.orrery_cli_history, 'quit' or 'exit' leaves.",
      "Exit codes: 0 ok, 1 statement failed, 2 bad command line, 3 cannot connect, 4 file error.",
      "");

  private Usage() {}
}
