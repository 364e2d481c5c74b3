package dev.migrate.autoconfigure.metrics;

import java.util.Map;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.micrometer.core.instrument.binder.MeterBinder;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateInitializer;

/**
 * Registers {@link MigrateMetrics} when Micrometer is present and Migrate migrates a DataSource; Boot binds it to
 * every meter registry.
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
}
