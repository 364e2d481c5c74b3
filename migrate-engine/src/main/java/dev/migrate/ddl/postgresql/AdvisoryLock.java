package dev.migrate.ddl.postgresql;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import dev.migrate.ddl.SessionLock;

/**
 * A session-level advisory lock ({@code pg_try_advisory_lock}) on a 64-bit key derived from the lock name. It does
 * not depend on transactions, so commits, rollbacks and autocommit blocks inside a run keep it; PostgreSQL releases
 * it when the session ends. On a connection already inside its caller's transaction the lock is taken for that
 * transaction instead ({@code pg_try_advisory_xact_lock}) and ends with it: after a failed statement the
 * transaction accepts no unlock, but its rollback still frees the lock.
 */
final class AdvisoryLock implements SessionLock {

    @Override
    public boolean tryAcquire(Connection connection, String name) throws SQLException {
        return call(connection, connection.getAutoCommit() ? "SELECT pg_try_advisory_lock(?)"
                : "SELECT pg_try_advisory_xact_lock(?)", name);
    }

    @Override
    public void release(Connection connection, String name) throws SQLException {
        if (connection.getAutoCommit()) {
            call(connection, "SELECT pg_advisory_unlock(?)", name);
        }
    }

    private static boolean call(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key(name));
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** The first eight bytes of the name's SHA-256: stable across processes and versions. */
    static long key(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
        }
    }
}
