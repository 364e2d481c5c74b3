package dev.migrate.operations.ops;

import java.util.List;
import java.util.Objects;

import dev.migrate.ddl.DdlImpl;
import dev.migrate.operations.MigrateOperation;

/**
 * {@code op.dropTable(…)}. Reversible only when it knows the table it drops.
 *
 * @param schema   the table's schema, or {@code null}
 * @param table    the table's name
 * @param ifExists whether to do nothing when there is no such table
 * @param created  the operation that creates the table as it was, or {@code null}
 */
public record DropTableOp(String schema, String table, boolean ifExists, CreateTableOp created)
        implements MigrateOperation {

    public DropTableOp {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public List<String> toSql(DdlImpl dialect) {
        return dialect.compiler().dropTable(this);
    }

    @Override
    public MigrateOperation reverse() {
        return created == null ? MigrateOperation.super.reverse() : created;
    }
}
