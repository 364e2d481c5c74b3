package dev.migrate.operations;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import dev.migrate.ddl.DdlImpl;
import dev.migrate.operations.ops.AddColumnOp;
import dev.migrate.operations.ops.AddConstraintOp;
import dev.migrate.operations.ops.AlterColumnOp;
import dev.migrate.operations.ops.BatchAlterTableOp;
import dev.migrate.operations.ops.BulkInsertOp;
import dev.migrate.operations.ops.ConstraintType;
import dev.migrate.operations.ops.CreateExcludeConstraintOp;
import dev.migrate.operations.ops.CreateIndexOp;
import dev.migrate.operations.ops.CreateTableOp;
import dev.migrate.operations.ops.DropColumnOp;
import dev.migrate.operations.ops.DropConstraintOp;
import dev.migrate.operations.ops.DropIndexOp;
import dev.migrate.operations.ops.DropTableOp;
import dev.migrate.operations.ops.ExecuteSqlOp;
import dev.migrate.operations.ops.RenameTableOp;
import dev.migrate.operations.ops.TableCommentOp;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.TableElement;
import dev.migrate.schema.UniqueConstraint;

/**
 * The {@code op} object a migration receives. Each directive builds an operation object ({@code dev.migrate
 * .operations.ops}) and hands it to the executor the runtime supplies, which runs it against the database or, in
 * offline mode, writes its SQL. Tables are in the connection's schema unless {@link #inSchema(String)} says
 * otherwise. Columns, constraints and types come from {@link Definitions} and {@link Types}:
 *
 * <pre>{@code
 * op.createTable("owner",
 *         column("id", BIGINT).identity().primaryKey(),
 *         column("last_name", varchar(80)).notNull().index());
 * op.addColumn("owner", column("telephone", varchar(20)));
 * op.alterColumn("owner", "telephone", c -> c.nullable(false).existingType(varchar(20)));
 * }</pre>
 */
public class Operations {

    private final OperationExecutor executor;
    private final OperationImplementations implementations;
    private final String schema;

    /** Operations that hand what they build to {@code executor}. */
    public Operations(OperationExecutor executor) {
        this(executor, OperationImplementations.none(), null);
    }

    /** Operations that hand what they build to {@code executor}, through {@code implementations} where registered. */
    public Operations(OperationExecutor executor, OperationImplementations implementations) {
        this(executor, implementations, null);
    }

