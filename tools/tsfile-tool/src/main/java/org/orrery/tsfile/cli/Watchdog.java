package org.orrery.tsfile.cli;

import java.io.PrintStream;

/**
 * Ends the process with exit 2 if a command on one file takes longer than allowed. The reader
 * bounds its work by the file's size, so this is a guarantee for scripts (a damaged file must
 * never hang a batch), not the normal way out.
 */
final class Watchdog {
    private final Thread thread;

    private Watchdog(Thread thread) {
        this.thread = thread;
    }

    /** Starts watching; {@code seconds <= 0} watches nothing. */
    static Watchdog start(int seconds, String file, PrintStream out, PrintStream err) {
        if (seconds <= 0) {
            return new Watchdog(null);
        }
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(seconds * 1000L);
            } catch (InterruptedException e) {
                return;
            }
            out.flush();
            err.println("ERROR: " + file + ": no result after " + seconds + " s (--timeout)");
            err.flush();
            Runtime.getRuntime().halt(Main.EXIT_UNREADABLE);
        }, "orrery-tsfile-timeout");
        t.setDaemon(true);
        t.start();
        return new Watchdog(t);
    }

    void stop() {
        if (thread != null) {
            thread.interrupt();
        }
    }
}
