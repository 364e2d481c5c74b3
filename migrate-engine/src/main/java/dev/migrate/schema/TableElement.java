package dev.migrate.schema;

/**
 * A part of a table definition: a column, or a constraint or index declared with the table. The operations API's
 * {@code createTable} takes any mix of them.
 */
public interface TableElement {
}
