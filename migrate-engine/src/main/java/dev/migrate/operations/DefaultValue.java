package dev.migrate.operations;

import java.util.Objects;

/**
 * A column's server default as a migration declares it: a literal value, which each dialect quotes safely, or an SQL
 * expression, written as given.
 */
public sealed interface DefaultValue {

    /** A literal: a string, number or boolean; the dialect renders it as an SQL literal. */
    static DefaultValue literal(Object value) {
        return new Literal(value);
    }

    /** An SQL expression such as {@code CURRENT_TIMESTAMP} or {@code gen_random_uuid()}, written as given. */
    static DefaultValue expression(String sql) {
        return new Expression(sql);
    }

    /** @param value a string, number or boolean */
    record Literal(Object value) implements DefaultValue {

        public Literal {
            Objects.requireNonNull(value, "value");
            if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw new IllegalArgumentException("A literal default is a string, number or boolean, not "
                        + value.getClass().getName() + "; write other values as an expression");
            }
        }
    }

    /** @param sql the expression */
    record Expression(String sql) implements DefaultValue {

        public Expression {
            Objects.requireNonNull(sql, "sql");
        }
    }
}
