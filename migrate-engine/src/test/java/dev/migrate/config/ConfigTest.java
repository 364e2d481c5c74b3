package dev.migrate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.MigrateException;

class ConfigTest {

    @TempDir
    Path dir;

    @Test
    void defaultsMatchTheDocumentation() {
        Config config = Config.builder().build();

        assertThat(config.locations()).containsExactly("db.migrate");
        assertThat(config.versionTable()).isEqualTo("migrate_version");
        assertThat(config.versionTableSchema()).isNull();
        assertThat(config.sourceDirectory()).isEqualTo(Path.of("src/main/java"));
        assertThat(config.truncateSlugLength()).isEqualTo(40);
        assertThat(config.dialect()).isNull();
        assertThat(config.sqlOutput()).as("the SQL of --sql goes where the output goes").isSameAs(config.out());
    }

    @Test
    void readsEveryKeyOfThePropertiesFile() throws IOException {
        Path file = write("""
                url=jdbc:postgresql://localhost/app
                user=app
                password=secret
                dialect=postgresql
                locations=db.migrate, db.seed
                version-table=schema_version
                version-table-schema=meta
                source-directory=app/src/main/java
                truncate-slug-length=20
                """);

        Config config = Config.fromPropertiesFile(file).build();

        assertThat(config.url()).isEqualTo("jdbc:postgresql://localhost/app");
        assertThat(config.user()).isEqualTo("app");
        assertThat(config.password()).isEqualTo("secret");
        assertThat(config.dialect()).isEqualTo("postgresql");
        assertThat(config.locations()).containsExactly("db.migrate", "db.seed");
        assertThat(config.versionTable()).isEqualTo("schema_version");
        assertThat(config.versionTableSchema()).isEqualTo("meta");
        assertThat(config.sourceDirectory()).isEqualTo(dir.toAbsolutePath().resolve("app/src/main/java"));
        assertThat(config.truncateSlugLength()).isEqualTo(20);
    }

    @Test
    void sourceDirectoryDefaultsToSrcMainJavaBesideTheFile() throws IOException {
        Config config = Config.fromPropertiesFile(write("url=jdbc:h2:mem:x\n")).build();

        assertThat(config.sourceDirectory()).isEqualTo(dir.toAbsolutePath().resolve("src/main/java"));
    }

    @Test
    void unknownKeyIsNamedInTheError() throws IOException {
        Path file = write("version_table=oops\n");

        assertThatThrownBy(() -> Config.fromPropertiesFile(file))
            .isInstanceOf(MigrateException.class)
            .hasMessageStartingWith("Unknown key 'version_table' in config file '" + file + "'");
    }

    @Test
    void badNumberIsNamedInTheError() throws IOException {
        Path file = write("truncate-slug-length=many\n");

        assertThatThrownBy(() -> Config.fromPropertiesFile(file))
            .hasMessage("Key 'truncate-slug-length' in config file '" + file + "' must be a whole number, not 'many'");
    }

    @Test
    void missingFileIsNamedInTheError() {
        Path file = dir.resolve("absent.properties");

        assertThatThrownBy(() -> Config.fromPropertiesFile(file))
            .hasMessage("No config file '" + file + "' found; pass -c <file> or create migrate.properties");
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("migrate.properties");
        Files.writeString(file, content);
        return file;
    }
}
