package dev.migrate.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import dev.migrate.autoconfigure.MigrateProperties.UnknownRevisionAction;

class MigratePropertiesTest {

    @Test
    void defaultsMatchTheEngine() {
        MigrateProperties properties = bind(Map.of());

        assertThat(properties.isEnabled()).isTrue();
        assertThat(properties.getLocations()).containsExactly("db.migrate");
        assertThat(properties.getTarget()).isEqualTo("heads");
        assertThat(properties.getVersionTable()).isEqualTo("migrate_version");
        assertThat(properties.getVersionTableSchema()).isNull();
        assertThat(properties.isTransactionPerMigration()).isFalse();
        assertThat(properties.getUrl()).isNull();
        assertThat(properties.getLock().isEnabled()).isTrue();
        assertThat(properties.getLock().getTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.getOnUnknownRevision()).isEqualTo(UnknownRevisionAction.FAIL);
    }

    @Test
    void bindsKebabCaseKeys() {
        MigrateProperties properties = bind(Map.of(
                "spring.migrate.locations", "app.migrations, app.more",
                "spring.migrate.version-table", "app_version",
                "spring.migrate.version-table-schema", "ops",
                "spring.migrate.transaction-per-migration", "true",
                "spring.migrate.driver-class-name", "org.h2.Driver",
                "spring.migrate.lock.enabled", "false",
                "spring.migrate.lock.timeout", "30s",
                "spring.migrate.on-unknown-revision", "warn"));

        assertThat(properties.getLocations()).containsExactly("app.migrations", "app.more");
        assertThat(properties.getVersionTable()).isEqualTo("app_version");
        assertThat(properties.getVersionTableSchema()).isEqualTo("ops");
        assertThat(properties.isTransactionPerMigration()).isTrue();
        assertThat(properties.getDriverClassName()).isEqualTo("org.h2.Driver");
        assertThat(properties.getLock().isEnabled()).isFalse();
        assertThat(properties.getLock().getTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.getOnUnknownRevision()).isEqualTo(UnknownRevisionAction.WARN);
    }

    @Test
    void generatedMetadataDescribesEveryProperty() throws IOException {
        String metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("spring-configuration-metadata.json on the classpath").isNotNull();
            metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String name : List.of("enabled", "locations", "target", "version-table", "version-table-schema",
                "transaction-per-migration", "url", "user", "password", "driver-class-name", "lock.enabled",
                "lock.timeout", "on-unknown-revision")) {
            assertThat(metadata).contains("\"name\": \"spring.migrate." + name + "\"");
        }
        assertThat(metadata).contains("Comma-separated list of packages that hold the revision classes.");
        assertThat(metadata).contains("How long an upgrade waits for another instance's migration lock");
        assertThat(metadata).as("hand-written default and hints merged")
            .contains("\"defaultValue\": \"5m\"")
            .contains("\"value\": \"heads\"");
    }

    private static MigrateProperties bind(Map<String, String> values) {
        Binder binder = new Binder(new MapConfigurationPropertySource(values));
        return binder.bindOrCreate("spring.migrate", Bindable.of(MigrateProperties.class));
    }
}
