package dev.migrate.ddl;

/**
 * A table's schema and name, as catalog rows give them.
 *
 * @param schema the table's schema
 * @param name   its name
 */
public record TableName(String schema, String name) {
}
