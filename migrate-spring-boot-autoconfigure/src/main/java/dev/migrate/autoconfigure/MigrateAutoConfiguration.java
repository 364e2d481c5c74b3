package dev.migrate.autoconfigure;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

import dev.migrate.autoconfigure.command.MigrateCommandRunner;

/**
 * Upgrades the database on startup with Migrate, and runs {@code migrate …} command lines given as application
 * arguments. Active when there is a DataSource, JDBC connection details or {@code spring.migrate.url}, unless
 * {@code spring.migrate.enabled=false}. Beans that use the database are initialised after the upgrade through Boot's
 * database-initialization detection ({@link MigrateDatabaseInitializerDetector}).
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass({ DataSourceBuilder.class, DatabaseInitializationDependencyConfigurer.class })
@ConditionalOnBooleanProperty(name = "spring.migrate.enabled", matchIfMissing = true)
@Conditional(MigrateAutoConfiguration.MigrateDataSourceCondition.class)
@EnableConfigurationProperties(MigrateProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class MigrateAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(MigrateConnectionDetails.class)
    PropertiesMigrateConnectionDetails migrateConnectionDetails(MigrateProperties properties) {
        return new PropertiesMigrateConnectionDetails(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    MigrateInitializer migrateInitializer(MigrateProperties properties, MigrateConnectionDetails connectionDetails,
            ResourceLoader resourceLoader, @MigrateDataSource ObjectProvider<DataSource> migrateDataSource,
            ObjectProvider<DataSource> dataSource, ObjectProvider<DataSourceProperties> dataSourceProperties,
            ObjectProvider<MigrateConfigurationCustomizer> customizers, ObjectProvider<MigrateStrategy> strategy,
            ObjectProvider<MigrateRunListener> runListeners, ObjectProvider<JdbcConnectionDetails> jdbcConnection) {
        DataSource qualified = migrateDataSource.getIfAvailable();
        DataSource migrated = new MigrationDataSourceSelector(connectionDetails, dataSourceProperties.getIfAvailable())
            .select(qualified, dataSource.getIfUnique());
        ClassLoader classLoader = resourceLoader.getClassLoader() != null ? resourceLoader.getClassLoader()
                : MigrateAutoConfiguration.class.getClassLoader();
        EngineSettings settings = EngineSettings.from(properties,
                url(connectionDetails, qualified, jdbcConnection.getIfUnique()), classLoader,
                customizers.orderedStream());
        MigrateInitializer initializer = !properties.isUpgradeOnStartup()
                ? new MigrateInitializer(settings.config(), settings.environment(), migrated)
                : new MigrateInitializer(settings.config(), settings.environment(), migrated, strategy.getIfAvailable(
                        () -> new UpgradeStrategy(properties.getTarget(), properties.getOnUnknownRevision(), migrated,
                                settings.environment())));
        initializer.setRunListeners(runListeners.orderedStream().toList());
        return initializer;
    }

    /** The JDBC URL of the migrated database, when known without connecting: the offline commands' dialect. */
    private static String url(MigrateConnectionDetails connectionDetails, DataSource qualified,
            JdbcConnectionDetails jdbcConnection) {
        if (qualified != null) {
            return null;
        }
        if (connectionDetails.getJdbcUrl() != null) {
            return connectionDetails.getJdbcUrl();
        }
        return jdbcConnection != null ? jdbcConnection.getJdbcUrl() : null;
    }

    @Bean
    @ConditionalOnMissingBean
    MigrateCommandRunner migrateCommandRunner(ObjectProvider<MigrateInitializer> initializers) {
        return new MigrateCommandRunner(initializers);
    }

    @Bean
    @ConditionalOnMissingBean
    MigrateSchemaManagementProvider migrateSchemaManagementProvider(ObjectProvider<MigrateInitializer> initializers) {
        return new MigrateSchemaManagementProvider(initializers);
    }

    /** There is a database to migrate: a DataSource bean, JDBC connection details, or {@code spring.migrate.url}. */
    static final class MigrateDataSourceCondition extends AnyNestedCondition {

        MigrateDataSourceCondition() {
            super(ConfigurationCondition.ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        private static final class DataSourceBeanPresent {

        }

        @ConditionalOnBean(JdbcConnectionDetails.class)
        private static final class JdbcConnectionDetailsPresent {

        }

        @ConditionalOnProperty("spring.migrate.url")
        private static final class MigrateUrlSet {

        }
    }
}
