package org.redengine.storage;

/** A database operation failed; the message is for logs, never shown to chat users. */
public final class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
