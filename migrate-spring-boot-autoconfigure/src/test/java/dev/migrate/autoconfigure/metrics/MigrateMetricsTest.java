package dev.migrate.autoconfigure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateStrategy;

class MigrateMetricsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
                MigrateMetricsAutoConfiguration.class));

    @Test
    void countsTheRevisionsRunAtStartupAndTimesThem() {
        runner.run(context -> {
            SimpleMeterRegistry registry = bound(context);
            assertThat(registry.get("migrate.startup.revisions").tag("initializer", "migrateInitializer").gauge()
                .value()).isEqualTo(2);
            assertThat(registry.get("migrate.startup.time").tag("initializer", "migrateInitializer").timeGauge()
                .value(TimeUnit.MILLISECONDS)).isNotNaN().isGreaterThanOrEqualTo(0);
        });
    }

    @Test
    void countsOnlyTheRevisionsUpToTheTarget() {
        runner.withPropertyValues("spring.migrate.target=0a1b2c3d4e5f").run(context -> assertThat(bound(context)
            .get("migrate.startup.revisions").gauge().value()).isEqualTo(1));
    }

    @Test
    void aStampRunsNoRevision() {
        runner.withBean(MigrateStrategy.class, () -> commands -> commands.stamp(List.of("heads"), false))
            .run(context -> assertThat(bound(context).get("migrate.startup.revisions").gauge().value()).isZero());
    }

    @Test
    void isAbsentWhenMigrateIsDisabled() {
        runner.withPropertyValues("spring.migrate.enabled=false")
            .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrateMetrics.class));
    }

    private static SimpleMeterRegistry bound(AssertableApplicationContext context) {
        assertThat(context).hasNotFailed().hasSingleBean(MigrateMetrics.class);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        context.getBean(MigrateMetrics.class).bindTo(registry);
        return registry;
    }
}
