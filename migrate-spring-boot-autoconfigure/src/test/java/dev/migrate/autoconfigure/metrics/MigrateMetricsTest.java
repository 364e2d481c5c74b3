package dev.migrate.autoconfigure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateInitializer;
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
    void thePendingGaugeReadsTheDatabaseEachTime() {
        runner.withPropertyValues("spring.migrate.upgrade-on-startup=false").run(context -> {
            SimpleMeterRegistry registry = bound(context);
            assertThat(registry.get("migrate.revisions.pending").tag("initializer", "migrateInitializer").gauge()
                .value()).isEqualTo(2);
            context.getBean(MigrateInitializer.class).getCommands().upgrade("+1");
            assertThat(registry.get("migrate.revisions.pending").gauge().value()).isEqualTo(1);
        });
    }

    @Test
    void timesEachRevisionWithItsDirectionAndOutcome() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        runner.withBean(MeterRegistry.class, () -> registry)
            .withBean(MigrateStrategy.class, () -> commands -> {
                commands.upgrade("heads");
                commands.downgrade("-1");
            })
            .run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(revisionTimer(registry, "0a1b2c3d4e5f", "upgrade", "success").count()).isOne();
                assertThat(revisionTimer(registry, "1b2c3d4e5f6a", "upgrade", "success").count()).isOne();
                Timer downgrade = revisionTimer(registry, "1b2c3d4e5f6a", "downgrade", "success");
                assertThat(downgrade.count()).isOne();
                assertThat(downgrade.totalTime(TimeUnit.NANOSECONDS)).isPositive();
                assertThat(registry.find("migrate.revision").timers()).hasSize(3);
            });
    }

    @Test
    void aFailedRevisionIsTimedAsAFailure() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        runner.withBean(MeterRegistry.class, () -> registry)
            .withPropertyValues("spring.migrate.locations=dev.migrate.autoconfigure.failing")
            .run(context -> {
                assertThat(context).hasFailed();
                assertThat(revisionTimer(registry, "abcdef012345", "upgrade", "failure").count()).isOne();
            });
    }

    @Test
    void observesTheWholeRun() {
        RecordingHandler handler = new RecordingHandler();
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(handler);
        runner.withBean(ObservationRegistry.class, () -> observations).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(handler.stopped).singleElement().satisfies(run -> {
                assertThat(run.getName()).isEqualTo("migrate.run");
                assertThat(run.getContextualName()).isEqualTo("migrate migrateInitializer");
                assertThat(run.getLowCardinalityKeyValues()).contains(KeyValue.of("initializer",
                        "migrateInitializer"));
                assertThat(run.getError()).isNull();
            });
        });
    }

    @Test
    void aFailedRunIsAnObservationWithItsError() {
        RecordingHandler handler = new RecordingHandler();
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(handler);
        runner.withBean(ObservationRegistry.class, () -> observations)
            .withPropertyValues("spring.migrate.locations=dev.migrate.autoconfigure.failing")
            .run(context -> assertThat(handler.stopped).singleElement()
                .satisfies(run -> assertThat(run.getError()).hasMessageContaining("abcdef012345")));
    }

    @Test
    void isAbsentWhenMigrateIsDisabled() {
        runner.withPropertyValues("spring.migrate.enabled=false").run(context -> assertThat(context).hasNotFailed()
            .doesNotHaveBean(MigrateMetrics.class)
            .doesNotHaveBean(MigrateRunMetrics.class));
    }

    private static Timer revisionTimer(MeterRegistry registry, String revision, String direction, String outcome) {
        return registry.get("migrate.revision")
            .tag("initializer", "migrateInitializer")
            .tag("revision", revision)
            .tag("direction", direction)
            .tag("outcome", outcome)
            .timer();
    }

    private static SimpleMeterRegistry bound(AssertableApplicationContext context) {
        assertThat(context).hasNotFailed().hasSingleBean(MigrateMetrics.class);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        context.getBean(MigrateMetrics.class).bindTo(registry);
        return registry;
    }

    /** Keeps the observations that stopped. */
    private static final class RecordingHandler implements ObservationHandler<Observation.Context> {

        final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

        @Override
        public void onStop(Observation.Context context) {
            stopped.add(context);
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
            return true;
        }
    }
}
