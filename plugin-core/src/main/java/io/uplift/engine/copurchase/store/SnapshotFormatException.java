package io.uplift.engine.copurchase.store;

import java.io.IOException;

/**
 * A snapshot that cannot be loaded: not a snapshot, another format version, truncated or corrupt. The message
 * says which; nothing was loaded.
 */
public class SnapshotFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public SnapshotFormatException(String message) {
        super(message);
    }
}