    Operations(OperationExecutor executor, OperationImplementations implementations, String schema) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.implementations = Objects.requireNonNull(implementations, "implementations");
        this.schema = schema;
    }

    /** The same operations on tables of {@code schema} (a database, on MySQL). */
    public Operations inSchema(String schema) {
        return new Operations(executor, implementations, Objects.requireNonNull(schema, "schema"));
    }

    /**
     * Runs an operation object: one built by hand, or an operation type of your own (a {@link MigrateOperation}
     * record that renders its SQL, or one whose {@link OperationImplementation} is registered).
     */
    public void invoke(MigrateOperation operation) {
        executor.execute(implementations.resolve(operation));
    }

    /** The dialect the migration runs or is written for, for migrations that differ by database. */
    public DdlImpl dialect() {
        return executor.dialect();
    }

    /** The live connection, for data migrations through JDBC; empty in offline ({@code --sql}) mode. */
    public Optional<Connection> connection() {
        return executor.connection();
    }

    // ---------------------------------------------------------------- tables

    /**
     * Creates a table from columns ({@link Definitions#column}), constraints and indexes
     * ({@link Definitions#primaryKey}, {@link Definitions#foreignKey}, {@link Definitions#index}, …) and optionally
     * a {@link Definitions#comment}.
     */
    public void createTable(String table, TableElement... elements) {
        invoke(createTableOp(table, false, elements));
    }

    /** Creates a table unless one of that name exists. */
    public void createTableIfNotExists(String table, TableElement... elements) {
        invoke(createTableOp(table, true, elements));
    }

    private CreateTableOp createTableOp(String table, boolean ifNotExists, TableElement... elements) {
        List<ColumnDefinition> columns = new ArrayList<>();
        List<TableElement> constraints = new ArrayList<>();
        String comment = null;
        for (TableElement element : elements) {
            if (element instanceof ColumnDefinition column) {
                columns.add(column);
            }
            else if (element instanceof TableComment tableComment) {
                comment = tableComment.text();
            }
            else {
                constraints.add(element);
            }
        }
        return new CreateTableOp(schema, table, columns, constraints, comment, ifNotExists);
    }

    public void dropTable(String table) {
        invoke(new DropTableOp(schema, table, false, null));
    }

    public void dropTableIfExists(String table) {
        invoke(new DropTableOp(schema, table, true, null));
    }

    public void renameTable(String oldName, String newName) {
        invoke(new RenameTableOp(schema, oldName, newName));
    }

    /** Sets the table's comment. */
    public void createTableComment(String table, String comment) {
        createTableComment(table, comment, null);
    }

    /** Sets the table's comment, saying what it was so that the change can be reversed. */
    public void createTableComment(String table, String comment, String existingComment) {
        invoke(new TableCommentOp(schema, table, Objects.requireNonNull(comment, "comment"), existingComment));
    }

    /** Drops the table's comment. */
    public void dropTableComment(String table) {
        dropTableComment(table, null);
    }

    /** Drops the table's comment, saying what it was so that the change can be reversed. */
    public void dropTableComment(String table, String existingComment) {
        invoke(new TableCommentOp(schema, table, null, existingComment));
    }

    // ---------------------------------------------------------------- columns

    /** Adds a column; its foreign key, index and comment follow as separate statements where needed. */
    public void addColumn(String table, ColumnDefinition column) {
        invoke(new AddColumnOp(schema, table, column, false, false, false));
    }

    /** Adds a column unless the table has one of that name. */
    public void addColumnIfNotExists(String table, ColumnDefinition column) {
        invoke(new AddColumnOp(schema, table, column, true, false, false));
    }

    public void dropColumn(String table, String column) {
        invoke(new DropColumnOp(schema, table, column, false, null));
    }

    public void dropColumnIfExists(String table, String column) {
        invoke(new DropColumnOp(schema, table, column, true, null));
    }

    /**
     * Drops a column with the options the builder sets:
     * {@code op.dropColumn("t", "c", drop -> drop.mssqlDropCheck().mssqlDropForeignKey())} also drops, on SQL Server,
     * the column's check constraint and foreign key first.
     */
    public void dropColumn(String table, String column, Consumer<DropColumnOp.Builder> options) {
        DropColumnOp.Builder builder = new DropColumnOp.Builder();
        options.accept(builder);
        invoke(builder.build(schema, table, column));
    }

    /**
     * Changes a column: {@code op.alterColumn("t", "c", c -> c.nullable(false).type(BIGINT).existingType(INTEGER))}.
     * Say what the column is now with the {@code existing…} settings: MySQL restates the whole column and needs them.
     */
    public void alterColumn(String table, String column, Consumer<AlterColumnOp.Builder> changes) {
        AlterColumnOp.Builder builder = new AlterColumnOp.Builder();
        changes.accept(builder);
        invoke(builder.build(schema, table, column));
    }

    // ---------------------------------------------------------------- indexes

    /** Creates an index on {@code columns}, ascending. */
    public void createIndex(String name, String table, String... columns) {
        createIndex(name, table, index -> index.columns(columns));
    }

    /**
     * Creates an index described by the builder:
     * {@code op.createIndex("ix_email", "account", ix -> ix.expression("lower(email)").unique().where("active"))}.
     */
    public void createIndex(String name, String table, Consumer<CreateIndexOp.Builder> index) {
        CreateIndexOp.Builder builder = new CreateIndexOp.Builder();
        index.accept(builder);
        invoke(builder.build(schema, table, name));
    }

    /** Creates {@code index} on {@code table}. */
    public void createIndex(String table, Index index) {
        invoke(new CreateIndexOp(schema, table, index, false, false, null));
    }

    /** Drops an index; MySQL and SQL Server need its table. */
    public void dropIndex(String name, String table) {
        invoke(new DropIndexOp(schema, table, name, false, false, null));
    }

    /** Drops an index where the database does not need its table (PostgreSQL, H2, SQLite, Oracle). */
    public void dropIndex(String name) {
        dropIndex(name, null);
    }

    public void dropIndexIfExists(String name, String table) {
        invoke(new DropIndexOp(schema, table, name, true, false, null));
    }

    // ---------------------------------------------------------------- constraints

    public void createPrimaryKey(String name, String table, String... columns) {
        addConstraint(table, new PrimaryKey(name, List.of(columns)));
    }

    public void createUniqueConstraint(String name, String table, String... columns) {
        addConstraint(table, new UniqueConstraint(name, List.of(columns), false));
    }

    /** Adds a foreign key from {@code columns} of {@code table} to {@code targetColumns} of {@code targetTable}. */
    public void createForeignKey(String name, String table, String targetTable, List<String> columns,
            List<String> targetColumns) {
        createForeignKey(table, Definitions.foreignKey(name, columns, targetTable, targetColumns));
    }

    /** Adds {@code foreignKey}, with its actions and deferrability, to {@code table}. */
    public void createForeignKey(String table, ForeignKey foreignKey) {
        addConstraint(table, foreignKey);
    }

    /**
     * Adds {@code foreignKey} to {@code table} with {@code MATCH match} ({@code SIMPLE}, {@code FULL} or
     * {@code PARTIAL}; {@code null} for the database's default) and, when {@code notValid}, without checking the rows
     * already there (PostgreSQL's {@code NOT VALID}).
     */
    public void createForeignKey(String table, ForeignKey foreignKey, String match, boolean notValid) {
        invoke(new AddConstraintOp(schema, table, foreignKey, match, notValid));
    }

    /** Adds a {@code CHECK} constraint on {@code condition}, an SQL expression. */
    public void createCheckConstraint(String name, String table, String condition) {
        addConstraint(table, new CheckConstraint(name, condition));
    }

    private void addConstraint(String table, TableElement constraint) {
        invoke(new AddConstraintOp(schema, table, constraint, null, false));
    }

    /**
     * Adds a PostgreSQL exclusion constraint described by the builder: {@code op.createExcludeConstraint("ex_booking",
     * "booking", ex -> ex.column("room", "=").column("during", "&&").where("not cancelled"))}, using {@code gist}
     * unless {@code using} says otherwise. Other databases refuse it.
     */
    public void createExcludeConstraint(String name, String table, Consumer<CreateExcludeConstraintOp.Builder> ex) {
        CreateExcludeConstraintOp.Builder builder = new CreateExcludeConstraintOp.Builder();
        ex.accept(builder);
        invoke(builder.build(schema, table, name));
    }

    /** Drops a constraint of the given kind; MySQL needs the kind. */
    public void dropConstraint(String name, String table, ConstraintType type) {
        invoke(new DropConstraintOp(schema, table, name, type, false, null));
    }

    /** Drops a constraint where the database does not need its kind. */
    public void dropConstraint(String name, String table) {
        dropConstraint(name, table, null);
    }

    // ---------------------------------------------------------------- batch

    /**
     * Changes {@code table} through the directives {@code changes} gives {@code batch}, together: as
     * {@code ALTER TABLE} statements where the database can make them, otherwise (SQLite) by recreating the table
     * with the changes made and copying its rows over ("move and copy"). See {@link BatchOperations}.
     */
    public void batchAlterTable(String table, Consumer<BatchOperations> changes) {
        batchAlterTable(table, BatchOptions.DEFAULTS, changes);
    }

    /**
     * Changes {@code table} through {@code changes} as {@code options} say:
     * {@code op.batchAlterTable("t", BatchOptions.recreate(Recreate.ALWAYS), batch -> …)} recreates it on any
     * database, {@code BatchOptions.recreate(Recreate.NEVER)} never does.
     */
    public void batchAlterTable(String table, BatchOptions options, Consumer<BatchOperations> changes) {
        List<MigrateOperation> recorded = new ArrayList<>();
        Operations recorder = new Operations(new BatchOperations.Recorder(executor, recorded),
                OperationImplementations.none(), schema);
        changes.accept(new BatchOperations(recorder, schema, table));
        invoke(new BatchAlterTableOp(schema, table, recorded, options));
    }

    // ---------------------------------------------------------------- data

    /** Runs SQL text as given: one statement, without a terminator. */
    public void execute(String sql) {
        invoke(new ExecuteSqlOp(sql));
    }

    /**
     * Runs SQL text with {@code :name} parameters: bound online, written as literals offline. Write {@code \:} for a
     * colon that is not a parameter.
     */
    public void execute(String sql, Map<String, ?> parameters) {
        invoke(new ExecuteSqlOp(sql, new LinkedHashMap<>(parameters)));
    }

    /** Inserts rows given as column-to-value maps, all naming the same columns, as one batch. */
    public void bulkInsert(String table, List<? extends Map<String, ?>> rows) {
        bulkInsert(table, rows, true);
    }

    /** Inserts rows, as one batch when {@code multiInsert}, otherwise one statement per row. */
    public void bulkInsert(String table, List<? extends Map<String, ?>> rows, boolean multiInsert) {
        invoke(BulkInsertOp.of(schema, table, rows, multiInsert));
    }

    /**
     * {@code value} as an SQL literal of this migration's dialect, for SQL text that must read the same online and
     * offline: {@code op.execute("UPDATE account SET status = " + op.inlineLiteral("new"))}.
     */
    public String inlineLiteral(Object value) {
        return dialect().compiler().literal(value);
    }

    /**
     * Runs {@code block} outside the migration's transaction: what ran before it is committed first, and the
     * transaction resumes after it. For statements such as PostgreSQL's {@code CREATE INDEX CONCURRENTLY}.
     */
    public void autocommitBlock(Runnable block) {
        executor.autocommitBlock(block);
    }
}
