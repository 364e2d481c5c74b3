package dev.migrate.autoconfigure.actuate;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateInitializer;

/**
 * Registers the {@link MigrateEndpoint} when Actuator is present, the endpoint is available, and Migrate migrates a
 * DataSource.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass(ConditionalOnAvailableEndpoint.class)
@ConditionalOnAvailableEndpoint(MigrateEndpoint.class)
public final class MigrateEndpointAutoConfiguration {

    @Bean
    @ConditionalOnBean(MigrateInitializer.class)
    @ConditionalOnMissingBean
    MigrateEndpoint migrateEndpoint(ApplicationContext context) {
        return new MigrateEndpoint(context);
    }
}
