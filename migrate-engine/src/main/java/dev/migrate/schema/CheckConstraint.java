package dev.migrate.schema;

import java.util.Objects;

/**
 * A {@code CHECK} constraint.
 *
 * @param name       the constraint's name, or {@code null} where the database keeps none
 * @param expression the condition as the database returns it
 */
public record CheckConstraint(String name, String expression) implements TableElement {

    public CheckConstraint {
        Objects.requireNonNull(expression, "expression");
    }
}
