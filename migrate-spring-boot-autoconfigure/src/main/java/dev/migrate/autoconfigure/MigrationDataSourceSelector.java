package dev.migrate.autoconfigure;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import dev.migrate.MigrateException;

/**
 * Chooses the DataSource Migrate upgrades, in Boot's order: a {@link MigrateDataSource} bean; else a private one
 * from {@code spring.migrate.url} (missing credentials taken from {@code spring.datasource.*}); else the
 * application's DataSource, with {@code spring.migrate.user} and {@code password} when they are set.
 */
final class MigrationDataSourceSelector {

    private final MigrateProperties properties;
    private final DataSourceProperties dataSourceProperties;

    MigrationDataSourceSelector(MigrateProperties properties, DataSourceProperties dataSourceProperties) {
        this.properties = properties;
        this.dataSourceProperties = dataSourceProperties;
    }

    /**
     * The DataSource to migrate, given the {@link MigrateDataSource} bean and the application's unique DataSource,
     * either of which may be {@code null}.
     */
    DataSource select(DataSource qualified, DataSource unique) {
        if (qualified != null) {
            return qualified;
        }
        if (properties.getUrl() != null) {
            return DataSourceBuilder.create()
                .type(SimpleDriverDataSource.class)
                .url(properties.getUrl())
                .username(properties.getUser() != null ? properties.getUser() : fallbackUser())
                .password(properties.getPassword() != null ? properties.getPassword() : fallbackPassword())
                .driverClassName(driverClassName())
                .build();
        }
        if (unique == null) {
            throw new MigrateException("Migrate found no single DataSource to migrate: mark one DataSource bean "
                    + "@Primary or @MigrateDataSource, or set spring.migrate.url");
        }
        if (properties.getUser() != null) {
            return DataSourceBuilder.derivedFrom(unique)
                .type(SimpleDriverDataSource.class)
                .username(properties.getUser())
                .password(properties.getPassword())
                .build();
        }
        return unique;
    }

    private String driverClassName() {
        if (properties.getDriverClassName() != null) {
            return properties.getDriverClassName();
        }
        String derived = DatabaseDriver.fromJdbcUrl(properties.getUrl()).getDriverClassName();
        if (derived == null) {
            throw new MigrateException("Cannot tell the JDBC driver of spring.migrate.url '" + properties.getUrl()
                    + "'; set spring.migrate.driver-class-name");
        }
        return derived;
    }

    private String fallbackUser() {
        return dataSourceProperties != null ? dataSourceProperties.getUsername() : null;
    }

    private String fallbackPassword() {
        return dataSourceProperties != null ? dataSourceProperties.getPassword() : null;
    }
}
