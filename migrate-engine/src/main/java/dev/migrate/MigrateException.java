package dev.migrate;

/**
 * The root of every error Migrate raises. The message names the revision, object or property at fault and, where
 * there is one, what to do about it; the command line prints it as {@code FAILED: <message>}.
 */
public class MigrateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MigrateException(String message) {
        super(message);
    }

    public MigrateException(String message, Throwable cause) {
        super(message, cause);
    }
}
