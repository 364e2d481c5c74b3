package dev.migrate.schema;

import java.util.List;
import java.util.Objects;

/**
 * A named enum type (PostgreSQL {@code CREATE TYPE … AS ENUM}).
 *
 * @param schema its schema
 * @param name   its name
 * @param values its labels, in their sort order
 */
public record EnumType(String schema, String name, List<String> values) {

    public EnumType {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }
}
