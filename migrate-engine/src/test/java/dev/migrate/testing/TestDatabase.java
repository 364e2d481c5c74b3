package dev.migrate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A database of one test's own: a fresh PostgreSQL schema (connections have it as their current schema), a fresh
 * MariaDB database, a fresh in-memory H2 database or a fresh SQLite file. {@link #close()} closes every connection
 * the test opened and drops it all.
 */
public final class TestDatabase implements AutoCloseable {

    private final DatabaseKind kind;
    private final String url;
    private final String user;
    private final String password;
    private final String schema;
    private final Cleanup cleanup;
    private final List<Connection> opened = new ArrayList<>();

    private TestDatabase(DatabaseKind kind, String url, String user, String password, String schema,
            Cleanup cleanup) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
        this.cleanup = cleanup;
    }

    /**
     * A new database of {@code kind}. Skips the calling test when the database is not available, or fails it when
     * {@code MIGRATE_TEST_REQUIRE} names the database.
     */
    public static TestDatabase create(DatabaseKind kind) {
        String name = "mt_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(0, 12);
        try {
            return switch (kind) {
                case POSTGRESQL -> {
                    Server server = Servers.of(kind);
                    server.execute("CREATE SCHEMA " + name);
                    yield new TestDatabase(kind, withParameter(server.url(), "currentSchema", name), server.user(),
                            server.password(), name, () -> server.execute("DROP SCHEMA " + name + " CASCADE"));
                }
                case MARIADB -> {
                    Server server = Servers.of(kind);
                    server.execute("CREATE DATABASE " + name);
                    yield new TestDatabase(kind, withDatabase(server.url(), name), server.user(), server.password(),
                            name, () -> server.execute("DROP DATABASE " + name));
                }
                case H2 -> {
                    String h2Url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
                    yield new TestDatabase(kind, h2Url, "sa", "", "PUBLIC", () -> {
                        try (Connection connection = DriverManager.getConnection(h2Url, "sa", "");
                                Statement statement = connection.createStatement()) {
                            statement.execute("SHUTDOWN");
                        }
                    });
                }
                case SQLITE -> {
                    Path file = Files.createTempFile(name, ".db");
                    yield new TestDatabase(kind, "jdbc:sqlite:" + file, null, null, "main", () -> {
                        try (var siblings = Files.list(file.getParent())) {
                            for (Path sibling : siblings.filter(p -> p.getFileName().toString()
                                .startsWith(file.getFileName().toString())).toList()) {
                                Files.deleteIfExists(sibling);
                            }
                        }
                    });
                }
            };
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not create a " + kind.id() + " test database: " + ex.getMessage(),
                    ex);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public DatabaseKind kind() {
        return kind;
    }

    /** The JDBC URL of this database (for PostgreSQL, with the test's schema as current schema). */
    public String url() {
        return url;
    }

    /** The user {@link #connect()} connects as; {@code null} for SQLite. */
    public String user() {
        return user;
    }

    /** The password {@link #connect()} gives; {@code null} for SQLite. */
    public String password() {
        return password;
    }

    /** The schema unqualified names resolve to: the test's schema or database, H2's PUBLIC, SQLite's main. */
    public String schema() {
        return schema;
    }

    /** A new connection in auto-commit mode, closed with this database at the latest. */
    public Connection connect() {
        try {
            Connection connection = DriverManager.getConnection(url, user, password);
            synchronized (opened) {
                opened.add(connection);
            }
            return connection;
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not connect to " + url + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * Runs a SQL script, such as offline mode writes, as one string that the database (or its driver) splits into
     * statements, the way a user feeds it to the database's own client.
     */
    public void executeScript(String script) throws SQLException {
        String scriptUrl = kind == DatabaseKind.MARIADB ? withParameter(url, "allowMultiQueries", "true") : url;
        try (Connection connection = DriverManager.getConnection(scriptUrl, user, password);
                Statement statement = connection.createStatement()) {
            if (kind == DatabaseKind.SQLITE) {
                statement.executeUpdate(script); // the driver runs every statement only in executeUpdate
            }
            else {
                statement.execute(script);
            }
        }
    }

    /** Closes the connections the test opened and drops the schema, database or file. */
    @Override
    public void close() throws SQLException, IOException {
        synchronized (opened) {
            for (Connection connection : opened) {
                connection.close();
            }
            opened.clear();
        }
        cleanup.run();
    }

    @Override
    public String toString() {
        return kind.id() + " " + url;
    }

    /** {@code url} with {@code name=value} added to its query string. */
    static String withParameter(String url, String name, String value) {
        return url + (url.contains("?") ? "&" : "?") + name + "=" + value;
    }

    /** {@code url} ({@code jdbc:mariadb://host:port/db?params}) naming {@code database} instead. */
    static String withDatabase(String url, String database) {
        int hostStart = url.indexOf("//") + 2;
        int query = url.indexOf('?', hostStart);
        String params = query < 0 ? "" : url.substring(query);
        String base = query < 0 ? url : url.substring(0, query);
        int path = base.indexOf('/', hostStart);
        return (path < 0 ? base : base.substring(0, path)) + "/" + database + params;
    }

    @FunctionalInterface
    private interface Cleanup {
        void run() throws SQLException, IOException;
    }
}
