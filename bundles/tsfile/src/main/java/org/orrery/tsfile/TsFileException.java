package org.orrery.tsfile;

import java.io.IOException;

/**
 * A TsFile could not be read or written: it is corrupt, uses a feature this implementation does
 * not support, or needs a codec whose bundle is missing. The message names the file, the offset
 * and what was wrong, so it can be shown to a tool user as is.
 */
public class TsFileException extends IOException {
    private static final long serialVersionUID = 1L;

    public TsFileException(String message) {
        super(message);
    }

    public TsFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
