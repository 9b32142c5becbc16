package org.orrery.tsfile.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one subcommand: {@code --name value} options, {@code --flag} switches and
 * positional operands, checked against what the command declares so a typo is an error rather
 * than silently ignored.
 */
final class Args {
    private final String command;
    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> flags = new ArrayList<>();
    private final List<String> operands = new ArrayList<>();

    private Args(String command) {
        this.command = command;
    }

    /**
     * @param valued options that take a value ({@code --encoding GORILLA} or {@code --encoding=GORILLA})
     * @param switches options without a value
     */
    static Args parse(String command, List<String> argv, Set<String> valued, Set<String> switches)
            throws UsageException {
        Args a = new Args(command);
        for (int i = 0; i < argv.size(); i++) {
            String arg = argv.get(i);
            if (!arg.startsWith("--") || arg.equals("--")) {
                a.operands.add(arg);
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (valued.contains(name)) {
                String value;
                if (eq >= 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < argv.size()) {
                    value = argv.get(++i);
                } else {
                    throw new UsageException(command + ": option " + name + " needs a value");
                }
                a.options.put(name, value);
            } else if (switches.contains(name) && eq < 0) {
                a.flags.add(name);
            } else {
                throw new UsageException(command + ": unknown option " + arg);
            }
        }
        return a;
    }

    /** The operands, which must number exactly {@code names.length}; {@code names} appear in the message. */
    List<String> operands(String... names) throws UsageException {
        if (operands.size() != names.length) {
            throw new UsageException(command + " needs " + String.join(" ", names) + ", got "
                    + (operands.isEmpty() ? "nothing" : String.join(" ", operands)));
        }
        return operands;
    }

    String option(String name) {
        return options.get(name);
    }

    String option(String name, String defaultValue) {
        return options.getOrDefault(name, defaultValue);
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    int intOption(String name, int defaultValue, int min) throws UsageException {
        String v = options.get(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min) {
                throw new UsageException(command + ": " + name + " must be at least " + min + ", got " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": " + name + " must be an integer, got '" + v + "'");
        }
    }
}
