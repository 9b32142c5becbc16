package org.orrery.tsfile.cli;

/** A command line the tool cannot run: unknown command or option, missing or malformed value. Exit 1. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
