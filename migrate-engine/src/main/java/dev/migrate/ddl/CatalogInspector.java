package dev.migrate.ddl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrate.MigrateException;
import dev.migrate.schema.Schema;

/**
 * What every catalog-reading {@link Inspector} shares: finding the default schema, checking that the schemas a
 * scope names exist, applying the scope's filter to schema names, and wording catalog errors.
 */
public abstract class CatalogInspector implements Inspector {

    private final DdlImpl dialect;

    protected CatalogInspector(DdlImpl dialect) {
        this.dialect = dialect;
    }

    @Override
    public final List<Schema> inspect(Connection connection, InspectionScope requested) {
        InspectionScope scope = requested.versionTable() == null ? requested : requested.versionTable(
                requested.versionTableSchema() == null ? null : dialect.catalogName(requested.versionTableSchema()),
                dialect.catalogName(requested.versionTable()));
        String defaultSchema;
        try {
            defaultSchema = dialect.currentSchema(connection);
        }
        catch (SQLException ex) {
            throw new MigrateException("Could not read the current schema: " + ex.getMessage(), ex);
        }
        List<String> wanted = scope.allSchemas() ? List.of()
                : scope.schemas().isEmpty() ? List.of(defaultSchema) : scope.schemas();
        try {
            Map<String, Object> found = schemas(connection, scope.allSchemas(), wanted);
            Map<String, Object> included = new LinkedHashMap<>();
            List<String> names = scope.allSchemas() ? new ArrayList<>(found.keySet()) : wanted;
            for (String name : names) {
                Object key = found.get(name);
                if (key == null) {
                    throw new MigrateException("Schema '" + name + "' does not exist; create it or leave it out "
                            + "of the schemas to inspect");
                }
                if (scope.filter().include(name, NameFilter.Kind.SCHEMA, name)) {
                    included.put(name, key);
                }
            }
            return included.isEmpty() ? List.of() : read(connection, scope, defaultSchema, included);
        }
        catch (SQLException ex) {
            throw new MigrateException("Could not read the schema" + (wanted.size() == 1 ? " '" + wanted.get(0) + "'"
                    : "s") + " from the database catalog: " + ex.getMessage(), ex);
        }
    }

    /**
     * The schemas whose names {@code sql} lists in its first column, kept when {@code all} or named in
     * {@code names}; each schema's key is its own name.
     */
    protected static Map<String, Object> schemasNamedBy(Connection connection, String sql, boolean all,
            List<String> names) throws SQLException {
        Map<String, Object> schemas = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String name = rows.getString(1);
                if (all || names.contains(name)) {
                    schemas.put(name, name);
                }
            }
        }
        return schemas;
    }

    /**
     * A statement of {@code sql} with its {@code %s} replaced by one {@code (?, ?)} pair per table and the tables'
     * schemas and names bound to them, for {@code (schema_column, table_column) IN (%s)}.
     */
    protected static PreparedStatement forTables(Connection connection, String sql, Collection<TableName> tables)
            throws SQLException {
        // replace, not format: String.format loads java.util.Formatter and the regex engine, slow in a fresh JVM
        PreparedStatement statement = connection.prepareStatement(sql.replace("%s",
                String.join(", ", Collections.nCopies(tables.size(), "(?, ?)"))));
        int parameter = 1;
        for (TableName table : tables) {
            statement.setString(parameter++, table.schema());
            statement.setString(parameter++, table.name());
        }
        return statement;
    }

    /**
     * A statement of {@code sql} with its {@code %s} replaced by one placeholder per name and the names bound, for
     * {@code column IN (%s)}.
     */
    protected static PreparedStatement forNames(Connection connection, String sql, Collection<String> names)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.replace("%s",
                String.join(", ", Collections.nCopies(names.size(), "?"))));
        int parameter = 1;
        for (String name : names) {
            statement.setString(parameter++, name);
        }
        return statement;
    }

    /**
     * The schemas that exist among {@code names}, or all schemas but the catalog's own when {@code all} is set: each
     * name with the key the catalog queries use for it (an oid, or the name itself), in the database's order.
     */
    protected abstract Map<String, Object> schemas(Connection connection, boolean all, List<String> names)
            throws SQLException;

    /**
     * Reads the {@code schemas} (name to key, in the order to return them), leaving out what the scope's filter
     * excludes and the version table.
     */
    protected abstract List<Schema> read(Connection connection, InspectionScope scope, String defaultSchema,
            Map<String, Object> schemas) throws SQLException;
}
