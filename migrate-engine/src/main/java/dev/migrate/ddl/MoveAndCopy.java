package dev.migrate.ddl;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import dev.migrate.MigrateException;
import dev.migrate.operations.ColumnDefinition;
import dev.migrate.operations.MigrateOperation;
import dev.migrate.operations.ops.BatchAlterTableOp;
import dev.migrate.operations.ops.ConstraintType;
import dev.migrate.operations.ops.CreateIndexOp;
import dev.migrate.operations.ops.CreateTableOp;
import dev.migrate.operations.ops.DropConstraintOp;
import dev.migrate.operations.ops.DropTableOp;
import dev.migrate.operations.ops.RenameTableOp;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Identity;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Table;
import dev.migrate.schema.TableElement;

/**
 * Batch mode's "move and copy". The old table's constraints whose names the schema gives once only (PostgreSQL,
 * H2) are dropped; the table is created again with the batch's changes under a temporary name
 * ({@code _migrate_tmp_<table>}); the rows are copied into it ({@code INSERT … SELECT}, with a {@code CAST} where a
 * column's type family changes) and numbered columns made to number on where the old table's did; the old table is
 * dropped and the new one renamed in its place; then its indexes are created, and the batch's operations that do
 * not change the table's definition run. If the copy fails, the temporary table is dropped again.
 */
final class MoveAndCopy {

    /** The temporary table's prefix. */
    static final String TEMPORARY_PREFIX = "_migrate_tmp_";

    /** The longest temporary table name, within every supported database's limit. */
    private static final int TEMPORARY_NAME_LENGTH = 50;

    private final DdlImpl dialect;
    private final DdlCompiler compiler;
    private final String schema;
    private final String table;
    private final String temporary;
    private final List<String> prepare = new ArrayList<>();
    private final List<String> copy = new ArrayList<>();
    private final List<String> finish = new ArrayList<>();
    private final List<MigrateOperation> after = new ArrayList<>();

    /**
     * The move and copy of {@code existing} as {@code batch} changes it.
     *
     * @param reflected whether {@code existing} was read from the database (see {@link BatchTable})
     * @throws MigrateException when an operation of the batch does not apply to the table
     */
    MoveAndCopy(DdlImpl dialect, Table existing, boolean reflected, BatchAlterTableOp batch) {
        this.dialect = dialect;
        this.compiler = dialect.compiler();
        this.schema = batch.schema();
        this.table = batch.table();
        String name = TEMPORARY_PREFIX + batch.table();
        this.temporary = name.substring(0, Math.min(name.length(), TEMPORARY_NAME_LENGTH));
        BatchTable changed = new BatchTable(dialect, existing, reflected, batch.options().namingConvention());
        changed.override(batch.options().overrides());
        for (MigrateOperation operation : batch.operations()) {
            if (BatchTable.changesDefinition(operation)) {
                changed.apply(operation);
            }
            else {
                after.add(operation);
            }
        }
        changed.reorder(batch.options().partialReordering());
        dropNamedConstraints(existing);
        prepare.addAll(compiler.createTable(temporaryTable(changed)));
        List<BatchTable.Entry> copied = changed.columns().stream()
            .filter(entry -> entry.source() != null && entry.definition().computed() == null)
            .toList();
        if (!copied.isEmpty()) {
            copy.add(insertSelect(copied));
        }
        for (BatchTable.Entry entry : copied) {
            if (entry.definition().isAutoIncrement() || compiler.identityOf(entry.definition()) != null) {
                copy.addAll(compiler.carryNumbering(schema, table, temporary, entry.name()));
            }
        }
        copy.addAll(compiler.dropTable(new DropTableOp(schema, table, false, null)));
        finish.addAll(compiler.renameTable(new RenameTableOp(schema, temporary, table)));
        for (Index index : changed.indexes()) {
            finish.addAll(compiler.createIndex(new CreateIndexOp(schema, table, index, false, false, null)));
        }
    }

    /**
     * The table called {@code batch.table()} as it is on {@code connection}.
     *
     * @throws MigrateException when there is no such table
     */
    static Table reflect(DdlImpl dialect, Connection connection, BatchAlterTableOp batch) {
        String name = dialect.catalogName(batch.table());
        NameFilter onlyTheTable = (object, kind, schema) -> kind != NameFilter.Kind.TABLE || object.equals(name);
        InspectionScope scope = new InspectionScope(batch.schema() == null ? List.of()
                : List.of(dialect.catalogName(batch.schema())), false, onlyTheTable, null, null);
        return dialect.inspector().inspect(connection, scope).get(0).table(name)
            .orElseThrow(() -> new MigrateException("Table " + batch.table() + " does not exist"
                    + (batch.schema() == null ? "" : " in schema " + batch.schema())
                    + "; op.batchAlterTable changes an existing table"));
    }

