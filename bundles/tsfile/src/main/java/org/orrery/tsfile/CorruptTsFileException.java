package org.orrery.tsfile;

/**
 * The bytes of a TsFile do not follow the format: bad magic, a truncated or inconsistent
 * structure, or a page that does not decode. {@link #offset()} is the file offset where the
 * problem was found, or -1 when it concerns the file as a whole.
 */
public class CorruptTsFileException extends TsFileException {
    private static final long serialVersionUID = 1L;

    private final long offset;

    public CorruptTsFileException(String message, long offset) {
        super(message);
        this.offset = offset;
    }

    public CorruptTsFileException(String message, long offset, Throwable cause) {
        super(message, cause);
        this.offset = offset;
    }

    /** The file offset of the damaged structure, or -1 if unknown. */
    public long offset() {
        return offset;
    }
}
