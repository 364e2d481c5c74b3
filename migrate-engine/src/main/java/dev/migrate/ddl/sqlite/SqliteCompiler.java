package dev.migrate.ddl.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.migrate.MigrateException;
import dev.migrate.ddl.DdlCompiler;
import dev.migrate.ddl.DdlImpl;
import dev.migrate.operations.ColumnDefinition;
import dev.migrate.operations.DefaultValue;
import dev.migrate.operations.ops.AddColumnOp;
import dev.migrate.operations.ops.AddConstraintOp;
import dev.migrate.operations.ops.AlterColumnOp;
import dev.migrate.operations.ops.CreateIndexOp;
import dev.migrate.operations.ops.CreateTableOp;
import dev.migrate.operations.ops.DropColumnOp;
import dev.migrate.operations.ops.DropConstraintOp;
import dev.migrate.operations.ops.DropIndexOp;
import dev.migrate.operations.ops.TableCommentOp;
import dev.migrate.schema.Identity;
import dev.migrate.schema.IndexElement;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.TableElement;
import dev.migrate.schema.UniqueConstraint;

/**
 * SQLite's SQL. SQLite's {@code ALTER TABLE} only renames tables and columns and adds and drops columns: adding or
 * dropping a constraint, or changing a column's nullability, default or type, stops with Alembic's message pointing
 * to batch mode ({@code op.batchAlterTable}), which recreates the table instead. A column's foreign key is declared
 * with the column it is added with; comments are left out, SQLite keeping none; an auto-increment or identity
 * column is the table's {@code INTEGER PRIMARY KEY AUTOINCREMENT}; expression defaults are parenthesised as SQLite
 * requires.
 */
class SqliteCompiler extends DdlCompiler {

    /** Alembic's words for what SQLite cannot alter. */
    static final String USE_BATCH_MODE = "Please refer to the batch mode feature which allows for SQLite migrations "
            + "using a copy-and-move strategy.";

    /** Defaults SQLite takes without parentheses: literals, {@code NULL}, booleans and the current date and time. */
    private static final Pattern BARE_DEFAULT = Pattern.compile(
            "(?is)[-+]?[0-9.]+(e[-+]?[0-9]+)?|'.*'|x'[0-9a-f]*'|null|true|false|current_(date|time|timestamp)|\\(.*\\)");

    SqliteCompiler(DdlImpl dialect) {
        super(dialect);
    }

    // ---------------------------------------------------------------- tables and columns

    /** A time or timestamp with a time zone has its precision last ({@code TIMESTAMP WITH TIME ZONE(6)}). */
    @Override
    public String type(SqlType type) {
        if ((type.kind() == SqlType.Kind.TIME || type.kind() == SqlType.Kind.TIMESTAMP) && type.withTimeZone()) {
            return sized(type.kind().name() + " WITH TIME ZONE", type.precision());
        }
        return super.type(type);
    }

    /** {@code CREATE TABLE} without comments. */
    @Override
    public List<String> createTable(CreateTableOp op) {
        List<ColumnDefinition> columns = op.columns().stream().map(column -> column.comment(null)).toList();
        return super.createTable(new CreateTableOp(op.schema(), op.table(), columns, op.constraints(), null,
                op.ifNotExists()));
    }

    /** The single primary-key column is declared {@code PRIMARY KEY} inline when SQLite numbers it. */
    @Override
    protected boolean primaryKeyInline(CreateTableOp op) {
        List<ColumnDefinition> keys = op.columns().stream().filter(ColumnDefinition::isPrimaryKey).toList();
        boolean explicitKey = op.constraints().stream().anyMatch(PrimaryKey.class::isInstance);
        return keys.size() == 1 && numbered(keys.get(0)) && !explicitKey;
    }

    /**
     * The generic definition, with {@code AUTOINCREMENT} after the inline {@code PRIMARY KEY} of a numbered column.
     *
     * @throws MigrateException for a numbered column that is not the table's only primary-key column
     */
    @Override
    protected String columnSpec(ColumnDefinition column, boolean inlinePrimaryKey) {
        if (!numbered(column)) {
            return super.columnSpec(column, inlinePrimaryKey);
        }
        if (!inlinePrimaryKey) {
            throw new MigrateException("Column " + column.name() + " cannot be numbered by SQLite: only a table's "
                    + "single INTEGER PRIMARY KEY column is (AUTOINCREMENT); make it the only primary-key column of a "
                    + "new table, or drop autoIncrement()/identity()");
        }
        return super.columnSpec(column, true) + " AUTOINCREMENT";
    }

    /** {@code INTEGER} for a numbered column, whatever its integer type: SQLite numbers only that. */
    @Override
    protected String columnType(ColumnDefinition column) {
        return numbered(column) ? "INTEGER" : super.columnType(column);
    }

    /** SQLite has no identity clause; an identity column is numbered like an auto-increment one. */
    @Override
    protected Identity identityOf(ColumnDefinition column) {
        return null;
    }

    private static boolean numbered(ColumnDefinition column) {
        return column.isAutoIncrement() || column.identityGeneration() != null;
    }

    /** An expression default in parentheses, unless it is a literal or a keyword SQLite takes bare. */
    @Override
    protected String defaultValue(DefaultValue value) {
        String rendered = super.defaultValue(value);
        return value instanceof DefaultValue.Expression && !BARE_DEFAULT.matcher(rendered.trim()).matches()
                ? "(" + rendered + ")" : rendered;
    }

