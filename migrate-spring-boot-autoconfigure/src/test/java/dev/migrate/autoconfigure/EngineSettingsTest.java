package dev.migrate.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class EngineSettingsTest {

    private final ClassLoader classLoader = new URLClassLoader(new URL[0], getClass().getClassLoader());

    @Test
    void propertiesReachTheConfigAndTheEnvironment() {
        MigrateProperties properties = new MigrateProperties();
        properties.setLocations(List.of("app.migrations", "app.more"));
        properties.setVersionTable("app_version");
        properties.setVersionTableSchema("ops");
        properties.setTransactionPerMigration(true);
        properties.getLock().setEnabled(false);
        properties.getLock().setTimeout(Duration.ofSeconds(7));
        properties.setSourceDirectory("app/src/main/java");
        properties.setTruncateSlugLength(12);
        properties.setDialect("postgresql");

        EngineSettings settings = EngineSettings.from(properties, "jdbc:h2:mem:app", classLoader, Stream.empty());

        assertThat(settings.config().locations()).containsExactly("app.migrations", "app.more");
        assertThat(settings.config().versionTable()).isEqualTo("app_version");
        assertThat(settings.config().versionTableSchema()).isEqualTo("ops");
        assertThat(settings.config().classLoader()).isSameAs(classLoader);
        assertThat(settings.config().sourceDirectory()).isEqualTo(Path.of("app/src/main/java"));
        assertThat(settings.config().truncateSlugLength()).isEqualTo(12);
        assertThat(settings.config().dialect()).isEqualTo("postgresql");
        assertThat(settings.config().url()).as("for offline commands only").isEqualTo("jdbc:h2:mem:app");
        assertThat(settings.environment().versionTable()).isEqualTo("app_version");
        assertThat(settings.environment().versionTableSchema()).isEqualTo("ops");
        assertThat(settings.environment().transactionPerMigration()).isTrue();
        assertThat(settings.environment().lockEnabled()).isFalse();
        assertThat(settings.environment().lockTimeout()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void defaultPropertiesKeepTheEngineDefaults() {
        EngineSettings settings = EngineSettings.from(new MigrateProperties(), null, classLoader, Stream.empty());

        assertThat(settings.config().locations()).containsExactly("db.migrate");
        assertThat(settings.config().sourceDirectory()).isEqualTo(Path.of("src/main/java"));
        assertThat(settings.config().truncateSlugLength()).isEqualTo(40);
        assertThat(settings.config().dialect()).isNull();
        assertThat(settings.environment().versionTable()).isEqualTo("migrate_version");
        assertThat(settings.environment().versionTableSchema()).isNull();
        assertThat(settings.environment().transactionPerMigration()).isFalse();
        assertThat(settings.environment().lockEnabled()).isTrue();
        assertThat(settings.environment().lockTimeout()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void customizersRunAfterThePropertiesInTheGivenOrder() {
        MigrateProperties properties = new MigrateProperties();
        properties.setVersionTable("from_properties");
        MigrateConfigurationCustomizer first = (config, environment) -> environment.versionTable("first")
            .versionColumnLength(64);
        MigrateConfigurationCustomizer second = (config, environment) -> {
            config.locations(List.of("customized"));
            environment.versionTable("second");
        };

        EngineSettings settings = EngineSettings.from(properties, null, classLoader, Stream.of(first, second));

        assertThat(settings.environment().versionTable()).isEqualTo("second");
        assertThat(settings.environment().versionColumnLength()).isEqualTo(64);
        assertThat(settings.config().locations()).containsExactly("customized");
    }
}
