package org.orrery.tsfile.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Runs the tool in-process and captures what it prints; loads the oracle fixtures. */
final class Cli {
    final int exit;
    final String out;
    final String err;

    private Cli(int exit, String out, String err) {
        this.exit = exit;
        this.out = out;
        this.err = err;
    }

    static Cli run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return new Cli(rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The lines of stdout that are canonical (not {@code #} comments). */
    List<String> canonical() {
        return canonical(out);
    }

    static List<String> canonical(String text) {
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\n", -1)) {
            if (!l.isEmpty() && !l.startsWith("#")) {
                lines.add(l);
            }
        }
        return lines;
    }

    /** A fixture of bundles/tsfile/src/test/resources/oracle copied into {@code dir}. */
    static Path fixture(String name, Path dir) {
        try (InputStream in = Cli.class.getResourceAsStream("/oracle/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /oracle/" + name);
            }
            Path p = dir.resolve(name);
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a gzip-compressed or plain fixture. */
    static String fixtureText(String name) {
        try (InputStream raw = Cli.class.getResourceAsStream("/oracle/" + name)) {
            if (raw == null) {
                throw new IllegalStateException("missing test resource /oracle/" + name);
            }
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "exit=" + exit + " stderr=" + err;
    }
}
