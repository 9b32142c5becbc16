package org.orrery.cli.shell;

import java.io.IOException;
import java.io.PrintWriter;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.orrery.cli.result.PageGate;

/** Between pages of a long result, waits for one key: {@code q} stops, anything else goes on. */
final class TerminalPageGate implements PageGate {
  private final Terminal terminal;

  TerminalPageGate(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public boolean continueAfter(long printedRows) {
    PrintWriter writer = terminal.writer();
    writer.print(printedRows + " rows so far -- press Enter for more, q to stop ");
    writer.flush();
    Attributes saved = terminal.enterRawMode();
    int key;
    try {
      key = terminal.reader().read();
    } catch (IOException e) {
      key = 'q';
    } finally {
      terminal.setAttributes(saved);
    }
    writer.print("\r" + " ".repeat(60) + "\r");
    writer.flush();
    return key != 'q' && key != 'Q' && key >= 0;
  }
}
