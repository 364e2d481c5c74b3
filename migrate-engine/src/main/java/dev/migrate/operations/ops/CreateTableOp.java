package dev.migrate.operations.ops;

import java.util.List;
import java.util.Objects;

import dev.migrate.ddl.DdlImpl;
import dev.migrate.operations.ColumnDefinition;
import dev.migrate.operations.MigrateOperation;
import dev.migrate.schema.TableElement;

/**
 * {@code op.createTable(…)}: {@code CREATE TABLE} with its columns and constraints, then the indexes and comments a
 * database does not take inline. Reversed by {@link DropTableOp}.
 *
 * @param schema      the table's schema, or {@code null} for the connection's
 * @param table       the table's name
 * @param columns     its columns, in order
 * @param constraints its primary key, unique, foreign key and check constraints and its indexes
 * @param comment     its comment, or {@code null}
 * @param ifNotExists whether to skip creation when the table exists
 */
public record CreateTableOp(String schema, String table, List<ColumnDefinition> columns,
        List<TableElement> constraints, String comment, boolean ifNotExists) implements MigrateOperation {

    public CreateTableOp {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("Table " + table + " needs at least one column");
        }
    }

    @Override
    public List<String> toSql(DdlImpl dialect) {
        return dialect.compiler().createTable(this);
    }

    @Override
    public MigrateOperation reverse() {
        return new DropTableOp(schema, table, false, this);
    }
}
