package dev.migrate.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.migrate.autoconfigure.MigrateProperties.UnknownRevisionAction;

class MigratePropertiesTest {

    @Test
    void defaultsMatchTheEngine() {
        MigrateProperties properties = bind(Map.of());

        assertThat(properties.isEnabled()).isTrue();
        assertThat(properties.isUpgradeOnStartup()).isTrue();
        assertThat(properties.getSourceDirectory()).isEqualTo("src/main/java");
        assertThat(properties.getTruncateSlugLength()).isEqualTo(40);
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
        MigrateProperties properties = bind(Map.ofEntries(
                Map.entry("spring.migrate.locations", "app.migrations, app.more"),
                Map.entry("spring.migrate.version-table", "app_version"),
                Map.entry("spring.migrate.version-table-schema", "ops"),
                Map.entry("spring.migrate.transaction-per-migration", "true"),
                Map.entry("spring.migrate.driver-class-name", "org.h2.Driver"),
                Map.entry("spring.migrate.lock.enabled", "false"),
                Map.entry("spring.migrate.lock.timeout", "30s"),
                Map.entry("spring.migrate.on-unknown-revision", "warn"),
                Map.entry("spring.migrate.upgrade-on-startup", "false"),
                Map.entry("spring.migrate.source-directory", "app/src/main/java"),
                Map.entry("spring.migrate.truncate-slug-length", "20")));

        assertThat(properties.getLocations()).containsExactly("app.migrations", "app.more");
        assertThat(properties.getVersionTable()).isEqualTo("app_version");
        assertThat(properties.getVersionTableSchema()).isEqualTo("ops");
        assertThat(properties.isTransactionPerMigration()).isTrue();
        assertThat(properties.getDriverClassName()).isEqualTo("org.h2.Driver");
        assertThat(properties.getLock().isEnabled()).isFalse();
        assertThat(properties.getLock().getTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.getOnUnknownRevision()).isEqualTo(UnknownRevisionAction.WARN);
        assertThat(properties.isUpgradeOnStartup()).isFalse();
        assertThat(properties.getSourceDirectory()).isEqualTo("app/src/main/java");
        assertThat(properties.getTruncateSlugLength()).isEqualTo(20);
    }

    @Test
    void generatedMetadataDescribesEveryProperty() throws IOException {
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("spring-configuration-metadata.json on the classpath").isNotNull();
            metadata = JsonMapper.builder().build().readTree(in);
        }
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        metadata.get("properties").forEach(property -> properties.put(property.get("name").asString(), property));
        assertThat(properties.keySet()).filteredOn(name -> name.startsWith("spring.migrate.")).containsExactlyInAnyOrder(
                List.of("enabled", "upgrade-on-startup", "locations", "target", "version-table", "dialect",
                        "version-table-schema", "transaction-per-migration", "url", "user", "password",
                        "driver-class-name", "lock.enabled", "lock.timeout", "on-unknown-revision", "source-directory",
                        "truncate-slug-length").stream().map(name -> "spring.migrate." + name).toArray(String[]::new));
        properties.forEach((name, property) -> assertThat(property.path("description").asString(""))
            .as("description of %s", name)
            .isNotBlank()
            .doesNotStartWith("The ")
            .doesNotStartWith("A "));
        MigrateProperties defaults = new MigrateProperties();
        assertThat(properties.get("spring.migrate.lock.timeout").get("defaultValue").asString()).isEqualTo("5m");
        assertThat(defaults.getLock().getTimeout()).hasMinutes(5);
        assertThat(properties.get("spring.migrate.version-table").get("defaultValue").asString())
            .as("hand-written defaults match the engine's").isEqualTo(defaults.getVersionTable());
        assertThat(properties.get("spring.migrate.locations").get("defaultValue").get(0).asString())
            .isEqualTo(defaults.getLocations().get(0));
        assertThat(properties.get("spring.migrate.source-directory").get("defaultValue").asString())
            .isEqualTo(defaults.getSourceDirectory());
        assertThat(properties.get("spring.migrate.truncate-slug-length").get("defaultValue").asInt())
            .isEqualTo(defaults.getTruncateSlugLength());
        assertThat(properties.get("spring.migrate.on-unknown-revision").get("defaultValue").asString())
            .isEqualTo("fail");
        assertThat(metadata.get("hints").toString()).as("hand-written hints merged").contains("\"heads\"");
    }

    private static MigrateProperties bind(Map<String, String> values) {
        Binder binder = new Binder(new MapConfigurationPropertySource(values));
        return binder.bindOrCreate("spring.migrate", Bindable.of(MigrateProperties.class));
    }
}
