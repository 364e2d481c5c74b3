package dev.migrate.schema;

/**
 * An identity column's generation: {@code GENERATED ALWAYS} or {@code BY DEFAULT}, and the options of the sequence
 * behind it. Options the database does not report are {@code null}.
 *
 * @param always    whether values are {@code GENERATED ALWAYS} (otherwise {@code BY DEFAULT})
 * @param start     the first value
 * @param increment the step between values
 * @param minValue  the smallest value
 * @param maxValue  the largest value
 * @param cycle     whether the values wrap around after the last one
 * @param cache     how many values are allocated at once
 */
public record Identity(boolean always, Long start, Long increment, Long minValue, Long maxValue, boolean cycle,
        Long cache) {
}
