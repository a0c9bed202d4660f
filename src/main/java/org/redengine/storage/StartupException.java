package org.redengine.storage;

/** The server cannot start for a reason an admin can fix; the message (in Chinese) says what and how. */
public final class StartupException extends RuntimeException {
    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
