package dev.migrate.benchmarks.reflection;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A database the reflection benchmark reads: it makes a fresh schema (a database, on MariaDB) of {@code n} tables,
 * connects to it, counts the statements a connection sends, and drops it again.
 *
 * <p>Every table {@code item_<i>} is the same mix: ten columns of eight types (an identity or auto-increment
 * {@code BIGINT} primary key, {@code VARCHAR}, {@code INTEGER} with a default, {@code NUMERIC}, {@code BOOLEAN} with
 * a default, {@code TIMESTAMP} defaulting to the current time, {@code TEXT}, two {@code BIGINT} foreign-key columns),
 * a unique constraint, a check constraint, two foreign keys (to {@code item_<i-1>} with {@code ON DELETE CASCADE}
 * and to {@code item_<i/2>}), an index on two columns, a table comment and a column comment.
 */
abstract sealed class ReflectedDatabase {

    /** The schema (MariaDB: database) the benchmark creates and drops. */
    static final String SCHEMA = "bench_reflect";

    /** The column names of every table, in order. */
    static final List<String> COLUMNS = List.of("id", "code", "name", "quantity", "price", "active", "created_at",
            "notes", "parent_id", "owner_id");

    final String serverUrl;
    final String user;
    final String password;

    private ReflectedDatabase(String serverUrl, String user, String password) {
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
    }

    /** {@code postgresql} or {@code mariadb} on its local server, or on {@code url} when that is not null. */
    static ReflectedDatabase named(String name, String url, String user, String password) {
        return switch (name) {
            case "postgresql" -> new Postgresql(url != null ? url : "jdbc:postgresql://127.0.0.1:5432/test",
                    user != null ? user : "postgres", password != null ? password : "");
            case "mariadb" -> new MariaDb(url != null ? url : "jdbc:mariadb://127.0.0.1:3306/",
                    user != null ? user : "root", password != null ? password : "");
            default -> throw new IllegalArgumentException("Unknown database '" + name
                    + "'; the reflection benchmark runs on postgresql and mariadb");
        };
    }

    /** The names of the {@code n} tables. */
    static List<String> tableNames(int n) {
        return IntStream.range(0, n).mapToObj(i -> "item_" + i).toList();
    }