    /**
     * {@code ALTER TABLE … ADD COLUMN}, its foreign key declared with it ({@code CONSTRAINT fk REFERENCES t (id)}),
     * since SQLite cannot add one later; the comment left out.
     */
    @Override
    public List<String> addColumn(AddColumnOp op) {
        if (op.ifNotExists()) {
            throw new MigrateException("Cannot add column " + op.column().name() + " to " + op.table() + " if not "
                    + "exists: SQLite has no ADD COLUMN IF NOT EXISTS");
        }
        ColumnDefinition column = op.column();
        List<String> statements = new ArrayList<>(super.addColumn(new AddColumnOp(op.schema(), op.table(),
                column.comment(null).references(null), false, false, op.inlinePrimaryKey())));
        if (column.references() != null) {
            statements.set(0, statements.get(0) + " " + named(column.references().name())
                    + referencesClause(foreignKey(column), null));
        }
        return statements;
    }

    /**
     * {@code ALTER TABLE … DROP COLUMN}, after the column's own index when the column is known to have one: SQLite
     * refuses to drop an indexed column.
     */
    @Override
    public List<String> dropColumn(DropColumnOp op) {
        if (op.ifExists()) {
            throw new MigrateException("Cannot drop column " + op.column() + " of " + op.table() + " if exists: "
                    + "SQLite has no DROP COLUMN IF EXISTS");
        }
        if (op.existing() == null || !op.existing().isIndexed()) {
            return super.dropColumn(op);
        }
        List<String> statements = new ArrayList<>(dropIndex(new DropIndexOp(op.schema(), op.table(),
                columnIndexName(op.table(), op.column()), true, false, null)));
        statements.addAll(super.dropColumn(op));
        return statements;
    }

    /**
     * Only the rename ({@code RENAME COLUMN}); a comment change is left out.
     *
     * @throws MigrateException pointing to batch mode for a change of nullability, default or type
     */
    @Override
    public List<String> alterColumn(AlterColumnOp op) {
        if (op.nullable() != null || op.serverDefault() != null || op.type() != null || op.identity() != null) {
            throw new MigrateException("No support for ALTER COLUMN of " + op.table() + "." + op.column() + " (its "
                    + "nullability, default, type or identity) in SQLite dialect. " + USE_BATCH_MODE + " Write it as "
                    + "op.batchAlterTable(\"" + op.table() + "\", batch -> batch.alterColumn(\"" + op.column()
                    + "\", …))");
        }
        return op.newName() == null ? List.of()
                : List.of(renameColumn(op.schema(), op.table(), op.column(), op.newName()));
    }

    /** Gives {@code to} the {@code sqlite_sequence} entry of {@code from}, so that AUTOINCREMENT reuses no number. */
    @Override
    public List<String> carryNumbering(String schema, String from, String to, String column) {
        String sequences = table(schema, "sqlite_sequence");
        return List.of("DELETE FROM " + sequences + " WHERE name = " + literal(to),
                "INSERT INTO " + sequences + " (name, seq) SELECT " + literal(to) + ", seq FROM " + sequences
                        + " WHERE name = " + literal(from));
    }

    /** Nothing: SQLite keeps no comments. */
    @Override
    public List<String> tableComment(TableCommentOp op) {
        return List.of();
    }

    // ---------------------------------------------------------------- constraints and indexes

    /** @throws MigrateException always, with Alembic's message */
    @Override
    public List<String> addConstraint(AddConstraintOp op) {
        throw constraintsNotAltered();
    }

    /** @throws MigrateException always, with Alembic's message */
    @Override
    public List<String> dropConstraint(DropConstraintOp op) {
        throw constraintsNotAltered();
    }

    private static MigrateException constraintsNotAltered() {
        return new MigrateException("No support for ALTER of constraints in SQLite dialect. " + USE_BATCH_MODE);
    }

    @Override
    protected String constraintClause(TableElement constraint) {
        if (constraint instanceof UniqueConstraint unique && unique.nullsNotDistinct()) {
            throw unsupported("unique constraint " + unique.columns(), "NULLS NOT DISTINCT");
        }
        return super.constraintClause(constraint);
    }

    @Override
    public List<String> createIndex(CreateIndexOp op) {
        String what = "index " + op.index().name();
        if (!op.index().include().isEmpty()) {
            throw unsupported(what, "INCLUDE columns");
        }
        if (op.using() != null) {
            throw unsupported(what, "index access methods (USING)");
        }
        if (op.concurrently()) {
            throw unsupported(what, "CREATE INDEX CONCURRENTLY");
        }
        if (op.index().elements().stream().anyMatch(key -> key.nulls() != IndexElement.NullsOrder.DEFAULT)) {
            throw unsupported(what, "NULLS FIRST or NULLS LAST in indexes");
        }
        return super.createIndex(op);
    }

    @Override
    public List<String> dropIndex(DropIndexOp op) {
        if (op.concurrently()) {
            throw unsupported("index " + op.name(), "DROP INDEX CONCURRENTLY");
        }
        return super.dropIndex(op);
    }

    private static MigrateException unsupported(String object, String feature) {
        return new MigrateException("Cannot write " + object + " for SQLite: SQLite has no " + feature + "; leave it "
                + "out, or test op.dialect().name() in the migration to use it on other databases only");
    }
}
