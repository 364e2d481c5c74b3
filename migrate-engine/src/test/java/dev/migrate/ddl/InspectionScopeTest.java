package dev.migrate.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.MigrateException;

class InspectionScopeTest {

    @Test
    void leavesOutTheVersionTableOfTheDefaultSchemaUnlessItsSchemaIsGiven() {
        InspectionScope scope = InspectionScope.defaultSchema();

        assertThat(scope.isVersionTable("app", "migrate_version", "app")).isTrue();
        assertThat(scope.isVersionTable("audit", "migrate_version", "app")).isFalse();
        assertThat(scope.versionTable("audit", "versions").isVersionTable("audit", "versions", "app")).isTrue();
        assertThat(scope.versionTable("audit", "versions").isVersionTable("app", "migrate_version", "app"))
            .isFalse();
    }

    @Test
    void namesSomeSchemasOrAllOfThemButNotBoth() {
        assertThat(InspectionScope.schemas("a", "b").schemas()).containsExactly("a", "b");
        assertThat(InspectionScope.all().allSchemas()).isTrue();
        assertThatThrownBy(() -> new InspectionScope(List.of("a"), true, NameFilter.ALL, null, null))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Name the schemas to read or read all of them, not both");
    }

    @Test
    void dialectsWithoutReflectionSaySo() {
        assertThatThrownBy(() -> Dialects.named("oracle").inspector())
            .isInstanceOf(MigrateException.class)
            .hasMessage("Reading the live schema is not supported on oracle yet");
    }
}
