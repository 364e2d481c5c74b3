package dev.migrate.ddl.oracle;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import dev.migrate.MigrateException;
import dev.migrate.ddl.DdlCompiler;
import dev.migrate.ddl.DdlImpl;
import dev.migrate.operations.ColumnDefinition;
import dev.migrate.operations.DefaultValue;
import dev.migrate.operations.ops.AlterColumnOp;
import dev.migrate.schema.Identity;
import dev.migrate.schema.SqlType;

/**
 * Oracle's SQL, as Alembic writes it: {@code ADD} without {@code COLUMN}; {@code MODIFY c NULL},
 * {@code MODIFY c DEFAULT x} and {@code MODIFY c type} for {@code alterColumn}; comments dropped by setting them to
 * {@code ''}; {@code NUMBER}, {@code VARCHAR2(n CHAR)}, {@code CLOB}, {@code RAW} and {@code BINARY_DOUBLE} types;
 * {@code 1}/{@code 0}, {@code HEXTORAW('…')}, {@code DATE '…'} and {@code TIMESTAMP '…'} literals.
 */
class OracleCompiler extends DdlCompiler {

    OracleCompiler(DdlImpl dialect) {
        super(dialect);
    }

    // ---------------------------------------------------------------- types

    /**
     * {@code NUMBER(19)}, {@code NUMBER(5)} and {@code NUMBER(1)} for big and small integers and booleans,
     * {@code NUMBER(p, s)}, {@code VARCHAR2(n CHAR)}, {@code CLOB} for unbounded text and JSON, {@code BINARY_FLOAT}
     * and {@code BINARY_DOUBLE}, {@code TIMESTAMP} also for times of day (Oracle has no such type), {@code RAW(16)}
     * for UUIDs and {@code RAW(n)} for sized binary data.
     */
    @Override
    public String type(SqlType type) {
        return switch (type.kind()) {
            case BIGINT -> "NUMBER(19)";
            case SMALLINT -> "NUMBER(5)";
            case BOOLEAN -> "NUMBER(1)";
            case VARCHAR -> type.length() == null ? "VARCHAR2" : "VARCHAR2(" + type.length() + " CHAR)";
            case CHAR -> type.length() == null ? "CHAR" : "CHAR(" + type.length() + " CHAR)";
            case TEXT, JSON -> "CLOB";
            case NUMERIC -> numeric("NUMBER", type);
            case REAL -> "BINARY_FLOAT";
            case DOUBLE -> "BINARY_DOUBLE";
            case TIME -> sized("TIMESTAMP", type.precision());
            case UUID -> "RAW(16)";
            case BINARY, VARBINARY -> sized("RAW", type.length());
            default -> super.type(type);
        };
    }

    // ---------------------------------------------------------------- columns

    @Override
    protected String addColumnKeyword() {
        return "ADD";
    }

    /** Auto-increment columns are identity columns. */
    @Override
    protected boolean autoIncrementIsIdentity() {
        return true;
    }

    /**
     * {@code GENERATED ALWAYS AS (expression)}: a virtual column.
     *
     * @throws MigrateException for a stored generated column, which Oracle does not have
     */
    @Override
    protected String computed(ColumnDefinition column) {
        if (column.computed().stored()) {
            throw new MigrateException("Column " + column.name() + ": Oracle computes generated columns when they "
                    + "are read and cannot store them; declare it computed(expression, false)");
        }
        return super.computed(column);
    }

    /** {@code ALTER TABLE t MODIFY c }. */
    @Override
    protected String alterColumnStart(AlterColumnOp op) {
        return "ALTER TABLE " + table(op.schema(), op.table()) + " MODIFY " + quote(op.column()) + " ";
    }

    /** {@code MODIFY c GENERATED … AS IDENTITY (…)} to add or change it, {@code MODIFY c DROP IDENTITY} to remove it. */
    @Override
    protected List<String> alterIdentity(AlterColumnOp op) {
        Identity identity = op.identity().value();
        return List.of(alterColumnStart(op) + (identity == null ? "DROP IDENTITY" : identity(identity)));
    }

    /** {@code NULL} or {@code NOT NULL}. */
    @Override
    protected String nullabilityClause(boolean nullable) {
        return nullable ? "NULL" : "NOT NULL";
    }

    /** {@code DEFAULT x}, or {@code DEFAULT NULL} to drop it. */
    @Override
    protected String defaultClause(DefaultValue value) {
        return "DEFAULT " + (value == null ? "NULL" : defaultValue(value));
    }

    /** The new type alone. */
    @Override
    protected String alterTypeClause(AlterColumnOp op) {
        return type(op.type());
    }

    /** {@code ''}, which drops the comment, for none. */
    @Override
    protected String commentLiteral(String comment) {
        return comment == null ? "''" : literal(comment);
    }

    // ---------------------------------------------------------------- literals

    /** {@code 1} or {@code 0}. */
    @Override
    protected String booleanLiteral(boolean value) {
        return value ? "1" : "0";
    }

    /** {@code HEXTORAW('…')}. */
    @Override
    protected String binaryLiteral(String hex) {
        return "HEXTORAW('" + hex + "')";
    }

    /** The UUID's sixteen bytes, for a {@code RAW(16)} column. */
    @Override
    protected String uuidLiteral(UUID value) {
        HexFormat hex = HexFormat.of();
        return binaryLiteral(hex.toHexDigits(value.getMostSignificantBits())
                + hex.toHexDigits(value.getLeastSignificantBits()));
    }

    /**
     * {@code DATE '2024-05-01'}, {@code TIMESTAMP '2024-05-01 10:15:30.000000'} and
     * {@code TIMESTAMP '2024-05-01 10:15:30.000000 +02:00'}, which do not depend on the session's date formats;
     * times of day quoted.
     */
    @Override
    protected String temporalLiteral(Object value, String text) {
        if (value instanceof LocalDate) {
            return "DATE " + stringLiteral(text);
        }
        if (value instanceof LocalDateTime) {
            return "TIMESTAMP " + stringLiteral(text);
        }
        if (value instanceof OffsetDateTime dateTime) {
            return "TIMESTAMP " + stringLiteral(TIMESTAMP.format(dateTime) + " "
                    + dateTime.getOffset().getId().replace("Z", "+00:00"));
        }
        return super.temporalLiteral(value, text);
    }
}
