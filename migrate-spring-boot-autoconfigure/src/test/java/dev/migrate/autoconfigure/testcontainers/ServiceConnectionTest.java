package dev.migrate.autoconfigure.testcontainers;

import static dev.migrate.autoconfigure.H2Databases.versions;
import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import dev.migrate.autoconfigure.H2Databases;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateConnectionDetails;
import dev.migrate.autoconfigure.MigrateInitializer;

/**
 * A {@code @ServiceConnection} JDBC container gives Migrate connection details of its own, through
 * {@link MigrateContainerConnectionDetailsFactory} as {@code spring.factories} registers it, and Migrate migrates
 * the container's database over connections of its own rather than the application's pool.
 */
@SpringBootTest
class ServiceConnectionTest {

    @ServiceConnection
    static final EmbeddedH2Container database = new EmbeddedH2Container();

    @Autowired
    private MigrateConnectionDetails connectionDetails;

    @Autowired
    private MigrateInitializer initializer;

    @Autowired
    private DataSource applicationDataSource;

    @AfterAll
    static void dropDatabase() {
        new JdbcTemplate(H2Databases.dataSource(database.getJdbcUrl())).execute("SHUTDOWN");
    }

    @Test
    void migratesTheContainersDatabaseThroughItsConnectionDetails() {
        assertThat(connectionDetails.getClass().getName()).startsWith(
                MigrateContainerConnectionDetailsFactory.class.getName());
        assertThat(connectionDetails.getJdbcUrl()).isEqualTo(database.getJdbcUrl());
        assertThat(initializer.getDataSource()).isInstanceOfSatisfying(SimpleDriverDataSource.class,
                own -> assertThat(own.getUrl()).isEqualTo(database.getJdbcUrl()))
            .isNotSameAs(applicationDataSource);
        assertThat(versions(H2Databases.dataSource(database.getJdbcUrl()), "migrate_version"))
            .containsExactly("1b2c3d4e5f6a");
    }

    @SpringBootConfiguration
    @ImportAutoConfiguration({ DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class })
    static class Application {

    }
}
