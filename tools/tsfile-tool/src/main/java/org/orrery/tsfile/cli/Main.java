package org.orrery.tsfile.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orrery.codec.api.SimpleCodecRegistry;

/**
 * {@code orrery-tsfile}: TsFile dump, rewrite, CSV import/export and benchmark. Codecs are the
 * codec modules on the class path (found through {@code META-INF/services}); a file that needs
 * one that is absent fails with {@code codec bundle missing: <NAME>}.
 *
 * <p>Exit codes: 0 success; 1 usage error or other failure (bad CSV, unwritable output);
 * 2 an input TsFile is unreadable or corrupt (one {@code ERROR:} line on stderr, never a stack
 * trace); 3 {@code bench} found a read that did not return the data written.
 */
public final class Main {
    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_UNREADABLE = 2;
    static final int EXIT_MISMATCH = 3;

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        int rc = run(args, out, err, Boolean.getBoolean(Console.STDERR_TTY_PROPERTY));
        out.flush();
        err.flush();
        System.exit(rc);
    }

    static Map<String, Command> commands() {
        Map<String, Command> all = new LinkedHashMap<>();
        for (Command c : List.of(new DumpCommand(), new RewriteCommand(), new ImportCsvCommand(),
                new ExportCsvCommand(), new BenchCommand())) {
            all.put(c.name(), c);
        }
        return all;
    }

    /** Runs one command line; never throws, never prints a stack trace. */
    static int run(String[] args, PrintStream out, PrintStream err, boolean stderrIsTerminal) {
        Map<String, Command> commands = commands();
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            usage(args.length == 0 ? err : out, commands);
            return args.length == 0 ? EXIT_FAILED : EXIT_OK;
        }
        Command c = commands.get(args[0]);
        if (c == null) {
            err.println("orrery-tsfile: unknown command '" + args[0] + "' (commands: "
                    + String.join(", ", commands.keySet()) + ")");
            return EXIT_FAILED;
        }
        try {
            Console console = new Console(out, err,
                    SimpleCodecRegistry.fromServiceLoader(Main.class.getClassLoader()), stderrIsTerminal);
            return c.run(Arrays.asList(args).subList(1, args.length), console);
        } catch (UsageException e) {
            err.println("orrery-tsfile " + e.getMessage());
            err.println("usage: orrery-tsfile " + c.usage());
            return EXIT_FAILED;
        } catch (CommandException e) {
            out.flush();
            err.println("ERROR: " + oneLine(e.getMessage()));
            return e.exitCode();
        } catch (Throwable t) {
            // A bug, not a user error; still one line (the brief for every command is "never a stack trace").
            out.flush();
            err.println("ERROR: " + c.name() + " failed: " + oneLine(CommandException.describe(t)));
            return EXIT_FAILED;
        }
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
    }

    private static void usage(PrintStream to, Map<String, Command> commands) {
        to.println("usage: orrery-tsfile <command> [arguments]");
        for (Command c : commands.values()) {
            to.println("  " + c.usage());
        }
        to.println("exit codes: 0 ok, 1 usage or other failure, 2 unreadable or corrupt TsFile, 3 bench mismatch");
    }
}
