package dev.migrate.autoconfigure.testcontainers;

import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;
import org.testcontainers.containers.JdbcDatabaseContainer;

import dev.migrate.autoconfigure.MigrateConnectionDetails;

/**
 * Creates {@link MigrateConnectionDetails} for a {@code @ServiceConnection} {@link JdbcDatabaseContainer}, so that
 * Migrate migrates the container's database with connections of its own, as Boot does for Flyway and Liquibase.
 * Registered in {@code META-INF/spring.factories}.
 */
class MigrateContainerConnectionDetailsFactory
        extends ContainerConnectionDetailsFactory<JdbcDatabaseContainer<?>, MigrateConnectionDetails> {

    @Override
    protected MigrateConnectionDetails getContainerConnectionDetails(
            ContainerConnectionSource<JdbcDatabaseContainer<?>> source) {
        return new MigrateContainerConnectionDetails(source);
    }

    /** {@link MigrateConnectionDetails} read from the container once it has started. */
    private static final class MigrateContainerConnectionDetails
            extends ContainerConnectionDetails<JdbcDatabaseContainer<?>> implements MigrateConnectionDetails {

        private MigrateContainerConnectionDetails(ContainerConnectionSource<JdbcDatabaseContainer<?>> source) {
            super(source);
        }

        @Override
        public String getUsername() {
            return getContainer().getUsername();
        }

        @Override
        public String getPassword() {
            return getContainer().getPassword();
        }

        @Override
        public String getJdbcUrl() {
            return getContainer().getJdbcUrl();
        }

        @Override
        public String getDriverClassName() {
            return getContainer().getDriverClassName();
        }
    }
}
