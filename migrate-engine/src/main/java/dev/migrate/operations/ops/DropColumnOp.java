package dev.migrate.operations.ops;

import java.util.List;
import java.util.Objects;

import dev.migrate.ddl.DdlImpl;
import dev.migrate.operations.ColumnDefinition;
import dev.migrate.operations.MigrateOperation;

/**
 * {@code op.dropColumn(…)}. Reversible only when it knows the column it drops.
 *
 * @param schema   the table's schema, or {@code null}
 * @param table    the table
 * @param column   the column's name
 * @param ifExists whether to do nothing when there is no such column
 * @param existing the column as it was, or {@code null}
 */
public record DropColumnOp(String schema, String table, String column, boolean ifExists, ColumnDefinition existing)
        implements MigrateOperation {

    public DropColumnOp {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public List<String> toSql(DdlImpl dialect) {
        return dialect.compiler().dropColumn(this);
    }

    @Override
    public MigrateOperation reverse() {
        return existing == null ? MigrateOperation.super.reverse()
                : new AddColumnOp(schema, table, existing, false, false, false);
    }
}
