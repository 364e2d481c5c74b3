package dev.migrate.ddl;

import java.sql.Connection;
import java.util.List;

import dev.migrate.schema.Schema;

/**
 * Reads a live database's schemas into the neutral model (one per dialect, from {@link DdlImpl#inspector()}). It
 * lives with the dialects rather than in {@code dev.migrate.schema} because it works on JDBC connections and
 * catalog SQL, which the model must not know. An inspector runs a constant number of catalog queries per
 * inspection, however many tables the schemas hold.
 */
public interface Inspector {

    /**
     * The schemas {@code scope} names (the connection's default schema when it names none), in its order, each
     * holding what the scope's filter includes.
     *
     * @throws dev.migrate.MigrateException naming the schema when the catalog cannot be read or a schema does
     *                                      not exist
     */
    List<Schema> inspect(Connection connection, InspectionScope scope);
}
