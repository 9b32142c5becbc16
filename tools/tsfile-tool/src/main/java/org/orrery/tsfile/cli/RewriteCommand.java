package org.orrery.tsfile.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.orrery.tsfile.CorruptTsFileException;
import org.orrery.tsfile.read.TsFileReader;
import org.orrery.tsfile.tool.RewriteOptions;
import org.orrery.tsfile.tool.RewriteResult;
import org.orrery.tsfile.tool.TsFileRewrite;

/**
 * {@code rewrite IN OUT}: reads any TsFile (v3/v4, any writer) with Orrery's reader and writes the
 * same data with Orrery's writer, optionally with another encoding (for the types that allow it),
 * compressor or page size. Prints what was copied and the series that kept their encoding.
 */
final class RewriteCommand implements Command {
    @Override
    public String name() {
        return "rewrite";
    }

    @Override
    public String usage() {
        return "rewrite IN OUT [--encoding E] [--compressor C] [--page-points N] [--force] [--progress]";
    }

    @Override
    public int run(List<String> argv, Console console) throws UsageException, CommandException {
        Args a = Args.parse(name(), argv, Set.of("--encoding", "--compressor", "--page-points"),
                Set.of("--force", "--progress"));
        List<String> ops = a.operands("IN", "OUT");
        Path in = Path.of(ops.get(0));
        Path out = Path.of(ops.get(1));
        RewriteOptions options = RewriteOptions.defaults();
        if (a.option("--encoding") != null) {
            options = options.withEncoding(TsFiles.encodingName(console.codecs, a.option("--encoding")));
        }
        if (a.option("--compressor") != null) {
            options = options.withCompression(TsFiles.compressorName(console.codecs, a.option("--compressor")));
        }
        if (a.option("--page-points") != null) {
            options = options.withMaxPointsPerPage(a.intOption("--page-points", 0, 1));
        }
        long total;
        try (TsFileReader check = TsFiles.open(in, console.codecs)) {
            total = TsFiles.pointCount(check);
        } catch (IOException e) {
            throw CommandException.unreadable(CommandException.describe(e), e);
        }
        TsFiles.checkTarget(out, a.flag("--force"));
        Progress progress = Progress.of(console, a.flag("--progress"), "rewrite", total, false);
        RewriteResult result;
        try {
            result = TsFileRewrite.rewrite(in, out, console.codecs, options.withProgress(progress::update));
        } catch (CorruptTsFileException e) {
            deleteQuietly(out);
            throw CommandException.unreadable(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(out);
            throw CommandException.failed("rewrite " + in + " -> " + out + ": " + CommandException.describe(e), e);
        }
        progress.finish();
        console.out.println(result);
        for (String note : result.notes()) {
            console.out.println("# " + note);
        }
        return Main.EXIT_OK;
    }

    /** A half-written file is useless and would block the next attempt. */
    private static void deleteQuietly(Path out) {
        try {
            Files.deleteIfExists(out);
        } catch (IOException ignored) {
            // the error being reported matters more than the leftover
        }
    }
}
