package dev.migrate.operations;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.migrate.MigrateException;
import dev.migrate.ddl.DdlImpl;
import dev.migrate.operations.ops.AddColumnOp;
import dev.migrate.operations.ops.AlterColumnOp;
import dev.migrate.operations.ops.DropColumnOp;
import dev.migrate.operations.ops.BatchAlterTableOp;
import dev.migrate.operations.ops.ConstraintType;
import dev.migrate.operations.ops.CreateIndexOp;
import dev.migrate.operations.ops.CreateTableOp;
import dev.migrate.operations.ops.DropTableOp;
import dev.migrate.operations.ops.PositionedColumnOp;
import dev.migrate.operations.ops.RenameTableOp;
import dev.migrate.schema.ForeignKey;

/**
 * The {@code batch} object of {@code op.batchAlterTable("t", batch -> …)}: the directives of {@link Operations} that
 * change one table, without naming it. Each call records an operation; the batch runs them together when the lambda
 * returns, as {@code ALTER TABLE} statements or by recreating the table (see {@link BatchOptions}):
 *
 * <pre>{@code
 * op.batchAlterTable("account", batch -> {
 *     batch.dropColumn("legacy_code");
 *     batch.alterColumn("balance", c -> c.type(numeric(12, 2)).existingType(INTEGER));
 *     batch.createForeignKey("fk_account_owner", "owner", List.of("owner_id"), List.of("id"));
 * });
 * }</pre>
 *
 * A recreated table must find every constraint it drops by name ({@code No such constraint: 'x'}), and every
 * constraint it adds needs one ({@code Constraint must have a name}).
 */
public final class BatchOperations {

    private final Operations recorder;
    private final String schema;
    private final String table;

    BatchOperations(Operations recorder, String schema, String table) {
        this.recorder = recorder;
        this.schema = schema;
        this.table = table;
    }

    /** The table the batch changes. */
    public String table() {
        return table;
    }

    /** Adds a column, last unless the table is recreated with it placed elsewhere. */
    public BatchOperations addColumn(ColumnDefinition column) {
        recorder.addColumn(table, column);
        return this;
    }

    /** Adds a column at {@code position} ({@link ColumnPosition#insertAfter}); the table must be recreated. */
    public BatchOperations addColumn(ColumnDefinition column, ColumnPosition position) {
        recorder.invoke(new PositionedColumnOp(new AddColumnOp(schema, table, column, false, false, false), position));
        return this;
    }

    public BatchOperations dropColumn(String column) {
        recorder.dropColumn(table, column);
        return this;
    }

    /** Drops a column with options, as {@link Operations#dropColumn(String, String, Consumer)} does. */
    public BatchOperations dropColumn(String column, Consumer<DropColumnOp.Builder> options) {
        recorder.dropColumn(table, column, options);
        return this;
    }

    /** Changes a column, as {@link Operations#alterColumn} does. */
    public BatchOperations alterColumn(String column, Consumer<AlterColumnOp.Builder> changes) {
        recorder.alterColumn(table, column, changes);
        return this;
    }

    /** Changes a column and moves it to {@code position}; the table must be recreated. */
    public BatchOperations alterColumn(String column, ColumnPosition position,
            Consumer<AlterColumnOp.Builder> changes) {
        AlterColumnOp.Builder builder = new AlterColumnOp.Builder();
        changes.accept(builder);
        recorder.invoke(new PositionedColumnOp(builder.build(schema, table, column), position));
        return this;
    }

    /** Creates an index on {@code columns}, ascending. */
    public BatchOperations createIndex(String name, String... columns) {
        recorder.createIndex(name, table, columns);
        return this;
    }

    /** Creates an index described by the builder, as {@link Operations#createIndex(String, String, Consumer)}. */
    public BatchOperations createIndex(String name, Consumer<CreateIndexOp.Builder> index) {
        recorder.createIndex(name, table, index);
        return this;
    }

    public BatchOperations dropIndex(String name) {
        recorder.dropIndex(name, table);
        return this;
    }

    public BatchOperations createPrimaryKey(String name, String... columns) {
        recorder.createPrimaryKey(name, table, columns);
        return this;
    }

    public BatchOperations createUniqueConstraint(String name, String... columns) {
        recorder.createUniqueConstraint(name, table, columns);
        return this;
    }

    /** Adds a foreign key from {@code columns} to {@code targetColumns} of {@code targetTable}. */
    public BatchOperations createForeignKey(String name, String targetTable, List<String> columns,
            List<String> targetColumns) {
        recorder.createForeignKey(name, table, targetTable, columns, targetColumns);
        return this;
    }

    /** Adds {@code foreignKey}, with its actions and deferrability. */
    public BatchOperations createForeignKey(ForeignKey foreignKey) {
        recorder.createForeignKey(table, foreignKey);
        return this;
    }

    /** Adds a {@code CHECK} constraint on {@code condition}, an SQL expression. */
    public BatchOperations createCheckConstraint(String name, String condition) {
        recorder.createCheckConstraint(name, table, condition);
        return this;
    }

    /** Drops a constraint of the given kind; MySQL needs the kind when the table is altered in place. */
    public BatchOperations dropConstraint(String name, ConstraintType type) {
        recorder.dropConstraint(name, table, type);
        return this;
    }

    public BatchOperations dropConstraint(String name) {
        recorder.dropConstraint(name, table);
        return this;
    }

    public BatchOperations createTableComment(String comment) {
        recorder.createTableComment(table, comment);
        return this;
    }

    public BatchOperations dropTableComment() {
        recorder.dropTableComment(table);
        return this;
    }

    /**
     * Adds an operation object to the batch: an operation type of your own, or one built by hand. One that does not
     * change the table's definition runs as it is: in order when the batch alters the table in place, after the table
     * is recreated otherwise.
     *
     * @throws MigrateException for an operation on whole tables, which a batch cannot hold
     */
    public BatchOperations invoke(MigrateOperation operation) {
        if (operation instanceof CreateTableOp || operation instanceof DropTableOp
                || operation instanceof RenameTableOp || operation instanceof BatchAlterTableOp) {
            throw new MigrateException("Can't " + operation.getClass().getSimpleName() + " in batch mode on "
                    + table + "; run it before or after op.batchAlterTable");
        }
        recorder.invoke(operation);
        return this;
    }

    /** Collects the operations a batch records instead of running them. */
    static final class Recorder implements OperationExecutor {

        private final OperationExecutor outer;
        private final List<MigrateOperation> recorded;

        Recorder(OperationExecutor outer, List<MigrateOperation> recorded) {
            this.outer = outer;
            this.recorded = recorded;
        }

        @Override
        public void execute(MigrateOperation operation) {
            recorded.add(operation);
        }

        @Override
        public void autocommitBlock(Runnable block) {
            throw new MigrateException("An autocommit block cannot be part of a batch; run it before or after "
                    + "op.batchAlterTable");
        }

        @Override
        public DdlImpl dialect() {
            return outer.dialect();
        }

        @Override
        public Optional<Connection> connection() {
            return outer.connection();
        }
    }
}
