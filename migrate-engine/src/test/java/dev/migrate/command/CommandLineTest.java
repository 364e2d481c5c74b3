package dev.migrate.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the command line finds its configuration file and reports problems with it. */
class CommandLineTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void readsTheFileNamedByDashC() throws IOException {
        Files.writeString(dir.resolve("other.properties"), "locations=nowhere.at.all\nurl=jdbc:h2:mem:cli\n");

        int status = commandLine(Map.of()).run("-c", "other.properties", "current");

        assertThat(status).as(err()).isZero();
        assertThat(out()).isEmpty();
    }

    @Test
    void readsTheFileNamedByMigrateConfig() throws IOException {
        Files.writeString(dir.resolve("env.properties"), "version_table=typo\n");

        int status = commandLine(Map.of("MIGRATE_CONFIG", "env.properties")).run("heads");

        assertThat(status).isEqualTo(255);
        assertThat(err()).startsWith("FAILED: Unknown key 'version_table' in config file '"
                + dir.resolve("env.properties") + "'");
    }

    @Test
    void readsMigratePropertiesInTheWorkingDirectory() throws IOException {
        Files.writeString(dir.resolve("migrate.properties"), "locations=nowhere.at.all\n");

        int status = commandLine(Map.of()).run("current");

        assertThat(status).isEqualTo(255);
        assertThat(err()).startsWith("FAILED: No database configured");
    }

    @Test
    void missingFileNamedByDashCIsReported() {
        int status = commandLine(Map.of()).run("-c", "absent.properties", "heads");

        assertThat(status).isEqualTo(255);
        assertThat(err()).startsWith("FAILED: No config file '" + dir.resolve("absent.properties") + "' found");
    }

    @Test
    void missingCommandIsAUsageError() {
        int status = commandLine(Map.of()).run("-q");

        assertThat(status).isEqualTo(2);
        assertThat(err()).startsWith("usage: migrate [-h]")
            .contains("migrate: error: the following arguments are required: command");
    }

    @Test
    void raiseerrPrintsTheStackTrace() {
        int status = commandLine(Map.of()).run("--raiseerr", "-c", "absent.properties", "heads");

        assertThat(status).isEqualTo(255);
        assertThat(err()).contains("dev.migrate.MigrateException: No config file", "\tat dev.migrate.");
    }

    private CommandLine commandLine(Map<String, String> environment) {
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment, dir);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
