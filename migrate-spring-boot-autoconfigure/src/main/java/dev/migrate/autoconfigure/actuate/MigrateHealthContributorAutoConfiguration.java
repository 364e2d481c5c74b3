package dev.migrate.autoconfigure.actuate;

import java.util.Map;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.context.annotation.Bean;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateInitializer;

/**
 * Registers the {@link MigrateHealthIndicator} ({@code management.health.migrate.enabled}) when Boot's health support
 * is present and Migrate migrates a DataSource.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass(AbstractHealthIndicator.class)
@ConditionalOnBean(MigrateInitializer.class)
@ConditionalOnEnabledHealthIndicator("migrate")
public final class MigrateHealthContributorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "migrateHealthIndicator")
    MigrateHealthIndicator migrateHealthIndicator(Map<String, MigrateInitializer> initializers) {
        return new MigrateHealthIndicator(initializers);
    }
}
