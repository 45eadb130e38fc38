package io.uplift.engine.eval;

import java.io.IOException;

/**
 * A basket file that cannot be read as the evaluation protocol requires: missing or unreadable, invalid UTF-8, or
 * a control character inside a line. The message names the file and, when one line is at fault, its 1-based
 * number, so that the line can be found and fixed.
 */
public final class BasketFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    /**
     * @param line the 1-based line at fault, or 0 when the file as a whole cannot be read
     */
    public BasketFileException(String file, int line, String problem, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem, cause);
        this.file = file;
        this.line = line;
    }

    /** The file as it was named to the reader. */
    public String getFile() {
        return file;
    }

    /** The 1-based line at fault; 0 when the file as a whole cannot be read. */
    public int getLine() {
        return line;
    }
}
