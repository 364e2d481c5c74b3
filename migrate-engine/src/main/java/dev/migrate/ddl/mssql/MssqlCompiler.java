package dev.migrate.ddl.mssql;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.MigrateException;
import dev.migrate.ddl.DdlCompiler;
import dev.migrate.ddl.DdlImpl;
import dev.migrate.operations.ColumnDefinition;
import dev.migrate.operations.DefaultValue;
import dev.migrate.operations.ops.AlterColumnOp;
import dev.migrate.operations.ops.DropColumnOp;
import dev.migrate.operations.ops.DropIndexOp;
import dev.migrate.operations.ops.RenameTableOp;
import dev.migrate.operations.ops.TableCommentOp;
import dev.migrate.schema.Identity;
import dev.migrate.schema.SqlType;

/**
 * SQL Server's T-SQL, as Alembic writes it: {@code ADD} without {@code COLUMN}; {@code ALTER COLUMN c type NULL} with
 * the type restated; defaults as the named-by-the-server constraints they are, dropped through a T-SQL block that
 * looks the name up; renames through {@code sp_rename}; comments as {@code MS_Description} extended properties;
 * {@code IDENTITY(start, increment)}; strings with characters beyond ASCII as Unicode literals ({@code N'…'}),
 * {@code 1}/{@code 0} and {@code 0x…} literals.
 */
class MssqlCompiler extends DdlCompiler {

    private static final Logger log = LoggerFactory.getLogger(MssqlCompiler.class);

    MssqlCompiler(DdlImpl dialect) {
        super(dialect);
    }

    // ---------------------------------------------------------------- types

    /**
     * {@code BIT}, Unicode {@code NVARCHAR}/{@code NCHAR}, {@code NVARCHAR(max)} for unbounded text and JSON,
     * {@code FLOAT} for doubles, {@code DATETIME2}/{@code DATETIMEOFFSET} for timestamps, {@code UNIQUEIDENTIFIER},
     * {@code VARBINARY(max)} for unbounded binary data.
     */
    @Override
    public String type(SqlType type) {
        return switch (type.kind()) {
            case BOOLEAN -> "BIT";
            case VARCHAR -> sized("NVARCHAR", type.length());
            case CHAR -> sized("NCHAR", type.length());
            case TEXT, JSON -> "NVARCHAR(max)";
            case DOUBLE -> "FLOAT";
            case TIME -> sized("TIME", type.precision());
            case TIMESTAMP -> sized(type.withTimeZone() ? "DATETIMEOFFSET" : "DATETIME2", type.precision());
            case UUID -> "UNIQUEIDENTIFIER";
            case BLOB -> "VARBINARY(max)";
            default -> super.type(type);
        };
    }

    // ---------------------------------------------------------------- columns

    /** A computed column is {@code name AS (expression) [PERSISTED]}, without a type; others as usual. */
    @Override
    protected String columnSpec(ColumnDefinition column, boolean inlinePrimaryKey) {
        if (column.computed() == null) {
            return super.columnSpec(column, inlinePrimaryKey);
        }
        return quote(column.name()) + " AS (" + column.computed().expression() + ")"
                + (column.computed().stored() ? " PERSISTED" + (column.nullable() ? "" : " NOT NULL") : "");
    }

    /** Auto-increment columns are identity columns. */
    @Override
    protected boolean autoIncrementIsIdentity() {
        return true;
    }

    /**
     * {@code IDENTITY}, or {@code IDENTITY(start,increment)}.
     *
     * @throws MigrateException for bounds, cycling or a cache, which SQL Server's identity does not have
     */
    @Override
    protected String identity(Identity identity) {
        if (identity.minValue() != null || identity.maxValue() != null || identity.cycle()
                || identity.cache() != null) {
            throw new MigrateException("SQL Server identity columns take only a start and an increment, not "
                    + identity + "; use a sequence for more");
        }
        if (identity.start() == null && identity.increment() == null) {
            return "IDENTITY";
        }
        return "IDENTITY(" + (identity.start() == null ? 1 : identity.start()) + ","
                + (identity.increment() == null ? 1 : identity.increment()) + ")";
    }

