package dev.migrate.autoconfigure.metrics;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.observation.ObservationRegistry;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateInitializer;

/**
 * Registers {@link MigrateMetrics} when Micrometer is present and Migrate migrates a DataSource, which Boot binds to
 * every meter registry, and {@link MigrateRunMetrics}, which times each revision and observes the startup run.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass(MeterBinder.class)
@ConditionalOnBean(MigrateInitializer.class)
public final class MigrateMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MigrateMetrics migrateMetrics(Map<String, MigrateInitializer> initializers) {
        return new MigrateMetrics(initializers);
    }

    @Bean
    @ConditionalOnMissingBean
    MigrateRunMetrics migrateRunMetrics(ObjectProvider<MeterRegistry> meterRegistry,
            ObjectProvider<ObservationRegistry> observationRegistry) {
        return new MigrateRunMetrics(meterRegistry, observationRegistry);
    }
}
