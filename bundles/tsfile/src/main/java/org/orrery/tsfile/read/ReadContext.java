package org.orrery.tsfile.read;

/** What the page iterators of one reader share. */
final class ReadContext {
    final FileStructure file;
    final ReaderCodecs codecs;
    final ChunkLoader loader;
    final PageDecoder decoder;
    final ReadCounters counters;

    ReadContext(FileStructure file, ReaderCodecs codecs, ReadCounters counters, ReaderOptions options) {
        this.file = file;
        this.codecs = codecs;
        this.counters = counters;
        this.loader = new ChunkLoader(file, counters, options.maxPageBytes());
        this.decoder = new PageDecoder(codecs, options.maxPagePoints());
    }
}
