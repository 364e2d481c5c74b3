package dev.migrate.schema;

import java.util.Objects;

/**
 * A column's server default.
 *
 * @param raw        the expression exactly as the database returns it ({@code 'a'::character varying},
 *                   {@code current_timestamp()}, {@code ('x')}, …)
 * @param normalized the same expression with the database's decorations taken off (casts of literals, outer
 *                   parentheses, quotes around numbers), so that defaults written differently but meaning the same
 *                   compare equal
 */
public record ServerDefault(String raw, String normalized) {

    public ServerDefault {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(normalized, "normalized");
    }
}
