package dev.migrate.autoconfigure;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import dev.migrate.MigrateException;

/**
 * Chooses the DataSource Migrate upgrades, in Boot's order: a {@link MigrateDataSource} bean; else a private one to
 * the {@link MigrateConnectionDetails}' URL (missing credentials taken from {@code spring.datasource.*}); else the
 * application's DataSource, as the connection details' user when they name one.
 */
final class MigrationDataSourceSelector {

    private final MigrateConnectionDetails connectionDetails;
    private final DataSourceProperties dataSourceProperties;

    MigrationDataSourceSelector(MigrateConnectionDetails connectionDetails, DataSourceProperties dataSourceProperties) {
        this.connectionDetails = connectionDetails;
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
        String url = connectionDetails.getJdbcUrl();
        if (url != null) {
            String user = connectionDetails.getUsername();
            String password = connectionDetails.getPassword();
            return DataSourceBuilder.create()
                .type(SimpleDriverDataSource.class)
                .url(url)
                .username(user != null ? user : fallbackUser())
                .password(password != null ? password : fallbackPassword())
                .driverClassName(driverClassName(url))
                .build();
        }
        if (unique == null) {
            throw new MigrateException("Migrate found no single DataSource to migrate: mark one DataSource bean "
                    + "@Primary or @MigrateDataSource, or set spring.migrate.url");
        }
        if (connectionDetails.getUsername() != null) {
            return DataSourceBuilder.derivedFrom(unique)
                .type(SimpleDriverDataSource.class)
                .username(connectionDetails.getUsername())
                .password(connectionDetails.getPassword())
                .build();
        }
        return unique;
    }

    private String driverClassName(String url) {
        String driverClassName = connectionDetails.getDriverClassName();
        if (driverClassName == null) {
            throw new MigrateException("Cannot tell the JDBC driver of spring.migrate.url '" + url
                    + "'; set spring.migrate.driver-class-name");
        }
        return driverClassName;
    }

    private String fallbackUser() {
        return dataSourceProperties != null ? dataSourceProperties.getUsername() : null;
    }

    private String fallbackPassword() {
        return dataSourceProperties != null ? dataSourceProperties.getPassword() : null;
    }
}
