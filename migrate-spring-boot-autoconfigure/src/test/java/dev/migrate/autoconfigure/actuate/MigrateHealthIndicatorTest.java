package dev.migrate.autoconfigure.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;

class MigrateHealthIndicatorTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
                MigrateHealthContributorAutoConfiguration.class));

    @Test
    void upWhenTheDatabaseIsAtTheHeads() {
        runner.run(context -> {
            Health health = context.getBean(MigrateHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsOnlyKeys("migrateInitializer");
            MigrationStatus status = (MigrationStatus) health.getDetails().get("migrateInitializer");
            assertThat(status.current()).containsExactly("1b2c3d4e5f6a");
        });
    }

    @Test
    void outOfServiceWhenRevisionsArePending() {
        runner.withPropertyValues("spring.migrate.target=0a1b2c3d4e5f").run(context -> assertThat(
                context.getBean(MigrateHealthIndicator.class).health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE));
    }

    @Test
    void downWhenTheDatabaseIsAtAnUnknownRevision() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        DataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE migrate_version (version_num VARCHAR(255) NOT NULL PRIMARY KEY)");
        jdbc.update("INSERT INTO migrate_version (version_num) VALUES ('ffffffffffff')");
        try {
            runner.withBean(DataSource.class, () -> dataSource)
                .withPropertyValues("spring.migrate.on-unknown-revision=warn")
                .run(context -> {
                    Health health = context.getBean(MigrateHealthIndicator.class).health();
                    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(((MigrationStatus) health.getDetails().get("migrateInitializer")).error())
                        .contains("ffffffffffff");
                });
        }
        finally {
            jdbc.execute("SHUTDOWN");
        }
    }

    @Test
    void canBeSwitchedOff() {
        runner.withPropertyValues("management.health.migrate.enabled=false")
            .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrateHealthIndicator.class));
    }

    @Test
    void isAbsentWhenMigrateIsDisabled() {
        runner.withPropertyValues("spring.migrate.enabled=false")
            .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrateHealthIndicator.class));
    }
}
