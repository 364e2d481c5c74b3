package dev.migrate.benchmarks.reflection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.migrate.benchmarks.Harness;
import dev.migrate.benchmarks.Launcher;
import dev.migrate.benchmarks.Phases;
import dev.migrate.benchmarks.Timings;

/**
 * The first read of a schema of 500 tables in a fresh JVM, which is what {@code migrate inspect} and autogenerate
 * pay, since each runs once per process: per database, the schema of {@link ReflectedDatabase} is created once, then
 * a new JVM is launched per read ({@link FirstRead}: connect, one Migrate inspection), and the median of each phase
 * and of the whole process is reported. The first launches are warm-up (the file cache, the server's catalog
 * cache).
 *
 * <p>Run with {@code java -cp benchmarks/target/benchmarks.jar dev.migrate.benchmarks.reflection.ColdRead}; options,
 * all optional: {@code --databases postgresql,mariadb --tables 500 --warmup-launches 2 --launches 10
 * --jvm-options "" --postgresql-url jdbc:postgresql://127.0.0.1:5432/test --postgresql-user postgres
 * --postgresql-password "" --mariadb-url jdbc:mariadb://127.0.0.1:3306/ --mariadb-user root --mariadb-password ""}
 * ({@code --jvm-options}: space-separated options for the launched JVMs, such as a profiler's). Creates and drops
 * the schema (MariaDB: database) {@code bench_reflect}.
 */
public final class ColdRead {

    private static final String PROCESS = "whole process, start to exit";

    private final Map<String, String> options;

    private ColdRead(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        ColdRead coldRead = new ColdRead(PerDatabase.options(args, Map.of("databases", "postgresql,mariadb",
                "tables", "500", "warmup-launches", "2", "launches", "10", "jvm-options", "")));
        PerDatabase.run("Cold first read", coldRead.options, coldRead::benchmark);
    }

    /** Creates the schema in {@code database}, launches the reads and returns the report. */
    private String benchmark(ReflectedDatabase database) throws Exception {
        int tables = Integer.parseInt(options.get("tables"));
        int warmup = Integer.parseInt(options.get("warmup-launches"));
        int launches = Integer.parseInt(options.get("launches"));
        String jvmOptions = options.get("jvm-options").trim();
        database.create(tables);
        String server = database.serverVersion();
        Map<String, Timings> phases = new LinkedHashMap<>();
        for (int launch = 0; launch < warmup + launches; launch++) {
            Launcher.Launch process = Launcher.launch(FirstRead.class,
                    jvmOptions.isEmpty() ? List.of() : List.of(jvmOptions.split(" +")),
                    FirstRead.arguments(database, tables));
            Map<String, Double> times = Phases.parse(process.lastLine());
            times.put(PROCESS, process.nanos() / 1e6);
            System.out.printf(Locale.ROOT, "%s %-9s %s (load %.2f)%n", database.name(),
                    launch < warmup ? "warm-up" : "launch " + (launch - warmup + 1), times, Harness.loadAverage());
            if (launch >= warmup) {
                times.forEach((phase, millis) -> phases.computeIfAbsent(phase, p -> new Timings()).addMillis(millis));
            }
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "%n%s, %d tables: a new JVM per read, "
                + "median of %d launches after %d warm-up%n%n| phase | median | min | max |%n|---|---:|---:|---:|%n",
                server, tables, launches, warmup));
        phases.forEach((phase, timings) -> report.append(String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms | "
                + "%.1f ms |%n", phase, timings.median(), timings.min(), timings.max())));
        return report.toString();
    }
}
