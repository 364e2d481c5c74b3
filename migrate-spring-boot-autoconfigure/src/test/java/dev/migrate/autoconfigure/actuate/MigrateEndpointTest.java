package dev.migrate.autoconfigure.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.actuate.MigrationStatus.PendingRevision;

class MigrateEndpointTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
                MigrateEndpointAutoConfiguration.class))
        .withPropertyValues("management.endpoints.web.exposure.include=migrate");

    @Test
    void showsADatabaseAtTheHeads() {
        runner.run(context -> {
            MigrationStatus database = database(context);
            assertThat(database.current()).containsExactly("1b2c3d4e5f6a");
            assertThat(database.heads()).containsExactly("1b2c3d4e5f6a");
            assertThat(database.pending()).isEmpty();
            assertThat(database.error()).isNull();
            assertThat(database.upToDate()).isTrue();
        });
    }

    @Test
    void listsThePendingRevisionsInOrder() {
        runner.withPropertyValues("spring.migrate.target=0a1b2c3d4e5f")
            .run(context -> {
                MigrationStatus database = database(context);
                assertThat(database.current()).containsExactly("0a1b2c3d4e5f");
                assertThat(database.pending()).containsExactly(new PendingRevision("1b2c3d4e5f6a", "create invoice"));
                assertThat(database.upToDate()).isFalse();
            });
    }

    @Test
    void reportsARevisionTheApplicationDoesNotKnow() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        DataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE migrate_version (version_num VARCHAR(255) NOT NULL PRIMARY KEY)");
        jdbc.update("INSERT INTO migrate_version (version_num) VALUES ('ffffffffffff')");
        try {
            runner.withBean(DataSource.class, () -> dataSource)
                .withPropertyValues("spring.migrate.on-unknown-revision=warn")
                .run(context -> {
                    MigrationStatus database = database(context);
                    assertThat(database.current()).containsExactly("ffffffffffff");
                    assertThat(database.pending()).isEmpty();
                    assertThat(database.error()).contains("ffffffffffff");
                });
        }
        finally {
            jdbc.execute("SHUTDOWN");
        }
    }

    @Test
    void isAbsentUnlessExposed() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    MigrateAutoConfiguration.class, MigrateEndpointAutoConfiguration.class))
            .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrateEndpoint.class));
    }

    @Test
    void isAbsentWhenMigrateIsDisabled() {
        runner.withPropertyValues("spring.migrate.enabled=false")
            .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrateEndpoint.class));
    }

    private static MigrationStatus database(AssertableApplicationContext context) {
        assertThat(context).hasNotFailed().hasSingleBean(MigrateEndpoint.class);
        return context.getBean(MigrateEndpoint.class).migrations().contexts().get(context.getId()).migrations()
            .get("migrateInitializer");
    }
}
