package dev.migrate.ddl;

/**
 * Which schemas and schema objects reflection reads, decided from their names alone before anything else about them
 * is read (Alembic's {@code include_name}).
 */
@FunctionalInterface
public interface NameFilter {

    /** The kinds of object a name can belong to. */
    enum Kind {
        SCHEMA, TABLE, SEQUENCE, ENUM_TYPE
    }

    /** Every name. */
    NameFilter ALL = (name, kind, schema) -> true;

    /**
     * Whether the object called {@code name} of {@code kind} is read.
     *
     * @param schema the schema it belongs to; for a schema, its own name
     */
    boolean include(String name, Kind kind, String schema);
}
