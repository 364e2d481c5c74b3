package dev.migrate.schema;

import java.util.Objects;

/**
 * A generated column's expression.
 *
 * @param expression the expression as the database returns it
 * @param stored     whether the value is stored (otherwise computed when read)
 */
public record Computed(String expression, boolean stored) {

    public Computed {
        Objects.requireNonNull(expression, "expression");
    }
}
