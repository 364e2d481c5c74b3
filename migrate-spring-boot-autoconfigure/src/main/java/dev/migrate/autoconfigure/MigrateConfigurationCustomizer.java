package dev.migrate.autoconfigure;

import dev.migrate.config.Config;
import dev.migrate.runtime.EnvironmentContext;

/**
 * Adjusts Migrate's settings after the {@code spring.migrate.*} properties are applied, for what properties do not
 * cover (listeners, version column length, forced transactional DDL, …). Beans of this type are applied in
 * {@link org.springframework.core.annotation.Order @Order}.
 */
@FunctionalInterface
public interface MigrateConfigurationCustomizer {

    /**
     * Customizes the builders. Runs use the version table and its schema held by {@code environment}; set them there
     * to change them.
     */
    void customize(Config.Builder config, EnvironmentContext.Builder environment);
}
