package dev.migrate.operations.ops;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import dev.migrate.ddl.DdlImpl;
import dev.migrate.operations.BatchOptions;
import dev.migrate.operations.MigrateOperation;

/**
 * {@code op.batchAlterTable(…)}: the operations of a batch on one table, carried out together. The dialect decides
 * ({@link DdlImpl#recreatesInBatch}) whether they run as the {@code ALTER TABLE} statements they are on their own or
 * recreate the table ("move and copy"): a new table with the changes made, the rows copied into it, the old table
 * dropped and the new one renamed in its place. Recreating needs the table as it is: read from the live database,
 * or given as {@link BatchOptions#copyFrom} for an offline script.
 *
 * @param schema     the table's schema, or {@code null}
 * @param table      the table
 * @param operations the batch's operations on the table, in order
 * @param options    when to recreate, and the table to recreate from
 */
public record BatchAlterTableOp(String schema, String table, List<MigrateOperation> operations,
        BatchOptions options) implements MigrateOperation {

    public BatchAlterTableOp {
        Objects.requireNonNull(table, "table");
        operations = List.copyOf(operations);
        Objects.requireNonNull(options, "options");
    }

    /**
     * The batch's statements, as the dialect writes them: its operations' own, or the move and copy from
     * {@link BatchOptions#copyFrom}.
     */
    @Override
    public List<String> toSql(DdlImpl dialect) {
        return dialect.batchStatements(this);
    }

    /** Runs the batch on {@code connection} as the dialect does: its operations, or the move and copy. */
    @Override
    public void run(DdlImpl dialect, Connection connection) {
        dialect.executeBatch(connection, this);
    }

    /**
     * The batch that undoes this one: each operation's reverse, the last first, on the table read from the database
     * under the same naming convention, without reordering columns or overrides.
     */
    @Override
    public MigrateOperation reverse() {
        List<MigrateOperation> reverses = new ArrayList<>();
        operations.forEach(operation -> reverses.add(operation.reverse()));
        Collections.reverse(reverses);
        return new BatchAlterTableOp(schema, table, reverses, new BatchOptions(options.recreate(), null, List.of(),
                options.namingConvention(), List.of()));
    }
}
