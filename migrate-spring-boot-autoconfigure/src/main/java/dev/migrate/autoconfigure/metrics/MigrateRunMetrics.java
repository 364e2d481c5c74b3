package dev.migrate.autoconfigure.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import dev.migrate.autoconfigure.MigrateInitializer;
import dev.migrate.autoconfigure.MigrateRunListener;

/**
 * Records the startup run as it happens: the {@code migrate.revision} timer for each revision's migration (tags
 * {@code initializer}, {@code revision}, {@code direction} {@code upgrade}/{@code downgrade}, {@code outcome}
 * {@code success}/{@code failure}), and a {@code migrate.run} observation around the whole run, so that traces show
 * it and the statements it sends. Without a meter or observation registry it records nothing.
 */
public class MigrateRunMetrics implements MigrateRunListener {

    /** The name of the observation around a startup run. */
    public static final String RUN_OBSERVATION = "migrate.run";

    /** The name of the timer of each revision's migration. */
    public static final String REVISION_TIMER = "migrate.revision";

    private final ObjectProvider<MeterRegistry> meterRegistry;
    private final ObjectProvider<ObservationRegistry> observationRegistry;
    private final Map<MigrateInitializer, Observation.Scope> runs = new ConcurrentHashMap<>();

    /** Records into the registries, looked up when a run starts (the registries need not exist before). */
    public MigrateRunMetrics(ObjectProvider<MeterRegistry> meterRegistry,
            ObjectProvider<ObservationRegistry> observationRegistry) {
        this.meterRegistry = meterRegistry;
        this.observationRegistry = observationRegistry;
    }

    @Override
    public void runStarting(MigrateInitializer initializer) {
        ObservationRegistry registry = observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP);
        Observation observation = Observation.createNotStarted(RUN_OBSERVATION, registry)
            .contextualName("migrate " + initializer.getBeanName())
            .lowCardinalityKeyValue("initializer", initializer.getBeanName())
            .start();
        runs.put(initializer, observation.openScope());
    }

    @Override
    public void revisionRun(MigrateInitializer initializer, RevisionRun run) {
        MeterRegistry registry = meterRegistry.getIfUnique();
        if (registry == null) {
            return;
        }
        Timer.builder(REVISION_TIMER)
            .description("Time a revision's migration took")
            .tag("initializer", initializer.getBeanName())
            .tag("revision", run.revision())
            .tag("direction", run.upgrade() ? "upgrade" : "downgrade")
            .tag("outcome", run.succeeded() ? "success" : "failure")
            .register(registry)
            .record(run.time());
    }

    @Override
    public void runFinished(MigrateInitializer initializer, Throwable failure) {
        Observation.Scope scope = runs.remove(initializer);
        if (scope == null) {
            return;
        }
        scope.close();
        Observation observation = scope.getCurrentObservation();
        if (failure != null) {
            observation.error(failure);
        }
        observation.stop();
    }
}
