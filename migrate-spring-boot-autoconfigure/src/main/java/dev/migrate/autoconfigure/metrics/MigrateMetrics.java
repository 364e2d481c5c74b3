package dev.migrate.autoconfigure.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;

import dev.migrate.autoconfigure.MigrateInitializer;
import dev.migrate.autoconfigure.MigrationStatus;

/**
 * Binds, for each {@link MigrateInitializer} (tag {@code initializer}, its bean name), {@code migrate.startup.time}:
 * how long the startup migration took, and {@code migrate.startup.revisions}: how many revisions it ran, both
 * {@code NaN} until the startup migration has succeeded; and {@code migrate.revisions.pending}: how many revisions
 * the database lacks, read from it each time the gauge is read ({@code NaN} when it cannot be read, or when the
 * database is at a revision the application does not have).
 */
public class MigrateMetrics implements MeterBinder {

    private final Map<String, MigrateInitializer> initializers;

    /** Metrics of {@code initializers}, keyed by bean name. */
    public MigrateMetrics(Map<String, MigrateInitializer> initializers) {
        this.initializers = new LinkedHashMap<>(initializers);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        initializers.forEach((name, initializer) -> {
            TimeGauge.builder("migrate.startup.time", initializer, TimeUnit.MILLISECONDS,
                    bean -> bean.getStartupRun().map(run -> (double) run.time().toMillis()).orElse(Double.NaN))
                .description("Time the startup migration took")
                .tag("initializer", name)
                .register(registry);
            Gauge.builder("migrate.startup.revisions", initializer,
                    bean -> bean.getStartupRun().map(run -> (double) run.revisionsRun()).orElse(Double.NaN))
                .description("Revisions the startup migration ran")
                .tag("initializer", name)
                .register(registry);
            Gauge.builder("migrate.revisions.pending", initializer, MigrateMetrics::pendingRevisions)
                .description("Revisions the database lacks")
                .tag("initializer", name)
                .register(registry);
        });
    }

    private static double pendingRevisions(MigrateInitializer initializer) {
        try {
            MigrationStatus status = MigrationStatus.read(initializer);
            return status.error() != null ? Double.NaN : status.pendingRevisions().size();
        }
        catch (RuntimeException ex) {
            return Double.NaN;
        }
    }
}
