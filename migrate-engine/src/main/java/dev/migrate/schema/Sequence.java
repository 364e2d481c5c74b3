package dev.migrate.schema;

import java.util.Objects;

/**
 * A free-standing sequence (not the one behind an identity or {@code SERIAL} column).
 *
 * @param schema        its schema
 * @param name          its name
 * @param start         the first value
 * @param increment     the step between values
 * @param minValue      the smallest value
 * @param maxValue      the largest value
 * @param cycle         whether the values wrap around after the last one
 * @param cache         how many values are allocated at once
 * @param ownedByTable  the table of the column that owns it (dropping the column drops it), or {@code null}
 * @param ownedByColumn that column, or {@code null}
 */
public record Sequence(String schema, String name, long start, long increment, long minValue, long maxValue,
        boolean cycle, long cache, String ownedByTable, String ownedByColumn) {

    public Sequence {
        Objects.requireNonNull(name, "name");
    }
}
