package dev.migrate.autoconfigure.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.migrate.autoconfigure.H2Databases;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.actuate.MigrateHealthIndicator.DatabaseHealth;

class MigrateHealthIndicatorTest {

    @RegisterExtension
    final H2Databases databases = new H2Databases();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
                MigrateHealthContributorAutoConfiguration.class));

    @Test
    void upWhenTheDatabaseIsAtTheHeads() {
        runner.run(context -> {
            Health health = health(context);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsOnlyKeys("migrateInitializer");
            assertThat(health.getDetails().get("migrateInitializer")).isEqualTo(new DatabaseHealth(
                    List.of("1b2c3d4e5f6a"), List.of("1b2c3d4e5f6a"), 0, null));
        });
    }

    @Test
    void downWhenBehindWithTheStartupUpgradeOff() {
        runner.withPropertyValues("spring.migrate.upgrade-on-startup=false").run(context -> {
            Health health = health(context);
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(((DatabaseHealth) health.getDetails().get("migrateInitializer")).pendingRevisions())
                .isEqualTo(2);
        });
    }

    @Test
    void outOfServiceWhenBehindAlthoughTheStartupUpgradeIsOn() {
        runner.withPropertyValues("spring.migrate.target=0a1b2c3d4e5f")
            .run(context -> assertThat(health(context).getStatus()).isEqualTo(Status.OUT_OF_SERVICE));
    }

    @Test
    void downWhenTheDatabaseIsAtAnUnknownRevision() {
        DataSource dataSource = databases.newDataSourceAt("ffffffffffff");
        runner.withBean(DataSource.class, () -> dataSource)
            .withPropertyValues("spring.migrate.on-unknown-revision=warn")
            .run(context -> {
                Health health = health(context);
                assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                DatabaseHealth database = (DatabaseHealth) health.getDetails().get("migrateInitializer");
                assertThat(database.currentHeads()).containsExactly("ffffffffffff");
                assertThat(database.error()).contains("ffffffffffff");
            });
    }

    @Test
    void downWhenTheDatabaseCannotBeReached() {
        DataSource missing = H2Databases.dataSource("jdbc:h2:mem:missing;IFEXISTS=TRUE");
        runner.withBean(DataSource.class, () -> missing)
            .withPropertyValues("spring.migrate.upgrade-on-startup=false")
            .run(context -> {
                Health health = health(context);
                assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                assertThat(health.getDetails()).containsKey("error");
            });
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

    private static Health health(AssertableApplicationContext context) {
        assertThat(context).hasNotFailed();
        return context.getBean(MigrateHealthIndicator.class).health();
    }
}
