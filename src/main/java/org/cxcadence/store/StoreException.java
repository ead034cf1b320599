package org.cxcadence.store;

/**
 * A storage operation failed for a reason the caller cannot fix by choosing another file
 * (an SQL error, a full disk, a constraint the caller broke). Unchecked so that repository
 * signatures stay readable; the message says what was being done.
 */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
