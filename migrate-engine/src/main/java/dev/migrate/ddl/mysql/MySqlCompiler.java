package dev.migrate.ddl.mysql;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrate.MigrateException;
import dev.migrate.ddl.DdlCompiler;
import dev.migrate.ddl.DdlImpl;
import dev.migrate.operations.ColumnDefinition;
import dev.migrate.operations.DefaultValue;
import dev.migrate.operations.ops.AlterColumnOp;
import dev.migrate.operations.ops.CreateTableOp;
import dev.migrate.operations.ops.DropConstraintOp;
import dev.migrate.operations.ops.DropIndexOp;
import dev.migrate.operations.ops.RenameTableOp;
import dev.migrate.schema.Identity;
import dev.migrate.schema.SqlType;

/**
 * MySQL's and MariaDB's SQL, as Alembic writes it: {@code alterColumn} restates the whole column with
 * {@code MODIFY} (or {@code CHANGE} to rename it), built from the {@code existing…} values; comments are part of the
 * column and table definitions; constraints are dropped by kind; an index is dropped {@code ON} its table; a string
 * holding a backslash is written so that it cannot depend on {@code NO_BACKSLASH_ESCAPES}.
 */
class MySqlCompiler extends DdlCompiler {

    /** A number, a quoted string or a name: a default that needs no parentheses. */
    private static final Pattern SINGLE_TERM = Pattern.compile("-?[\\d.]+|'(?:[^']|'')*'|[A-Za-z_][\\w$]*");

    private static final Pattern CALL = Pattern.compile("[A-Za-z_][\\w$.]*\\s*\\(");

    private final boolean mariaDb;

    /** @param mariaDb whether to write MariaDB's forms where they differ (dropping a check constraint) */
    MySqlCompiler(DdlImpl dialect, boolean mariaDb) {
        super(dialect);
        this.mariaDb = mariaDb;
    }

    // ---------------------------------------------------------------- types

    /**
     * {@code BOOL}, {@code DECIMAL}, {@code DATETIME} for both kinds of timestamp (MySQL's {@code TIMESTAMP} ends in
     * 2038), {@code LONGTEXT} and {@code LONGBLOB} for unbounded text and binary data, and {@code CHAR(36)} for
     * UUIDs: the dialect does not know the server's version, and only MariaDB 10.7 and later has a {@code UUID}
     * type ({@code Types.named("UUID")} asks for it).
     */
    @Override
    public String type(SqlType type) {
        return switch (type.kind()) {
            case BOOLEAN -> "BOOL";
            case TEXT -> "LONGTEXT";
            case NUMERIC -> numeric("DECIMAL", type);
            case REAL -> "FLOAT";
            case DOUBLE -> "DOUBLE";
            case TIME -> sized("TIME", type.precision());
            case TIMESTAMP -> sized("DATETIME", type.precision());
            case UUID -> "CHAR(36)";
            case BLOB -> "LONGBLOB";
            default -> super.type(type);
        };
    }

    // ---------------------------------------------------------------- columns

    /**
     * {@code name type [GENERATED …] [NOT NULL] [AUTO_INCREMENT] [DEFAULT …] [PRIMARY KEY] [COMMENT '…']}; an
     * identity column is an {@code AUTO_INCREMENT} one.
     */
    @Override
    protected String columnSpec(ColumnDefinition column, boolean inlinePrimaryKey) {
        StringBuilder spec = new StringBuilder(quote(column.name())).append(' ').append(type(column.type()));
        if (column.computed() != null) {
            spec.append(' ').append(computed(column));
        }
        return spec + attributes(column.nullable() ? "" : "NOT NULL", autoIncrement(column), column.defaultValue(),
                inlinePrimaryKey, column.comment());
    }

    private boolean autoIncrement(ColumnDefinition column) {
        Identity identity = column.identityGeneration();
        if (identity != null && (identity.start() != null || identity.increment() != null
                || identity.minValue() != null || identity.maxValue() != null || identity.cycle()
                || identity.cache() != null)) {
            throw new MigrateException("Column " + column.name() + ": " + dialect.name() + " numbers identity "
                    + "columns with AUTO_INCREMENT, which takes no start, increment, bounds, cycle or cache; declare "
                    + "the identity without options");
        }
        return column.isAutoIncrement() || identity != null;
    }

