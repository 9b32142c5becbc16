package org.orrery.tsfile.cli;

import java.io.PrintStream;
import org.orrery.codec.api.CodecRegistry;

/**
 * What commands print to and read codecs from. {@code stderrIsTerminal} comes from the launcher
 * script (system property {@value #STDERR_TTY_PROPERTY}, set when {@code [ -t 2 ]}): Java cannot
 * tell on its own whether stderr alone is a terminal, and progress bars belong only there.
 */
final class Console {
    static final String STDERR_TTY_PROPERTY = "orrery.stderr.tty";

    final PrintStream out;
    final PrintStream err;
    final CodecRegistry codecs;
    final boolean stderrIsTerminal;

    Console(PrintStream out, PrintStream err, CodecRegistry codecs, boolean stderrIsTerminal) {
        this.out = out;
        this.err = err;
        this.codecs = codecs;
        this.stderrIsTerminal = stderrIsTerminal;
    }
}
