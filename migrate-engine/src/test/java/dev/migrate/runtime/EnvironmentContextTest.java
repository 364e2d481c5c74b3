package dev.migrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.migrate.MigrateException;
import dev.migrate.config.Config;

class EnvironmentContextTest {

    @Test
    void defaultsAreAWideVersionColumnAndTheLockOn() {
        EnvironmentContext environment = EnvironmentContext.builder().build();
        assertThat(environment.versionTable()).isEqualTo("migrate_version");
        assertThat(environment.versionTableSchema()).isNull();
        assertThat(environment.versionTablePk()).isTrue();
        assertThat(environment.versionColumnLength()).isEqualTo(255);
        assertThat(environment.transactionalDdl()).isEmpty();
        assertThat(environment.transactionPerMigration()).isFalse();
        assertThat(environment.lockEnabled()).isTrue();
        assertThat(environment.lockTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(environment.tag()).isEmpty();
        assertThat(environment.stepAnnouncer()).as("steps are logged").isEmpty();
    }

    @Test
    void takesTheVersionTableAndArgumentsOfAConfig() {
        Config config = Config.builder().versionTable("schema_history").versionTableSchema("audit")
            .xArgument("tenant", "acme").build();
        EnvironmentContext environment = EnvironmentContext.from(config).tag("release-7").build();
        assertThat(environment.versionTable()).isEqualTo("schema_history");
        assertThat(environment.versionTableSchema()).isEqualTo("audit");
        assertThat(environment.xArguments()).isEqualTo(Map.of("tenant", "acme"));
        assertThat(environment.tag()).contains("release-7");
    }

    @Test
    void aCopyChangesOnlyWhatItSets() {
        EnvironmentContext original = EnvironmentContext.builder().versionColumnLength(64).transactionalDdl(false)
            .listener((context, info) -> { }).announceSteps(System.out::println).build();
        EnvironmentContext copy = original.toBuilder().lockEnabled(false).build();
        assertThat(copy.versionColumnLength()).isEqualTo(64);
        assertThat(copy.transactionalDdl()).contains(false);
        assertThat(copy.listeners()).isEqualTo(original.listeners());
        assertThat(copy.stepAnnouncer()).isPresent().isEqualTo(original.stepAnnouncer());
        assertThat(copy.lockEnabled()).isFalse();
        assertThat(original.lockEnabled()).isTrue();
    }

    @Test
    void rejectsSettingsThatCannotWork() {
        assertThatThrownBy(() -> EnvironmentContext.builder().versionColumnLength(0))
            .isInstanceOf(MigrateException.class)
            .hasMessage("The version column length must be at least 1, not 0");
        assertThatThrownBy(() -> EnvironmentContext.builder().lockTimeout(Duration.ofSeconds(-1)))
            .hasMessage("The lock timeout must be zero or positive, not PT-1S");
        assertThatThrownBy(() -> EnvironmentContext.builder().versionTable(""))
            .hasMessage("The version table needs a name");
    }
}