    @Override
    protected String addColumnKeyword() {
        return "ADD";
    }

    /**
     * Drops the column's default constraint first (SQL Server refuses to drop a column a default is bound to), then,
     * when the operation asks, its check constraint and its foreign key, each through a T-SQL block that looks the
     * name up, as Alembic does; then the column.
     */
    @Override
    public List<String> dropColumn(DropColumnOp op) {
        List<String> statements = new ArrayList<>();
        statements.add(dropDefaultConstraint(op.schema(), op.table(), op.column()));
        if (op.mssqlDropCheck()) {
            statements.add(dropColumnConstraint(op.schema(), op.table(), op.column(), " sys.check_constraints", ""));
        }
        if (op.mssqlDropForeignKey()) {
            statements.add(dropColumnConstraint(op.schema(), op.table(), op.column(),
                    "\nsys.foreign_keys fk join sys.foreign_key_columns fkc\non fk.object_id=fkc.constraint_object_id",
                    "fkc."));
        }
        statements.addAll(super.dropColumn(op));
        return statements;
    }

    /**
     * In Alembic's order: {@code ALTER COLUMN c type [NOT] NULL} for nullability and type, which needs the type;
     * the old default constraint dropped and {@code ADD DEFAULT x FOR c}; the comment; {@code sp_rename} last.
     *
     * @throws MigrateException when nullability changes and neither the new nor the existing type is given
     */
    @Override
    public List<String> alterColumn(AlterColumnOp op) {
        if (op.identity() != null) {
            return alterIdentity(op);
        }
        List<String> statements = new ArrayList<>();
        String table = table(op.schema(), op.table());
        if (op.nullable() != null) {
            if (op.finalType() == null) {
                throw new MigrateException("MS-SQL ALTER COLUMN operations with NULL or NOT NULL require the "
                        + "existing_type or a new type_ be passed. (alterColumn of " + op.table() + "." + op.column()
                        + ": pass existingType or type)");
            }
            statements.add(alterColumnStart(op) + type(op.finalType()) + nullability(op.nullable()));
        }
        else if (op.type() != null) {
            if (op.existingNullable() == null) {
                log.warn("alterColumn of {}.{}: MS-SQL ALTER COLUMN operations that specify a type should also say "
                        + "existingNullable, or a NOT NULL column becomes NULL", op.table(), op.column());
            }
            statements.add(alterColumnStart(op) + type(op.type())
                    + (op.existingNullable() == null ? "" : nullability(op.existingNullable())));
        }
        if (op.serverDefault() != null) {
            DefaultValue value = op.serverDefault().value();
            if (op.existingServerDefault() != null || value == null) {
                statements.add(dropDefaultConstraint(op.schema(), op.table(), op.column()));
            }
            if (value != null) {
                statements.add("ALTER TABLE " + table + " ADD DEFAULT " + defaultValue(value) + " FOR "
                        + quote(op.column()));
            }
        }
        if (op.comment() != null) {
            statements.add(commentProcedure(op.comment().value(), op.existingComment() != null, op.schema(),
                    op.table(), op.column()));
        }
        if (op.newName() != null) {
            statements.add(renameColumn(op.schema(), op.table(), op.column(), op.newName()));
        }
        return statements;
    }

    private static String nullability(boolean nullable) {
        return nullable ? " NULL" : " NOT NULL";
    }

    /**
     * The T-SQL block that looks up the name SQL Server gave the column's default constraint and drops it; it does
     * nothing when there is none.
     */
    private String dropDefaultConstraint(String schema, String table, String column) {
        return dropColumnConstraint(schema, table, column, " sys.default_constraints", "");
    }

