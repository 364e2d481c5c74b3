package dev.migrate.autoconfigure.command;

import static dev.migrate.autoconfigure.H2Databases.versions;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.autoconfigure.H2Databases;
import dev.migrate.autoconfigure.command.app.CommandApplication;

/**
 * Starts an application as a separate JVM with {@code migrate …} arguments, as {@code java -jar app.jar migrate …}
 * does, and reads what it prints and the status it exits with. The database is an H2 file the test reads after.
 */
class MigrateCommandProcessTest {

    @TempDir
    Path dir;

    @Test
    void runsTheCommandInsteadOfTheApplicationAndExitsWithItsStatus() throws Exception {
        Run upgrade = run("migrate", "upgrade", "heads");
        assertThat(upgrade.status()).as(upgrade.err()).isZero();
        assertThat(upgrade.out().lines()).containsExactly("Running upgrade  -> 0a1b2c3d4e5f, create account",
                "Running upgrade 0a1b2c3d4e5f -> 1b2c3d4e5f6a, create invoice");

        assertThat(upgrade.err()).as("logging defaults to warnings").isEmpty();

        Run downgrade = run("migrate", "downgrade", "-1");
        assertThat(downgrade.status()).as(downgrade.err()).isZero();
        assertThat(downgrade.out().lines()).containsExactly("Running downgrade 1b2c3d4e5f6a -> 0a1b2c3d4e5f, create "
                + "invoice");
        assertThat(versions(database(), "migrate_version")).containsExactly("0a1b2c3d4e5f");
    }

    @Test
    void aFailedCommandExitsWithItsStatusAndSaysWhy() throws Exception {
        Run failed = run("migrate", "upgrade", "fedcba987654");
        assertThat(failed.status()).isEqualTo(255);
        assertThat(failed.err().lines()).containsExactly("FAILED: Can't locate revision identified by 'fedcba987654'");
        assertThat(failed.out()).isEmpty();
    }

    @Test
    void bootPropertiesCanFollowTheCommand() throws Exception {
        Run upgrade = run("migrate", "upgrade", "+1", "--spring.migrate.version-table=app_version");
        assertThat(upgrade.status()).as(upgrade.err()).isZero();
        assertThat(versions(database(), "app_version")).containsExactly("0a1b2c3d4e5f");
    }

    @Test
    void withoutTheCommandTheApplicationStartsAndUpgradesAsUsual() throws Exception {
        Run application = run();
        assertThat(application.status()).as(application.err()).isZero();
        assertThat(application.out()).contains("Started CommandApplication").contains("application runner ran");
        assertThat(versions(database(), "migrate_version")).containsExactly("1b2c3d4e5f6a");
    }

    private DataSource database() {
        return H2Databases.dataSource(url());
    }

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("app").toAbsolutePath();
    }

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
            .toString(), "-cp", classPath(), "-Dspring.datasource.url=" + url(), "-Dspring.datasource.username=sa",
                CommandApplication.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
            .start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the application did not exit within two minutes");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * The tests' class path, with Spring Boot's logging (Logback, whose jars the build names in
     * {@code migrate.test.logback}) in place of the tests' own, as in an application built with the starter.
     */
    private static String classPath() {
        String tests = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String logback = System.getProperty("migrate.test.logback");
        if (logback == null) {
            return tests;
        }
        List<String> entries = new ArrayList<>(Arrays.stream(tests.split(File.pathSeparator))
            .filter(entry -> !entry.contains("slf4j-simple"))
            .toList());
        entries.addAll(List.of(logback.split(File.pathSeparator)));
        return String.join(File.pathSeparator, entries);
    }

    /** What one process printed and the status it exited with. */
    private record Run(int status, String out, String err) {
    }
}
