package dev.migrate.ddl;

import java.util.List;
import java.util.Objects;

import dev.migrate.config.Config;

/**
 * What an {@link Inspector} reads: the default schema, some schemas or all of them (without the database's own
 * catalog schemas), the {@link NameFilter} applied before anything is read, and the version table, which is left
 * out of its schema.
 *
 * @param schemas            the schemas to read, in order; empty for the default schema (or all, see below)
 * @param allSchemas         whether to read every schema
 * @param filter             which schemas and objects to read
 * @param versionTable       the version table's name as given to the engine (an inspector matches it as the
 *                           database keeps it, upper case on H2), left out; {@code null} to leave nothing out
 * @param versionTableSchema the version table's schema, given the same way; {@code null} for the default schema
 */
public record InspectionScope(List<String> schemas, boolean allSchemas, NameFilter filter, String versionTable,
        String versionTableSchema) {

    public InspectionScope {
        schemas = List.copyOf(schemas);
        Objects.requireNonNull(filter, "filter");
        if (allSchemas && !schemas.isEmpty()) {
            throw new IllegalArgumentException("Name the schemas to read or read all of them, not both");
        }
    }

    /** The default schema, everything in it but the version table {@code migrate_version}. */
    public static InspectionScope defaultSchema() {
        return new InspectionScope(List.of(), false, NameFilter.ALL, Config.DEFAULT_VERSION_TABLE, null);
    }

    /** The schemas called {@code names}, in that order. */
    public static InspectionScope schemas(String... names) {
        return new InspectionScope(List.of(names), false, NameFilter.ALL, Config.DEFAULT_VERSION_TABLE, null);
    }

    /** Every schema but the database's catalog schemas. */
    public static InspectionScope all() {
        return new InspectionScope(List.of(), true, NameFilter.ALL, Config.DEFAULT_VERSION_TABLE, null);
    }

    /** This scope, reading only what {@code filter} includes. */
    public InspectionScope filter(NameFilter filter) {
        return new InspectionScope(schemas, allSchemas, filter, versionTable, versionTableSchema);
    }

    /** This scope, leaving out the version table {@code name} in {@code schema} (the default schema if null). */
    public InspectionScope versionTable(String schema, String name) {
        return new InspectionScope(schemas, allSchemas, filter, name, schema);
    }

    /** Whether {@code table} in {@code schema} is the version table, given the connection's default schema. */
    public boolean isVersionTable(String schema, String table, String defaultSchema) {
        return table.equals(versionTable)
                && schema.equals(versionTableSchema == null ? defaultSchema : versionTableSchema);
    }
}
