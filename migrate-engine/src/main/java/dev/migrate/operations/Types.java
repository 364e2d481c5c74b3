package dev.migrate.operations;

import dev.migrate.MigrateException;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.SqlType.Kind;

/**
 * The column types a migration writes with. The portable ones are rendered natively by each dialect
 * ({@link #BOOLEAN} is {@code BOOLEAN} on PostgreSQL and {@code TINYINT(1)} on MySQL, {@link #JSON} is {@code JSONB}
 * on PostgreSQL); {@link #named(String)} is a database's own type, written as given.
 */
public final class Types {

    public static final SqlType INTEGER = SqlType.of(Kind.INTEGER, "INTEGER");
    public static final SqlType BIGINT = SqlType.of(Kind.BIGINT, "BIGINT");
    public static final SqlType SMALLINT = SqlType.of(Kind.SMALLINT, "SMALLINT");
    public static final SqlType BOOLEAN = SqlType.of(Kind.BOOLEAN, "BOOLEAN");
    /** Character data without a declared length ({@code TEXT}, {@code CLOB}). */
    public static final SqlType TEXT = SqlType.of(Kind.TEXT, "TEXT");
    /** A single-precision floating-point number. */
    public static final SqlType REAL = SqlType.of(Kind.REAL, "REAL");
    /** A double-precision floating-point number. */
    public static final SqlType DOUBLE = SqlType.of(Kind.DOUBLE, "DOUBLE PRECISION");
    public static final SqlType DATE = SqlType.of(Kind.DATE, "DATE");
    public static final SqlType TIME = SqlType.of(Kind.TIME, "TIME");
    /** A date and time without a time zone. */
    public static final SqlType TIMESTAMP = SqlType.of(Kind.TIMESTAMP, "TIMESTAMP");
    /** A date and time that keeps its time zone, or is normalised to UTC where the database has no such type. */
    public static final SqlType TIMESTAMP_WITH_TIME_ZONE = TIMESTAMP.zoned();
    public static final SqlType UUID = SqlType.of(Kind.UUID, "UUID");
    /** Binary data without a declared length ({@code BLOB}, {@code BYTEA}). */
    public static final SqlType BLOB = SqlType.of(Kind.BLOB, "BLOB");
    public static final SqlType JSON = SqlType.of(Kind.JSON, "JSON");

    private Types() {
    }

    /** Character data of at most {@code length} characters. */
    public static SqlType varchar(int length) {
        return SqlType.of(Kind.VARCHAR, "VARCHAR").withLength(positive("varchar", length));
    }

    /** Character data of exactly {@code length} characters, padded. */
    public static SqlType character(int length) {
        return SqlType.of(Kind.CHAR, "CHAR").withLength(positive("character", length));
    }

    /** An exact decimal number of {@code precision} digits, {@code scale} of them after the point. */
    public static SqlType numeric(int precision, int scale) {
        positive("numeric", precision);
        if (scale < 0 || scale > precision) {
            throw new MigrateException("numeric(" + precision + ", " + scale + "): the scale must be between 0 and "
                    + "the precision");
        }
        return SqlType.of(Kind.NUMERIC, "NUMERIC").withPrecision(precision, scale);
    }

    /** A time of day with {@code precision} fractional-second digits. */
    public static SqlType time(int precision) {
        return TIME.withPrecision(fractionalSeconds("time", precision), null);
    }

    /** A date and time with {@code precision} fractional-second digits, without a time zone. */
    public static SqlType timestamp(int precision) {
        return TIMESTAMP.withPrecision(fractionalSeconds("timestamp", precision), null);
    }

    /** A date and time with {@code precision} fractional-second digits that keeps its time zone. */
    public static SqlType timestampWithTimeZone(int precision) {
        return TIMESTAMP_WITH_TIME_ZONE.withPrecision(fractionalSeconds("timestampWithTimeZone", precision), null);
    }

    /** Binary data of exactly {@code length} bytes. */
    public static SqlType binary(int length) {
        return SqlType.of(Kind.BINARY, "BINARY").withLength(positive("binary", length));
    }

    /** Binary data of at most {@code length} bytes. */
    public static SqlType varbinary(int length) {
        return SqlType.of(Kind.VARBINARY, "VARBINARY").withLength(positive("varbinary", length));
    }

    /**
     * A database's own type, written into the DDL exactly as given ({@code "jsonb"}, {@code "inet"},
     * {@code "MEDIUMTEXT"}, {@code "ENUM('a','b')"}). Only type syntax is accepted: letters, digits, spaces, and
     * parentheses, commas, quotes, dots, brackets and underscores, with quotes closed, parentheses balanced and commas
     * only inside parentheses.
     */
    public static SqlType named(String databaseType) {
        if (databaseType == null || !databaseType.matches("[A-Za-z][A-Za-z0-9_ ,.()'\\[\\]]*")
                || databaseType.contains("--") || !balanced(databaseType)) {
            throw new MigrateException("'" + databaseType + "' is not a type name; write the database's type as it "
                    + "appears in DDL, such as jsonb or VARCHAR(20) CHARACTER SET latin1");
        }
        return SqlType.of(Kind.OTHER, databaseType);
    }

    /**
     * Whether {@code type}'s quotes are closed and its parentheses balanced, with commas only inside parentheses, so
     * that it cannot end the column definition it is written into.
     */
    private static boolean balanced(String type) {
        boolean quoted = false;
        int depth = 0;
        for (char c : type.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            else if (!quoted && c == '(') {
                depth++;
            }
            else if (!quoted && (c == ')' && --depth < 0 || c == ',' && depth == 0)) {
                return false;
            }
        }
        return !quoted && depth == 0;
    }

    private static int positive(String type, int size) {
        if (size < 1) {
            throw new MigrateException(type + "(" + size + "): the size must be at least 1");
        }
        return size;
    }

    private static int fractionalSeconds(String type, int precision) {
        if (precision < 0 || precision > 9) {
            throw new MigrateException(type + "(" + precision + "): the fractional-second precision must be between "
                    + "0 and 9");
        }
        return precision;
    }
}
