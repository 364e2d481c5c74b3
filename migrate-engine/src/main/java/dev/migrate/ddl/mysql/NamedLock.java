package dev.migrate.ddl.mysql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

import dev.migrate.ddl.SessionLock;

/**
 * A user-level named lock ({@code GET_LOCK} / {@code RELEASE_LOCK}), held by the session whatever its transactions
 * do and released by the server when the session ends. Names longer than MySQL's 64 characters are shortened to a
 * digest.
 */
final class NamedLock implements SessionLock {

    private static final int MAX_NAME_LENGTH = 64;

    @Override
    public boolean tryAcquire(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            statement.setString(1, serverName(name));
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getInt(1) == 1;
            }
        }
    }

    @Override
    public void release(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            statement.setString(1, serverName(name));
            statement.executeQuery().close();
        }
    }

    static String serverName(String name) {
        if (name.length() <= MAX_NAME_LENGTH) {
            return name;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return "migrate:" + HexFormat.of().formatHex(digest, 0, 24);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", ex);
        }
    }
}
