package org.orrery.tsfile.cli;

import java.util.List;

/** One subcommand of {@code orrery-tsfile}. */
interface Command {
    /** Name on the command line, e.g. {@code dump}. */
    String name();

    /** One usage line (without the program name) and a short description. */
    String usage();

    /** Runs with the arguments after the subcommand name; returns the exit code (0 on success). */
    int run(List<String> argv, Console console) throws UsageException, CommandException;
}
