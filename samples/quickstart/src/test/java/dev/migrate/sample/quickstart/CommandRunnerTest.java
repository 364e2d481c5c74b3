package dev.migrate.sample.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The sample started as its own process with {@code migrate …} arguments, as {@code java -jar app.jar migrate …}
 * starts it: the command runs instead of the application, even though Hibernate would refuse the empty schema, and
 * the process prints its output and exits with its status.
 */
class CommandRunnerTest {

    @TempDir
    Path dir;

    @Test
    void upgradesAnEmptyDatabaseThatHibernateWouldRefuse() throws Exception {
        Run upgrade = run("migrate", "upgrade", "heads");

        assertThat(upgrade.status()).as(upgrade.err()).isZero();
        assertThat(upgrade.out().lines()).containsExactly("Running upgrade  -> 4d1a6b2c9e01, create owner",
                "Running upgrade 4d1a6b2c9e01 -> 7f3c8e5a0b12, create pet",
                "Running upgrade 7f3c8e5a0b12 -> a92e4c7d1f36, add visits and owner telephone",
                "Running upgrade a92e4c7d1f36 -> c5b0d3e8f247, seed owners and pets");
        assertThat(JdbcClient.create(new SimpleDriverDataSource(new org.h2.Driver(), url(), "sa", ""))
            .sql("SELECT version_num FROM migrate_version").query(String.class).list()).containsExactly("c5b0d3e8f247");
    }

    @Test
    void aFailedCommandExitsWithItsStatus() throws Exception {
        Run failed = run("migrate", "downgrade", "nosuchrev");

        assertThat(failed.status()).isEqualTo(255);
        assertThat(failed.err().lines()).containsExactly("FAILED: Can't locate revision identified by 'nosuchrev'");
    }

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("clinic").toAbsolutePath();
    }

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
            .toString(), "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                QuickstartApplication.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--spring.datasource.url=" + url(), "--spring.datasource.username=sa"));
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

    /** What one process printed and the status it exited with. */
    private record Run(int status, String out, String err) {
    }
}