    /**
     * The T-SQL block that looks up the name of a constraint on the column in {@code source}, what follows
     * {@code from} with the space or line break before it (a catalog view, or a join whose constraint columns are
     * {@code prefix}{@code parent_object_id} and {@code parent_column_id}), and drops it; it does nothing when there
     * is none.
     */
    private String dropColumnConstraint(String schema, String table, String column, String source, String prefix) {
        String qualified = table(schema, table);
        return "declare @const_name nvarchar(258)\n"
                + "select @const_name = QUOTENAME([name]) from" + source + "\n"
                + "where " + prefix + "parent_object_id = object_id(" + literal(qualified) + ")\n"
                + "and col_name(" + prefix + "parent_object_id, " + prefix + "parent_column_id) = " + literal(column)
                + "\n"
                + "exec(" + literal("alter table " + qualified + " drop constraint ") + " + @const_name)";
    }

    /** {@code EXEC sp_rename 's.t.c', new, 'COLUMN'}. */
    @Override
    protected String renameColumn(String schema, String table, String column, String newName) {
        return "EXEC sp_rename " + literal(table(schema, table) + "." + quote(column)) + ", " + quote(newName)
                + ", 'COLUMN'";
    }

    /** {@code EXEC sp_rename 's.old', new}. */
    @Override
    public List<String> renameTable(RenameTableOp op) {
        return List.of("EXEC sp_rename " + literal(table(op.schema(), op.oldName())) + ", " + quote(op.newName()));
    }

    // ---------------------------------------------------------------- comments

    /** Adds, updates or drops the table's {@code MS_Description}, as the operation's existing comment says. */
    @Override
    public List<String> tableComment(TableCommentOp op) {
        return List.of(commentProcedure(op.comment(), op.existingComment() != null, op.schema(), op.table(), null));
    }

    /** Adds the table's {@code MS_Description} (a new table has none), or drops it. */
    @Override
    protected String tableCommentStatement(String schema, String table, String comment) {
        return commentProcedure(comment, false, schema, table, null);
    }

    /** Adds the column's {@code MS_Description} (a new column has none), or drops it. */
    @Override
    protected String columnCommentStatement(String schema, String table, String column, String comment) {
        return commentProcedure(comment, false, schema, table, column);
    }

    /**
     * {@code exec sp_addextendedproperty 'MS_Description', N'…', 'schema', s, 'table', t[, 'column', c]}, or
     * {@code sp_updateextendedproperty} when one {@code exists}, or {@code sp_dropextendedproperty} when
     * {@code comment} is {@code null}. The schema is {@code dbo} unless given.
     */
    private String commentProcedure(String comment, boolean exists, String schema, String table, String column) {
        String target = "'schema', " + (schema == null ? "dbo" : quote(schema)) + ", 'table', " + quote(table)
                + (column == null ? "" : ", 'column', " + quote(column));
        if (comment == null) {
            return "exec sp_dropextendedproperty 'MS_Description', " + target;
        }
        return "exec " + (exists ? "sp_updateextendedproperty" : "sp_addextendedproperty") + " 'MS_Description', "
                + literal(comment) + ", " + target;
    }

    // ---------------------------------------------------------------- indexes

    /** {@code DROP INDEX name ON table}. */
    @Override
    public List<String> dropIndex(DropIndexOp op) {
        return dropIndexOnTable(op);
    }

    // ---------------------------------------------------------------- literals

    /** {@code 1} or {@code 0}. */
    @Override
    protected String booleanLiteral(boolean value) {
        return value ? "1" : "0";
    }

    /**
     * {@code '…'}, or the Unicode {@code N'…'} when the text has characters beyond ASCII, so that none is lost to the
     * database's code page.
     */
    @Override
    protected String stringLiteral(String value) {
        return (value.chars().allMatch(c -> c < 128) ? "" : "N") + super.stringLiteral(value);
    }

    /** {@code 0x…}. */
    @Override
    protected String binaryLiteral(String hex) {
        return "0x" + hex;
    }
}
