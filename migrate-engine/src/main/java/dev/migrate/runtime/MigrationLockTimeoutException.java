package dev.migrate.runtime;

import java.time.Duration;

import dev.migrate.MigrateException;

/**
 * Another session held the migration lock for longer than the run was willing to wait: another process is
 * migrating the database, or a session that took the lock is still open.
 */
public class MigrationLockTimeoutException extends MigrateException {

    private static final long serialVersionUID = 1L;

    private final String lockName;
    private final Duration timeout;

    MigrationLockTimeoutException(String message, String lockName, Duration timeout) {
        super(message);
        this.lockName = lockName;
        this.timeout = timeout;
    }

    /** The name of the lock, {@code migrate:<schema>.<version table>}. */
    public String lockName() {
        return lockName;
    }

    /** How long the run waited. */
    public Duration timeout() {
        return timeout;
    }
}
