package org.orrery.tsfile.cli;

/** A command that ran but failed; carries the exit code and the one line printed on stderr. */
final class CommandException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    private CommandException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** An input TsFile that cannot be read: missing, truncated, corrupt, or needing an absent codec. Exit 2. */
    static CommandException unreadable(String message, Throwable cause) {
        return new CommandException(Main.EXIT_UNREADABLE, message, cause);
    }

    /** Anything else that went wrong (bad CSV data, output not writable, ...). Exit 1. */
    static CommandException failed(String message, Throwable cause) {
        return new CommandException(Main.EXIT_FAILED, message, cause);
    }

    int exitCode() {
        return exitCode;
    }

    /**
     * The message of {@code t} for a one-line report: the exception's own message when it has
     * one (library exceptions name the file, offset and value), else its class name.
     */
    static String describe(Throwable t) {
        String m = t.getMessage();
        if (t instanceof java.nio.file.NoSuchFileException) {
            return "no such file: " + m;
        }
        if (t instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + m;
        }
        if (t instanceof java.nio.file.FileAlreadyExistsException) {
            return "already exists: " + m;
        }
        if (m == null || m.isBlank() || t instanceof OutOfMemoryError || t instanceof StackOverflowError) {
            return t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
        }
        return t instanceof RuntimeException && !(t instanceof org.orrery.codec.api.CodecException)
                ? t.getClass().getSimpleName() + ": " + m : m;
    }
}
