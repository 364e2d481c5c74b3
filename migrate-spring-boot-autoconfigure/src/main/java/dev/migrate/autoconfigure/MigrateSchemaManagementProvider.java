package dev.migrate.autoconfigure;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells Boot that Migrate manages the schema of the DataSources it migrates, so Hibernate does not default to
 * {@code create-drop} on an embedded database whose schema comes from revisions.
 */
class MigrateSchemaManagementProvider implements SchemaManagementProvider {

    private final ObjectProvider<MigrateInitializer> initializers;

    MigrateSchemaManagementProvider(ObjectProvider<MigrateInitializer> initializers) {
        this.initializers = initializers;
    }

    @Override
    public SchemaManagement getSchemaManagement(DataSource dataSource) {
        return initializers.stream().anyMatch(initializer -> initializer.getDataSource().equals(dataSource))
                ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
    }
}
