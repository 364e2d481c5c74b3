package dev.migrate.ddl;

import java.util.Objects;

/**
 * A table's schema and name, as catalog rows give them.
 *
 * @param schema the table's schema
 * @param name   its name
 */
public record TableName(String schema, String name) {

    // equals and hashCode are written out because the generated ones bootstrap java.lang.runtime.ObjectMethods on
    // first use, tens of milliseconds in a fresh JVM, and an inspection looks up thousands of catalog rows by name

    @Override
    public boolean equals(Object other) {
        return other instanceof TableName that && Objects.equals(schema, that.schema)
                && Objects.equals(name, that.name);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(schema) + Objects.hashCode(name);
    }
}
