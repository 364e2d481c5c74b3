package dev.migrate.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a main class of this jar in a new JVM (the same {@code java}, the same class path) and times the process from
 * start to exit: what the benchmarks that measure a whole process, or the first run of code in a fresh JVM, use.
 */
public final class Launcher {

    private Launcher() {
    }

    /**
     * Runs {@code main} with {@code arguments} in a new JVM started with {@code jvmOptions}, waits for it to exit and
     * returns its wall time and its output (standard output and error together).
     *
     * @throws IllegalStateException with the output when the process exits with a non-zero status
     */
    public static Launch launch(Class<?> main, List<String> jvmOptions, List<String> arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(jvmOptions);
        command.add(main.getName());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        long start = System.nanoTime();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        long elapsed = System.nanoTime() - start;
        if (exit != 0) {
            throw new IllegalStateException(main.getSimpleName() + "'s process exited with " + exit + ":\n" + output);
        }
        return new Launch(elapsed, output);
    }

    /**
     * One finished process.
     *
     * @param nanos  its wall time, from start to exit
     * @param output what it printed
     */
    public record Launch(long nanos, String output) {

        /** The last line it printed. */
        public String lastLine() {
            List<String> lines = output.lines().toList();
            return lines.get(lines.size() - 1);
        }
    }
}
