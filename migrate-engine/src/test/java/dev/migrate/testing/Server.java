package dev.migrate.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database server the tests may use: its administrative URL and credentials, and where it came from (environment,
 * local server, Testcontainers) for messages.
 */
record Server(String url, String user, String password, String origin) {

    Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