    /** Every statement, in order, as an offline script writes them. */
    List<String> statements() {
        List<String> statements = new ArrayList<>(prepare);
        statements.addAll(copy);
        statements.addAll(finish);
        after.forEach(operation -> statements.addAll(operation.toSql(dialect)));
        return statements;
    }

    /**
     * Runs the statements on {@code connection}; when copying the rows or dropping the old table fails, drops the
     * temporary table before rethrowing.
     *
     * @throws StatementFailedException naming the statement the database rejected
     */
    void run(Connection connection) {
        dialect.executeStatements(connection, prepare);
        try {
            dialect.executeStatements(connection, copy);
        }
        catch (RuntimeException ex) {
            try {
                dialect.executeStatements(connection, compiler.dropTable(new DropTableOp(schema, temporary, false,
                        null)));
            }
            catch (RuntimeException cleanup) {
                ex.addSuppressed(cleanup);
            }
            throw ex;
        }
        dialect.executeStatements(connection, finish);
        after.forEach(operation -> dialect.execute(connection, operation));
    }

    /**
     * Drops the old table's constraints whose names the schema gives once only, foreign keys first and the primary
     * key last.
     */
    private void dropNamedConstraints(Table existing) {
        List<TableElement> named = new ArrayList<>();
        existing.foreignKeys().forEach(named::add);
        existing.checkConstraints().forEach(named::add);
        existing.uniqueConstraints().forEach(named::add);
        if (existing.primaryKey() != null) {
            named.add(existing.primaryKey());
        }
        for (TableElement constraint : named) {
            String name = ConstraintType.nameOf(constraint);
            if (name != null && dialect.namesConstraintInSchema(constraint)) {
                prepare.addAll(compiler.dropConstraint(new DropConstraintOp(schema, table, name,
                        ConstraintType.of(constraint), false, null)));
            }
        }
    }

    /**
     * The {@code CREATE TABLE} of the temporary table: a single-column primary key without a name is declared on its
     * column (so that SQLite can number it), any other as a constraint; foreign keys to the table itself refer to the
     * temporary table, which becomes the table.
     */
    private CreateTableOp temporaryTable(BatchTable changed) {
        PrimaryKey key = changed.primaryKey();
        boolean keyOnColumn = key != null && key.name() == null && key.columns().size() == 1;
        List<ColumnDefinition> columns = changed.columns().stream()
            .map(entry -> keyOnColumn && key.columns().contains(entry.name()) ? entry.definition().primaryKey()
                    : entry.definition())
            .toList();
        List<TableElement> constraints = new ArrayList<>();
        if (key != null && !keyOnColumn) {
            constraints.add(key);
        }
        for (TableElement constraint : changed.constraints()) {
            constraints.add(constraint instanceof ForeignKey fk && fk.targetSchema() == null
                    && fk.targetTable().equals(changed.name())
                    ? new ForeignKey(fk.name(), fk.columns(), null, temporary, fk.targetColumns(), fk.onDelete(),
                            fk.onUpdate(), fk.deferrable(), fk.initiallyDeferred())
                    : constraint);
        }
        return new CreateTableOp(schema, temporary, columns, constraints, changed.comment(), false);
    }

    /**
     * {@code INSERT INTO tmp (columns) SELECT sources FROM table}, each source cast to its new type where the family
     * changes, and with {@code OVERRIDING SYSTEM VALUE} when a column is always generated as identity.
     */
    private String insertSelect(List<BatchTable.Entry> copied) {
        StringJoiner targets = new StringJoiner(", ");
        StringJoiner sources = new StringJoiner(", ");
        boolean overriding = false;
        for (BatchTable.Entry entry : copied) {
            targets.add(dialect.quote(entry.name()));
            String source = dialect.quote(entry.source());
            sources.add(entry.retyped() && dialect.castsOnCopy(entry.sourceType(), entry.definition().type())
                    ? "CAST(" + source + " AS " + compiler.type(entry.definition().type()) + ")" : source);
            Identity identity = compiler.identityOf(entry.definition());
            overriding |= identity != null && identity.always();
        }
        return "INSERT INTO " + dialect.qualify(schema, temporary) + " (" + targets + ")"
                + (overriding ? " OVERRIDING SYSTEM VALUE" : "") + " SELECT " + sources + " FROM "
                + dialect.qualify(schema, table);
    }
}
