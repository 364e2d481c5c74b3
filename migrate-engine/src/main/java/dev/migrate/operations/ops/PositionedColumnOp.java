package dev.migrate.operations.ops;

import java.util.List;
import java.util.Objects;

import dev.migrate.MigrateException;
import dev.migrate.ddl.DdlImpl;
import dev.migrate.operations.ColumnPosition;
import dev.migrate.operations.MigrateOperation;

/**
 * A batch's {@code addColumn} or {@code alterColumn} that also places the column among the others
 * ({@code insertBefore} / {@code insertAfter}). Only a recreated table can order its columns, so on its own, or in a
 * batch that alters its table in place, it stops with Alembic's advice to recreate.
 *
 * @param change   the {@link AddColumnOp} or {@link AlterColumnOp}
 * @param position where the column goes
 */
public record PositionedColumnOp(MigrateOperation change, ColumnPosition position) implements MigrateOperation {

    public PositionedColumnOp {
        if (!(change instanceof AddColumnOp || change instanceof AlterColumnOp)) {
            throw new IllegalArgumentException("Only an added or altered column can be placed, not " + change);
        }
        Objects.requireNonNull(position, "position");
    }

    /** The table of the column. */
    public String table() {
        return change instanceof AddColumnOp add ? add.table() : ((AlterColumnOp) change).table();
    }

    /** The column's name once the change ran. */
    public String column() {
        return change instanceof AddColumnOp add ? add.column().name() : ((AlterColumnOp) change).finalName();
    }

    /** @throws MigrateException always: the column can only be placed by recreating the table */
    @Override
    public List<String> toSql(DdlImpl dialect) {
        throw new MigrateException("Can't place column " + column() + " of " + table() + " " + position
                + " when using ALTER; please recreate the table: op.batchAlterTable(\"" + table()
                + "\", BatchOptions.recreate(Recreate.ALWAYS), batch -> …)");
    }

    /** The change's reverse; the column stays where it was put. */
    @Override
    public MigrateOperation reverse() {
        return change.reverse();
    }
}
