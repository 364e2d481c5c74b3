package dev.migrate.ddl.postgresql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import dev.migrate.ddl.SessionLock;

/**
 * A session-level advisory lock ({@code pg_try_advisory_lock}) on a 64-bit key derived from the lock name. It does
 * not depend on transactions, so commits, rollbacks and autocommit blocks inside a run keep it; PostgreSQL releases
 * it when the session ends. On a connection already inside its caller's transaction the lock is taken for that
 * transaction instead ({@code pg_try_advisory_xact_lock}) and ends with it: after a failed statement the
 * transaction accepts no unlock, but its rollback still frees the lock.
 *
 * <p>The key is the first eight bytes of the SHA-256 of the name's UTF-8 bytes, read as a signed big-endian number:
 * stable across processes and versions. These statements run on every start, so they are written for a fresh JVM:
 * the server computes the key ({@code sha256} exists from PostgreSQL 11 on), because Java's {@code MessageDigest}
 * first sets up the security providers, which costs tens of milliseconds; and they are plain statements with the
 * name as a literal, because the driver's first prepared statement costs several milliseconds more.
 */
final class AdvisoryLock implements SessionLock {

    @Override
    public boolean tryAcquire(Connection connection, String name) throws SQLException {
        return call(connection, connection.getAutoCommit() ? "pg_try_advisory_lock" : "pg_try_advisory_xact_lock",
                name);
    }

    @Override
    public void release(Connection connection, String name) throws SQLException {
        if (connection.getAutoCommit()) {
            call(connection, "pg_advisory_unlock", name);
        }
    }

    private static boolean call(Connection connection, String function, String name) throws SQLException {
        String key = "('x' || encode(substring(sha256(convert_to(" + literal(name) + ", 'UTF8')) FROM 1 FOR 8), "
                + "'hex'))::bit(64)::bigint";
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT " + function + "(" + key + ")")) {
            return result.next() && result.getBoolean(1);
        }
    }

    /**
     * {@code text} as an escape string constant ({@code E'…'}), whose backslash escapes mean the same whatever
     * {@code standard_conforming_strings} is set to.
     */
    private static String literal(String text) {
        return "E'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
