package dev.migrate.operations.ops;

import java.util.List;
import java.util.Objects;

import dev.migrate.ddl.DdlImpl;
import dev.migrate.operations.MigrateOperation;

/**
 * {@code op.renameTable(…)}.
 *
 * @param schema  the table's schema, or {@code null}
 * @param oldName its name now
 * @param newName its new name
 */
public record RenameTableOp(String schema, String oldName, String newName) implements MigrateOperation {

    public RenameTableOp {
        Objects.requireNonNull(oldName, "oldName");
        Objects.requireNonNull(newName, "newName");
    }

    @Override
    public List<String> toSql(DdlImpl dialect) {
        return dialect.compiler().renameTable(this);
    }

    @Override
    public MigrateOperation reverse() {
        return new RenameTableOp(schema, newName, oldName);
    }
}
