package org.orrery.tsfile.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.orrery.tsfile.read.TsFileReader;
import org.orrery.tsfile.tool.CanonicalDump;

/**
 * {@code dump FILE}: the canonical dump format 1 of the TsFile oracle on stdout (its non-{@code #}
 * lines can be diffed with the oracle's). Before printing, the file is verified like the oracle
 * verifies it ({@link DumpVerifier}: statistics recomputed from the decoded points, timestamp
 * order, bloom filter, chunks the index misses), unless {@code --no-verify}. A file that cannot be
 * read fully or fails verification gives exit 2 and one {@code ERROR:} line on stderr; the lines
 * printed before the damage stay on stdout.
 */
final class DumpCommand implements Command {
    @Override
    public String name() {
        return "dump";
    }

    @Override
    public String usage() {
        return "dump FILE [--no-points] [--no-scan] [--no-verify] [--timeout SECONDS]   canonical dump (oracle format 1)"
                + " on stdout after checking the file's statistics against its data";
    }

    @Override
    public int run(List<String> argv, Console console) throws UsageException, CommandException {
        Args a = Args.parse(name(), argv, Set.of("--timeout"), Set.of("--no-points", "--no-scan", "--no-verify"));
        Path file = Path.of(a.operands("FILE").get(0));
        int timeout = a.intOption("--timeout", 0, 0);
        Watchdog watchdog = Watchdog.start(timeout, file.toString(), console.out, console.err);
        Writer out = new BufferedWriter(new OutputStreamWriter(console.out, StandardCharsets.UTF_8), 1 << 16);
        try (TsFileReader reader = TsFileReader.open(file, console.codecs)) {
            int scanned = -1;
            if (!a.flag("--no-scan")) {
                // Structure between chunks is invisible to index-driven reads: check it first.
                scanned = reader.checkDataSection();
                out.write("# scan: " + scanned + " chunk headers in the data section, every index chunk among them\n");
            }
            if (!a.flag("--no-verify")) {
                // Before any canonical line, so a file that fails has no complete-looking dump on stdout.
                out.write("# " + DumpVerifier.verify(reader, scanned) + "\n");
            }
            CanonicalDump.write(reader, out, !a.flag("--no-points"));
        } catch (CommandException e) {
            flushQuietly(out); // the lines before the inconsistency stay visible, as for damage
            throw e;
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // Every way a damaged file can surface: the reader's TsFileExceptions name the offset and
            // the structure; anything else would be a reader bug, still reported as this file's.
            flushQuietly(out);
            throw CommandException.unreadable(CommandException.describe(e), e);
        } finally {
            watchdog.stop();
        }
        flushQuietly(out);
        return Main.EXIT_OK;
    }

    private static void flushQuietly(Writer out) {
        try {
            out.flush();
        } catch (IOException ignored) {
            // stdout closed early (e.g. piped into head): nothing left to tell anyone
        }
    }
}
