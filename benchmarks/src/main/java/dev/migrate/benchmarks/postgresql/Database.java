package dev.migrate.benchmarks.postgresql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The PostgreSQL database the benchmark runs in: it creates, checks and drops its own schemas. */
record Database(String url, String user, String password) {

    Target target(String schema) {
        return Target.schema(url, schema, user, password);
    }

    /** Drops {@code schema} with everything in it, if it exists, and creates it empty. */
    void recreate(String schema) throws SQLException {
        drop(schema);
        execute("CREATE SCHEMA " + schema);
    }

    void drop(String schema) throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    /** How many tables of {@code schema} have a name starting with {@code prefix}. */
    int tables(String schema, String prefix) throws SQLException {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(
                "SELECT count(*) FROM pg_tables WHERE schemaname = ? AND tablename LIKE ?")) {
            query.setString(1, schema);
            query.setString(2, prefix + "%");
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    String serverVersion() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SHOW server_version")) {
            row.next();
            return row.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
