package dev.migrate.schema;

import java.util.List;
import java.util.Objects;

/**
 * A column's type: a portable {@link Kind} with its size and options, and the database's own spelling of it. Fields
 * that do not apply to the kind are {@code null} (sizes) or {@code false} (flags).
 *
 * @param kind         the portable kind
 * @param length       the length of character and binary types, if declared
 * @param precision    the precision of numeric types, or the fractional-second precision of times and timestamps
 * @param scale        the scale of numeric types
 * @param withTimeZone whether a time or timestamp keeps its time zone
 * @param array        whether the column holds an array of this type
 * @param databaseType the type as the database spells it ({@code character varying(20)}, {@code jsonb}, the name of
 *                     a PostgreSQL enum type, …)
 * @param enumValues   the values of an {@link Kind#ENUM} declared with the column (MySQL); empty otherwise
 */
public record SqlType(Kind kind, Integer length, Integer precision, Integer scale, boolean withTimeZone,
        boolean array, String databaseType, List<String> enumValues) {

    /** The portable kinds of column type. */
    public enum Kind {
        INTEGER, BIGINT, SMALLINT, BOOLEAN, VARCHAR, CHAR, TEXT, NUMERIC, REAL, DOUBLE, DATE, TIME, TIMESTAMP, UUID,
        BINARY, VARBINARY, BLOB, JSON, ENUM, OTHER
    }

    public SqlType {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(databaseType, "databaseType");
        enumValues = List.copyOf(enumValues);
    }

    /** A type of {@code kind} without size or options, spelled {@code databaseType}. */
    public static SqlType of(Kind kind, String databaseType) {
        return new SqlType(kind, null, null, null, false, false, databaseType, List.of());
    }

    /** This type with {@code length}. */
    public SqlType withLength(Integer length) {
        return new SqlType(kind, length, precision, scale, withTimeZone, array, databaseType, enumValues);
    }

    /** This type with {@code precision} and {@code scale}. */
    public SqlType withPrecision(Integer precision, Integer scale) {
        return new SqlType(kind, length, precision, scale, withTimeZone, array, databaseType, enumValues);
    }

    /** This type keeping its time zone. */
    public SqlType zoned() {
        return new SqlType(kind, length, precision, scale, true, array, databaseType, enumValues);
    }

    /** An array of this type. */
    public SqlType asArray() {
        return new SqlType(kind, length, precision, scale, withTimeZone, true, databaseType, enumValues);
    }

    /** This type with the enum {@code values} declared with the column. */
    public SqlType withEnumValues(List<String> values) {
        return new SqlType(kind, length, precision, scale, withTimeZone, array, databaseType, values);
    }
}
