package dev.migrate.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.migrate.ddl.DdlImpl;
import dev.migrate.ddl.Dialects;
import dev.migrate.ddl.InspectionScope;
import dev.migrate.ddl.mysql.MariaDbImpl;
import dev.migrate.schema.Column;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import dev.migrate.testing.TestDatabase;

/**
 * Operations run straight on a test connection, and the schema read back through the dialect's inspector. It keeps
 * the operations it ran since the last {@link #mark()}, so that a test can run their {@code reverse()} and check that
 * the schema is back to what it was.
 */
public final class LiveOperations implements OperationExecutor {

    private final Connection connection;
    private final DdlImpl dialect;
    private final String schema;
    private final List<MigrateOperation> ran = new ArrayList<>();
    private Schema marked;

    public LiveOperations(Connection connection, String schema) throws SQLException {
        this.connection = connection;
        this.dialect = Dialects.detect(connection);
        this.schema = schema;
    }

    /** Operations on a new connection to {@code db}, in its schema. */
    public static LiveOperations on(TestDatabase db) throws SQLException {
        return new LiveOperations(db.connect(), db.schema());
    }

    /** The {@code op} object a migration would get on this connection. */
    public Operations op() {
        return new Operations(this);
    }

    /** The connection the operations run on. */
    public Connection jdbc() {
        return connection;
    }

    /** The name the catalog keeps for an object created as {@code name} (upper case on H2 unless quoted). */
    public String name(String name) {
        return dialect.catalogName(name);
    }

    /** The test's schema as the inspector reads it now. */
    public Schema schema() {
        return dialect.inspector().inspect(connection, InspectionScope.schemas(schema)).get(0);
    }

    /** The table called {@code name} as the inspector reads it now, if there is one. */
    public Optional<Table> table(String name) {
        return schema().table(name(name));
    }

    /** The table called {@code name}, which must exist. */
    public Table requireTable(String name) {
        return table(name).orElseThrow(() -> new AssertionError("no table " + name + " in " + schema()));
    }

    /** The column {@code table.column}, which must exist. */
    public Column column(String table, String column) {
        Table found = requireTable(table);
        return found.column(name(column))
            .orElseThrow(() -> new AssertionError("no column " + column + " in " + found));
    }

    /**
     * Remembers the schema as it is now and forgets the operations run so far; {@link #reverseAndCheck()} later
     * undoes what runs after this.
     */
    public Schema mark() {
        ran.clear();
        marked = schema();
        return marked;
    }

    /** The operations run since the last {@link #mark()}, in order. */
    public List<MigrateOperation> ran() {
        return List.copyOf(ran);
    }

    /**
     * Runs the {@code reverse()} of every operation run since the last {@link #mark()}, the last one first, as a
     * downgrade would, and asserts that the inspector reads the schema exactly as it was at the mark. MariaDB keeps
     * the index it created for a foreign key when the key is dropped: such an index, named like a foreign key the
     * schema had before the reversal, is left out.
     */
    public void reverseAndCheck() {
        List<MigrateOperation> forward = List.copyOf(ran);
        List<MigrateOperation> reverses = new ArrayList<>();
        forward.forEach(operation -> reverses.add(operation.reverse()));
        Collections.reverse(reverses);
        Set<String> foreignKeys = new HashSet<>();
        if (dialect instanceof MariaDbImpl) {
            schema().tables().forEach(table -> table.foreignKeys().forEach(fk -> foreignKeys.add(fk.name())));
        }
        reverses.forEach(this::execute);
        assertThat(withoutIndexesNamed(schema(), foreignKeys)).as("the schema after reversing %s", forward)
            .isEqualTo(marked);
        ran.clear();
    }

    private Schema withoutIndexesNamed(Schema schema, Set<String> names) {
        return new Schema(schema.name(), schema.tables().stream().map(table -> new Table(table.schema(),
                table.name(), table.columns(), table.primaryKey(), table.uniqueConstraints(), table.indexes().stream()
                    .filter(index -> !names.contains(index.name()) || marked.table(table.name())
                        .map(before -> before.indexes().contains(index)).orElse(false))
                    .toList(), table.foreignKeys(), table.checkConstraints(), table.comment())).toList(),
                schema.sequences(), schema.enumTypes());
    }

    /** The rows {@code sql} returns, each as a list of column values. */
    public List<List<Object>> rows(String sql, Object... parameters) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                int width = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>(width);
                    for (int i = 1; i <= width; i++) {
                        row.add(result.getObject(i));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    @Override
    public void execute(MigrateOperation operation) {
        dialect.execute(connection, operation);
        ran.add(operation);
    }

    @Override
    public void autocommitBlock(Runnable block) {
        block.run();
    }

    @Override
    public DdlImpl dialect() {
        return dialect;
    }

    @Override
    public Optional<Connection> connection() {
        return Optional.of(connection);
    }
}
