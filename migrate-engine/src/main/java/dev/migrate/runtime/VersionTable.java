package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.migrate.MigrateException;
import dev.migrate.ddl.DdlImpl;

/**
 * The version table: one row per current head, each holding a full revision id. Reading it is one query and never
 * creates it; every update and delete must match exactly one row, or the run stops with Alembic's message.
 */
public final class VersionTable {

    private final DdlImpl dialect;
    private final String schema;
    private final String name;
    private final int columnLength;
    private final boolean primaryKey;
    private final String qualifiedName;

    /**
     * @param schema       the schema, or {@code null} for the connection's current one
     * @param columnLength the width of {@code version_num}
     * @param primaryKey   whether the table gets the primary key {@code <name>_pkc}
     */
    public VersionTable(DdlImpl dialect, String schema, String name, int columnLength, boolean primaryKey) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.schema = schema;
        this.name = Objects.requireNonNull(name, "name");
        this.columnLength = columnLength;
        this.primaryKey = primaryKey;
        this.qualifiedName = dialect.qualify(schema, name);
    }

    /** The version table {@code environment} describes, in {@code dialect}. */
    public static VersionTable of(DdlImpl dialect, EnvironmentContext environment) {
        return new VersionTable(dialect, environment.versionTableSchema(), environment.versionTable(),
                environment.versionColumnLength(), environment.versionTablePk());
    }

    public String name() {
        return name;
    }

    /** The schema, or {@code null} for the connection's current one. */
    public String schema() {
        return schema;
    }

    /** The name as SQL refers to it: schema-qualified and quoted as needed. */
    public String qualifiedName() {
        return qualifiedName;
    }

    /** The table's {@code CREATE TABLE} statement. */
    public String createSql() {
        return dialect.versionTableDdl(schema, name, columnLength, primaryKey);
    }

    /** The ids in the table, in the order the database returns them; empty when the table does not exist. */
    public List<String> heads(Connection connection) {
        return rows(connection).orElse(List.of());
    }

    /** Whether the table exists. */
    public boolean exists(Connection connection) {
        return rows(connection).isPresent();
    }

    /** Creates the table unless it exists; returns whether it did. */
    public boolean createIfMissing(Connection connection) {
        if (exists(connection)) {
            return false;
        }
        create(connection);
        return true;
    }

    /** Creates the table, which must not exist. */
    public void create(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(createSql());
        }
        catch (SQLException ex) {
            throw new MigrateException("Could not create the version table " + qualifiedName + ": " + ex.getMessage(),
                    ex);
        }
    }

    /** Applies one row change; an update or a delete must match exactly one row. */
    public void apply(Connection connection, VersionChange change) {
        List<String> values = new ArrayList<>();
        String sql = sql(change, value -> {
            values.add(value);
            return "?";
        });
        int rows = execute(connection, sql, values.toArray(String[]::new));
        if (change instanceof VersionChange.Update update && rows != 1) {
            throw new MigrateException("Online migration expected to match one row when updating '" + update.from()
                    + "' to '" + update.to() + "' in '" + name + "'; " + rows + " found");
        }
        if (change instanceof VersionChange.Delete delete && rows != 1) {
            throw new MigrateException("Online migration expected to match one row when deleting '" + delete.id()
                    + "' in '" + name + "'; " + rows + " found");
        }
    }

    /** Adds the row {@code id}. */
    public void insert(Connection connection, String id) {
        apply(connection, new VersionChange.Insert(id));
    }

    /** Changes the row {@code from} to {@code to}; exactly one row must match. */
    public void update(Connection connection, String from, String to) {
        apply(connection, new VersionChange.Update(from, to));
    }

    /** Removes the row {@code id}; exactly one row must match. */
    public void delete(Connection connection, String id) {
        apply(connection, new VersionChange.Delete(id));
    }

    /** The statement that makes {@code change}, with the ids as the dialect's literals, for offline SQL. */
    public String sql(VersionChange change) {
        return sql(change, dialect.compiler()::literal);
    }

    /** The statement that makes {@code change}, each id written by {@code value}: a placeholder or a literal. */
    private String sql(VersionChange change, UnaryOperator<String> value) {
        if (change instanceof VersionChange.Insert insert) {
            return "INSERT INTO " + qualifiedName + " (version_num) VALUES (" + value.apply(insert.id()) + ")";
        }
        if (change instanceof VersionChange.Update update) {
            String to = value.apply(update.to()); // before from: placeholders are bound in order
            return "UPDATE " + qualifiedName + " SET version_num = " + to + " WHERE version_num = "
                    + value.apply(update.from());
        }
        VersionChange.Delete delete = (VersionChange.Delete) change;
        return "DELETE FROM " + qualifiedName + " WHERE version_num = " + value.apply(delete.id());
    }

    /** Removes every row (for a stamp with purge); returns how many there were. */
    public int clear(Connection connection) {
        return execute(connection, "DELETE FROM " + qualifiedName);
    }

    private int execute(Connection connection, String sql, String... values) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }
        catch (SQLException ex) {
            throw new MigrateException("Could not change the version table " + qualifiedName + ": " + ex.getMessage()
                    + " [SQL: " + sql + "]", ex);
        }
    }

    /**
     * The ids in the table, in the order the database returns them, or nothing when the table does not exist: one
     * {@code SELECT} that tells both. Inside an open transaction the query runs under a
     * savepoint, so that a missing table does not abort the caller's transaction (as it would on PostgreSQL).
     */
    public Optional<List<String>> rows(Connection connection) {
        String sql = "SELECT version_num FROM " + qualifiedName;
        try {
            Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                List<String> heads = new ArrayList<>();
                while (rows.next()) {
                    heads.add(rows.getString(1));
                }
                release(connection, savepoint);
                return Optional.of(List.copyOf(heads));
            }
            catch (SQLException ex) {
                if (savepoint != null) {
                    connection.rollback(savepoint);
                }
                if (dialect.isMissingTable(ex)) {
                    return Optional.empty();
                }
                throw ex;
            }
        }
        catch (SQLException ex) {
            throw new MigrateException("Could not read the version table " + qualifiedName + ": " + ex.getMessage(),
                    ex);
        }
    }

    private static void release(Connection connection, Savepoint savepoint) throws SQLException {
        if (savepoint != null) {
            connection.releaseSavepoint(savepoint);
        }
    }

    @Override
    public String toString() {
        return qualifiedName;
    }
}
