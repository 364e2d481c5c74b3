package dev.migrate.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An index that is not the backing index of a primary key or unique constraint.
 *
 * @param name     the index's name
 * @param elements its keys, in order
 * @param unique   whether it is a unique index
 * @param where    the predicate of a partial index, as the database returns it, or {@code null}
 * @param include  the non-key columns it carries ({@code INCLUDE (…)})
 */
public record Index(String name, List<IndexElement> elements, boolean unique, String where, List<String> include)
        implements TableElement {

    public Index {
        Objects.requireNonNull(name, "name");
        elements = List.copyOf(elements);
        include = List.copyOf(include);
    }

    /** A plain index on {@code columns}, ascending. */
    public static Index on(String name, boolean unique, String... columns) {
        return new Index(name, Arrays.stream(columns).map(IndexElement::column).toList(), unique, null,
                List.of());
    }
}
