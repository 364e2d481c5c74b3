package dev.migrate.sample.quickstart;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * A schema of its own on one of the local database servers for one test class, dropped afterwards. When the server
 * cannot be reached the test is skipped, unless {@code MIGRATE_TEST_REQUIRE} names it (as CI does): then it fails.
 */
final class ServerSchema {

    private final String kind;
    private final String serverUrl;
    private final String user;
    private final String name = "clinic_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final String createSql;
    private final String dropSql;
    private final String url;

    private ServerSchema(String kind, String serverUrl, String user, String createSql, String dropSql,
            String urlTemplate) {
        this.kind = kind;
        this.serverUrl = serverUrl;
        this.user = user;
        this.createSql = createSql.formatted(name);
        this.dropSql = dropSql.formatted(name);
        this.url = urlTemplate.formatted(name);
    }

    /** A PostgreSQL schema in database {@code test}, made the connections' search path. */
    static ServerSchema postgresql() {
        return new ServerSchema("postgresql", "jdbc:postgresql://127.0.0.1:5432/test", "postgres",
                "CREATE SCHEMA %s", "DROP SCHEMA %s CASCADE",
                "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=%s");
    }

    /** A MariaDB database. */
    static ServerSchema mariadb() {
        return new ServerSchema("mariadb", "jdbc:mariadb://127.0.0.1:3306/test", "root", "CREATE DATABASE %s",
                "DROP DATABASE %s", "jdbc:mariadb://127.0.0.1:3306/%s");
    }

    /** Creates the schema, or skips the test when the server is away and not required. */
    void create() {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, "");
                Statement statement = connection.createStatement()) {
            statement.execute(createSql);
        }
        catch (SQLException ex) {
            String required = System.getenv().getOrDefault("MIGRATE_TEST_REQUIRE", "");
            if (Arrays.asList(required.split(",")).contains(kind)) {
                throw new IllegalStateException(kind + " at " + serverUrl + " is required by MIGRATE_TEST_REQUIRE "
                        + "but cannot be used: " + ex.getMessage(), ex);
            }
            Assumptions.abort(kind + " at " + serverUrl + " cannot be reached (" + ex.getMessage()
                    + "); set MIGRATE_TEST_REQUIRE=" + kind + " to fail instead");
        }
    }

    /** Drops the schema with everything in it. */
    void drop() throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, "");
                Statement statement = connection.createStatement()) {
            statement.execute(dropSql);
        }
    }

    String url() {
        return url;
    }
}
