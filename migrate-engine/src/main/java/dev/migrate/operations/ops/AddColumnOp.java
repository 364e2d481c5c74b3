package dev.migrate.operations.ops;

import java.util.List;
import java.util.Objects;

import dev.migrate.ddl.DdlImpl;
import dev.migrate.operations.ColumnDefinition;
import dev.migrate.operations.MigrateOperation;

/**
 * {@code op.addColumn(…)}: {@code ALTER TABLE … ADD COLUMN}, then its foreign key, index and comment where they are
 * not inline. A primary key on the column is left out unless {@code inlinePrimaryKey} is set, as in Alembic, and a
 * unique flag is ignored: add a unique constraint for it.
 *
 * @param schema           the table's schema, or {@code null}
 * @param table            the table
 * @param column           the new column
 * @param ifNotExists      whether to do nothing when the column exists
 * @param inlineReferences whether the column's foreign key goes inline ({@code … REFERENCES t (id)}) rather than
 *                         into a separate {@code ADD FOREIGN KEY}
 * @param inlinePrimaryKey whether a primary-key column is declared {@code PRIMARY KEY} inline
 */
public record AddColumnOp(String schema, String table, ColumnDefinition column, boolean ifNotExists,
        boolean inlineReferences, boolean inlinePrimaryKey) implements MigrateOperation {

    public AddColumnOp {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public List<String> toSql(DdlImpl dialect) {
        return dialect.compiler().addColumn(this);
    }

    @Override
    public MigrateOperation reverse() {
        return new DropColumnOp(schema, table, column.name(), false, column);
    }
}