    /** Drops the benchmark's schema if it exists and creates it anew with {@code n} tables. */
    void create(int n) throws SQLException {
        drop();
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(createSchemaSql());
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (int i = 0; i < n; i++) {
                for (String sql : tableDdl(i)) {
                    statement.addBatch(sql);
                }
            }
            statement.executeBatch();
        }
    }

    void drop() throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(dropSchemaSql());
        }
    }

    /** A connection whose current schema is the benchmark's. */
    abstract Connection connect() throws SQLException;

    /** The server's name and version. */
    String serverVersion() throws SQLException {
        try (Connection connection = connect()) {
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        }
    }

    /** Starts counting the statements {@code connection} has the server run, by the means this database offers. */
    abstract StatementCount countStatements(Connection connection) throws SQLException;

    /** Whether the database calls the benchmark's schema a catalog in JDBC (MariaDB) rather than a schema. */
    abstract boolean schemaIsCatalog();

    abstract String name();

    abstract String createSchemaSql();

    abstract String dropSchemaSql();

    /** The statements that make table {@code i}, which refers to tables made before it (and to itself). */
    abstract List<String> tableDdl(int i);

    /** How the {@code id} column is numbered by the database. */
    abstract String identity();

    /** The {@code CREATE TABLE} of table {@code i}, with text added to the {@code code} column and the table. */
    final String createTable(int i, String codeColumnSuffix, String tableSuffix) {
        return """
                CREATE TABLE item_%1$d (
                  id BIGINT %4$s PRIMARY KEY,
                  code VARCHAR(40) NOT NULL%5$s,
                  name VARCHAR(200),
                  quantity INTEGER NOT NULL DEFAULT 0,
                  price NUMERIC(12, 2),
                  active BOOLEAN NOT NULL DEFAULT TRUE,
                  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
                  notes TEXT,
                  parent_id BIGINT,
                  owner_id BIGINT,
                  CONSTRAINT item_%1$d_code_key UNIQUE (code),
                  CONSTRAINT item_%1$d_quantity_check CHECK (quantity >= 0),
                  CONSTRAINT item_%1$d_parent_fk FOREIGN KEY (parent_id) REFERENCES item_%2$d (id) ON DELETE CASCADE,
                  CONSTRAINT item_%1$d_owner_fk FOREIGN KEY (owner_id) REFERENCES item_%3$d (id)
                )%6$s""".formatted(i, Math.max(i - 1, 0), i / 2, identity(), codeColumnSuffix, tableSuffix);
    }

    /** The index of table {@code i}. */
    static String createIndex(int i) {
        return "CREATE INDEX item_%1$d_created_idx ON item_%1$d (created_at, name)".formatted(i);
    }

    /** PostgreSQL: a schema in the server's database, reached through the URL's {@code currentSchema}. */
    static final class Postgresql extends ReflectedDatabase {

        Postgresql(String url, String user, String password) {
            super(url, user, password);
        }

        @Override
        Connection connect() throws SQLException {
            return DriverManager.getConnection(serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema="
                    + SCHEMA, user, password);
        }

        @Override
        StatementCount countStatements(Connection connection) {
            return StatementCount.postgresqlDriverLog();
        }

        @Override
        boolean schemaIsCatalog() {
            return false;
        }

        @Override
        String name() {
            return "postgresql";
        }

        @Override
        String createSchemaSql() {
            return "CREATE SCHEMA " + SCHEMA;
        }

        @Override
        String dropSchemaSql() {
            return "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE";
        }

        @Override
        String identity() {
            return "GENERATED BY DEFAULT AS IDENTITY";
        }

        @Override
        List<String> tableDdl(int i) {
            return List.of(createTable(i, "", ""), createIndex(i),
                    "COMMENT ON TABLE item_%1$d IS 'Item table %1$d'".formatted(i),
                    "COMMENT ON COLUMN item_%1$d.code IS 'The business key'".formatted(i));
        }
    }

    /** MariaDB: a database of its own, the URL's database. */
    static final class MariaDb extends ReflectedDatabase {

        MariaDb(String url, String user, String password) {
            super(url, user, password);
            try {
                // registers the driver; the benchmark jar leaves it out of the drivers that register themselves, so
                // that the other benchmarks' processes, which share the jar, do not load it
                Class.forName("org.mariadb.jdbc.Driver");
            }
            catch (ClassNotFoundException ex) {
                throw new IllegalStateException("The MariaDB driver is not on the class path", ex);
            }
        }

        @Override
        Connection connect() throws SQLException {
            int parameters = serverUrl.indexOf('?');
            String server = parameters < 0 ? serverUrl : serverUrl.substring(0, parameters);
            String database = (server.endsWith("/") ? server : server + "/") + SCHEMA;
            return DriverManager.getConnection(parameters < 0 ? database : database + serverUrl.substring(parameters),
                    user, password);
        }

        @Override
        StatementCount countStatements(Connection connection) throws SQLException {
            return StatementCount.mariaDbQuestions(connection);
        }

        @Override
        boolean schemaIsCatalog() {
            return true;
        }

        @Override
        String name() {
            return "mariadb";
        }

        @Override
        String createSchemaSql() {
            return "CREATE DATABASE " + SCHEMA;
        }

        @Override
        String dropSchemaSql() {
            return "DROP DATABASE IF EXISTS " + SCHEMA;
        }

        @Override
        String identity() {
            return "AUTO_INCREMENT";
        }

        @Override
        List<String> tableDdl(int i) {
            return List.of(createTable(i, " COMMENT 'The business key'", " COMMENT 'Item table %d'".formatted(i)),
                    createIndex(i));
        }
    }
}
