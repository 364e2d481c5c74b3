package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.MigrateException;
import dev.migrate.ddl.DdlImpl;
import dev.migrate.ddl.SessionLock;

/**
 * The lock that serialises processes migrating one database: a session lock of the dialect (PostgreSQL advisory
 * lock, MySQL/MariaDB {@code GET_LOCK}, an in-process lock for H2 and SQLite) named after the version table's
 * schema and name. It is held by the connection, not by a transaction, so commits inside a run keep it, and the
 * database drops it when the connection dies: a killed process never leaves a stale lock. Waiting is bounded by
 * the timeout; {@link #release()} (or {@link #close()}) ends it.
 */
public final class MigrationLock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MigrationLock.class);

    private static final long FIRST_RETRY_MILLIS = 20;
    private static final long LONGEST_RETRY_MILLIS = 200;

    private final Connection connection;
    private final SessionLock lock;
    private final String name;
    private boolean held = true;

    private MigrationLock(Connection connection, SessionLock lock, String name) {
        this.connection = connection;
        this.lock = lock;
        this.name = name;
    }

    /** The lock's name for a version table: {@code migrate:<schema>.<table>}. */
    public static String nameFor(String schema, String table) {
        return "migrate:" + (schema == null ? "" : schema) + "." + table;
    }

    /**
     * Takes the lock of {@code versionTable} for {@code connection}, retrying until {@code timeout} has passed.
     *
     * @throws MigrationLockTimeoutException when another session holds it past the timeout
     * @throws MigrateException when the dialect has no lock
     */
    public static MigrationLock acquire(Connection connection, DdlImpl dialect, VersionTable versionTable,
            Duration timeout) {
        Optional<SessionLock> sessionLock = dialect.sessionLock();
        if (sessionLock.isEmpty()) {
            throw new MigrateException("The " + dialect.name() + " dialect has no migration lock; turn it off with "
                    + "EnvironmentContext.Builder.lockEnabled(false) and make sure only one process migrates the "
                    + "database at a time");
        }
        SessionLock lock = sessionLock.get();
        String name;
        try {
            String schema = versionTable.schema() != null ? versionTable.schema() : dialect.currentSchema(connection);
            name = nameFor(schema, versionTable.name());
        }
        catch (SQLException ex) {
            throw new MigrateException("Could not read the current schema to name the migration lock: "
                    + ex.getMessage(), ex);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = FIRST_RETRY_MILLIS;
        while (!tryAcquire(lock, connection, name)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new MigrationLockTimeoutException("Could not take the migration lock '" + name + "' on "
                        + dialect.name() + " within " + describe(timeout) + ": another process is migrating this "
                        + "database. Wait for it to finish, raise the lock timeout "
                        + "(EnvironmentContext.Builder.lockTimeout), or turn the lock off (lockEnabled(false)) if only "
                        + "one process ever migrates this database", name, timeout);
            }
            sleep(Math.min(pause, Math.max(1, Duration.ofNanos(left).toMillis())));
            pause = Math.min(pause * 2, LONGEST_RETRY_MILLIS);
        }
        log.debug("Took the migration lock '{}'", name);
        return new MigrationLock(connection, lock, name);
    }

    /** The lock's name. */
    public String name() {
        return name;
    }

    /** Releases the lock; a second call does nothing. A connection that is already closed released it with it. */
    public void release() {
        if (!held) {
            return;
        }
        held = false;
        try {
            if (!connection.isClosed()) {
                lock.release(connection, name);
                log.debug("Released the migration lock '{}'", name);
            }
        }
        catch (SQLException ex) {
            throw new MigrateException("Could not release the migration lock '" + name + "': " + ex.getMessage()
                    + "; the database releases it when the connection closes", ex);
        }
    }

    @Override
    public void close() {
        release();
    }

    private static boolean tryAcquire(SessionLock lock, Connection connection, String name) {
        try {
            return lock.tryAcquire(connection, name);
        }
        catch (SQLException ex) {
            throw new MigrateException("Could not take the migration lock '" + name + "': " + ex.getMessage(), ex);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new MigrateException("Interrupted while waiting for the migration lock", ex);
        }
    }

    private static String describe(Duration timeout) {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
