package dev.migrate.schema;

import java.util.List;

/**
 * A {@code UNIQUE} constraint (the index a database creates to back it is not reported separately).
 *
 * @param name             the constraint's name, or {@code null} where the database keeps none
 * @param columns          its columns, in order
 * @param nullsNotDistinct whether {@code NULL}s count as equal (PostgreSQL {@code NULLS NOT DISTINCT})
 */
public record UniqueConstraint(String name, List<String> columns, boolean nullsNotDistinct)
        implements TableElement {

    public UniqueConstraint {
        columns = List.copyOf(columns);
    }
}