    /** The column attributes after its type, each preceded by a space; {@code nullability} may be empty. */
    private String attributes(String nullability, boolean autoIncrement, DefaultValue defaultValue,
            boolean primaryKey, String comment) {
        StringBuilder attributes = new StringBuilder();
        if (!nullability.isEmpty()) {
            attributes.append(' ').append(nullability);
        }
        if (autoIncrement) {
            attributes.append(" AUTO_INCREMENT");
        }
        if (defaultValue != null) {
            attributes.append(" DEFAULT ").append(defaultValue(defaultValue));
        }
        if (primaryKey) {
            attributes.append(" PRIMARY KEY");
        }
        if (comment != null) {
            attributes.append(" COMMENT ").append(plainStringLiteral(comment));
        }
        return attributes.toString();
    }

    /**
     * One statement: {@code CHANGE old new …} when the column is renamed or a date-time column gets a default
     * (MySQL takes a function such as {@code CURRENT_TIMESTAMP} only there), {@code MODIFY c …} when its
     * nullability, type, auto-increment or comment changes, both restating the whole column from the new and
     * {@code existing…} values; {@code ALTER COLUMN c SET DEFAULT} or {@code DROP DEFAULT} when only the default
     * changes.
     *
     * @throws MigrateException when a {@code CHANGE} or {@code MODIFY} is needed and the column's type is unknown
     */
    @Override
    public List<String> alterColumn(AlterColumnOp op) {
        if (op.identity() != null) {
            return alterIdentity(op);
        }
        SqlType type = op.finalType();
        boolean newDateTimeDefault = type != null && type.kind() == SqlType.Kind.TIMESTAMP
                && op.serverDefault() != null && op.serverDefault().value() != null;
        boolean change = op.newName() != null || newDateTimeDefault;
        if (!change && op.nullable() == null && op.type() == null && op.autoIncrement() == null
                && op.comment() == null) {
            return op.serverDefault() == null ? List.of()
                    : List.of(alterColumnStart(op) + defaultClause(op.serverDefault().value()));
        }
        if (type == null) {
            throw new MigrateException("All MySQL CHANGE/MODIFY COLUMN operations require the existing type. "
                    + "(alterColumn of " + op.table() + "." + op.column() + ": pass existingType)");
        }
        String column = change ? "CHANGE " + quote(op.column()) + " " + quote(op.finalName())
                : "MODIFY " + quote(op.column());
        boolean nullable = op.finalNullable() == null || op.finalNullable();
        return List.of("ALTER TABLE " + table(op.schema(), op.table()) + " " + column + " " + type(type)
                + attributes(nullable ? "NULL" : "NOT NULL", op.finalAutoIncrement(), op.finalServerDefault(), false,
                        op.finalComment()));
    }

    // ---------------------------------------------------------------- tables

    /**
     * {@code ALTER TABLE s.old RENAME TO s.new}: MySQL would move the table to the current database under an
     * unqualified new name.
     */
    @Override
    public List<String> renameTable(RenameTableOp op) {
        return List.of("ALTER TABLE " + table(op.schema(), op.oldName()) + " RENAME TO "
                + table(op.schema(), op.newName()));
    }

    @Override
    protected boolean commentsInline() {
        return true;
    }

    /** {@code COMMENT='…'} after the column list. */
    @Override
    protected String tableSuffix(CreateTableOp op) {
        return op.comment() == null ? "" : " COMMENT=" + plainStringLiteral(op.comment());
    }

    /** {@code ALTER TABLE t COMMENT '…'}, an empty comment to drop it. */
    @Override
    protected String tableCommentStatement(String schema, String table, String comment) {
        return "ALTER TABLE " + table(schema, table) + " COMMENT "
                + plainStringLiteral(comment == null ? "" : comment);
    }

    // ---------------------------------------------------------------- constraints and indexes

