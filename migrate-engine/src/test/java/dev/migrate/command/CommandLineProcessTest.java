package dev.migrate.command;

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

/**
 * The command line as a user runs it, {@code java dev.migrate.command.CommandLine …} in a process of its own with an
 * SLF4J provider that logs at INFO, on an H2 file database: what the terminal shows, standard output and error.
 */
class CommandLineProcessTest {

    @TempDir
    Path dir;

    @Test
    void eachStepIsAnnouncedOnceThoughTheLogIsOn() throws Exception {
        Files.writeString(dir.resolve("migrate.properties"), "url=jdbc:h2:file:" + dir.resolve("db") + "\n"
                + "locations=dev.migrate.script.fixture\n");

        List<String> upgrade = run("upgrade", "heads");
        assertThat(upgrade).as("the engine's log reaches the terminal").contains(
                "[main] INFO dev.migrate.runtime.MigrationContext - Context impl h2.");
        assertThat(steps(upgrade)).containsExactly("Running upgrade  -> 1a2b3c4d5e6f, create account",
                "Running upgrade 1a2b3c4d5e6f -> 9f8e7d6c5b4a, add email");

        assertThat(steps(run("downgrade", "base"))).containsExactly(
                "Running downgrade 9f8e7d6c5b4a -> 1a2b3c4d5e6f, add email",
                "Running downgrade 1a2b3c4d5e6f -> , create account");

        assertThat(steps(run("stamp", "heads"))).containsExactly("Running stamp_revision  -> 9f8e7d6c5b4a");
    }

    /** The lines that mention a step, wherever they come from. */
    private static List<String> steps(List<String> lines) {
        return lines.stream().filter(line -> line.contains("Running ")).toList();
    }

    /** Runs the command line in {@link #dir} with this JVM's class path; its output and error lines, interleaved. */
    private List<String> run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
            .toString(), "-cp", System.getProperty("java.class.path"), CommandLine.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().toList();
    }
}
