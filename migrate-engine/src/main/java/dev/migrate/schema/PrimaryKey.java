package dev.migrate.schema;

import java.util.List;

/**
 * A table's primary key.
 *
 * @param name    the constraint's name, or {@code null} where the database keeps none (SQLite)
 * @param columns its columns, in key order
 */
public record PrimaryKey(String name, List<String> columns) implements TableElement {

    public PrimaryKey {
        columns = List.copyOf(columns);
    }
}