    /**
     * {@code DROP FOREIGN KEY}, {@code DROP PRIMARY KEY}, {@code DROP INDEX} for a unique constraint, and
     * {@code DROP CHECK} (MariaDB: {@code DROP CONSTRAINT}) for a check constraint.
     *
     * @throws MigrateException when the operation does not say the constraint's kind
     */
    @Override
    public List<String> dropConstraint(DropConstraintOp op) {
        if (op.type() == null) {
            throw new MigrateException("No generic 'DROP CONSTRAINT' in MySQL - please specify constraint type "
                    + "(dropping " + op.name() + " on " + op.table() + ": pass ConstraintType.FOREIGN_KEY, "
                    + "PRIMARY_KEY, UNIQUE or CHECK)");
        }
        String ifExists = op.ifExists() ? "IF EXISTS " : "";
        String drop = switch (op.type()) {
            case FOREIGN_KEY -> "DROP FOREIGN KEY " + ifExists + quote(op.name());
            case PRIMARY_KEY -> "DROP PRIMARY KEY";
            case UNIQUE -> "DROP INDEX " + ifExists + quote(op.name());
            case CHECK -> (mariaDb ? "DROP CONSTRAINT " : "DROP CHECK ") + ifExists + quote(op.name());
        };
        return List.of("ALTER TABLE " + table(op.schema(), op.table()) + " " + drop);
    }

    /** {@code DROP INDEX name ON table}. */
    @Override
    public List<String> dropIndex(DropIndexOp op) {
        return dropIndexOnTable(op);
    }

    // ---------------------------------------------------------------- literals

    /**
     * A literal default, a string one as a {@link #plainStringLiteral plain string}, which the grammar demands; an
     * expression default in parentheses unless it is a single term (a literal, a name such as
     * {@code CURRENT_TIMESTAMP} or one function call): MySQL and MariaDB take any other expression
     * ({@code 40 + 2}) only in parentheses.
     */
    @Override
    protected String defaultValue(DefaultValue value) {
        if (value instanceof DefaultValue.Literal literal && literal.value() instanceof String text) {
            return plainStringLiteral(text);
        }
        String sql = super.defaultValue(value);
        return value instanceof DefaultValue.Expression && !SINGLE_TERM.matcher(sql.strip()).matches()
                && !isOneCall(sql.strip()) ? "(" + sql + ")" : sql;
    }

    /** Whether {@code sql} is {@code name(…)} whose opening parenthesis closes at its end. */
    private static boolean isOneCall(String sql) {
        Matcher call = CALL.matcher(sql);
        if (!call.lookingAt() || !sql.endsWith(")")) {
            return false;
        }
        int depth = 0;
        for (int i = call.end() - 1; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                i = sql.indexOf('\'', i + 1);
                if (i < 0) {
                    return false;
                }
            }
            else if (c == '(') {
                depth++;
            }
            else if (c == ')' && --depth == 0) {
                return i == sql.length() - 1;
            }
        }
        return false;
    }

    /**
     * A timestamp with an offset as the same instant in UTC without the offset: {@code DATETIME} keeps no offset,
     * and MariaDB refuses a literal that has one.
     */
    @Override
    public String literal(Object value) {
        if (value instanceof OffsetDateTime dateTime) {
            return super.literal(dateTime.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        }
        return super.literal(value);
    }

    /**
     * A backslash escapes in MySQL's string literals unless the session's {@code sql_mode} has
     * {@code NO_BACKSLASH_ESCAPES}, so a string holding one is written as its UTF-8 bytes, which read the same in
     * either mode.
     */
    @Override
    protected String stringLiteral(String value) {
        if (value.indexOf('\\') < 0) {
            return super.stringLiteral(value);
        }
        return "CONVERT(X'" + HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)) + "' USING utf8mb4)";
    }

    /**
     * The string in single quotes, quotes and backslashes doubled, for {@code COMMENT} and {@code DEFAULT}, which
     * take only a quoted string. Under {@code NO_BACKSLASH_ESCAPES} a backslash is then stored twice, but the
     * quoting holds in either mode: no value can end the literal.
     */
    private String plainStringLiteral(String value) {
        return super.stringLiteral(value.replace("\\", "\\\\"));
    }
}
