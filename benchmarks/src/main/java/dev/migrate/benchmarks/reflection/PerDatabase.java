package dev.migrate.benchmarks.reflection;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.migrate.benchmarks.Harness;

/**
 * What the reflection benchmarks share: the options naming the databases and how to reach them, and running a
 * benchmark on each database named, between a header and the load average at the end.
 */
final class PerDatabase {

    private PerDatabase() {
    }

    /**
     * The options {@code args} gives, over {@code defaults} and the connection options of each database
     * ({@code --postgresql-url}, {@code --mariadb-user}, …), which default to the local servers.
     */
    static Map<String, String> options(String[] args, Map<String, String> defaults) {
        Map<String, String> all = new LinkedHashMap<>(defaults);
        for (String database : List.of("postgresql", "mariadb")) {
            for (String key : List.of("url", "user", "password")) {
                all.put(database + "-" + key, null);
            }
        }
        return Harness.options(args, all);
    }

    /**
     * Prints a header with {@code title}, then the report of {@code benchmark} on each database {@code --databases}
     * names, dropping the benchmark's schema after each, then the load average.
     */
    static void run(String title, Map<String, String> options, Benchmark benchmark) throws Exception {
        System.out.printf(Locale.ROOT, "%s, %s%nJDK %s (%s), %d cores, load average %.2f%noptions %s%n%n", title,
                OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().availableProcessors(), Harness.loadAverage(),
                options);
        for (String name : options.get("databases").split(",")) {
            ReflectedDatabase database = ReflectedDatabase.named(name.trim(), options.get(name + "-url"),
                    options.get(name + "-user"), options.get(name + "-password"));
            try {
                System.out.println(benchmark.report(database));
            }
            finally {
                database.drop();
            }
        }
        System.out.printf(Locale.ROOT, "load average at the end %.2f%n", Harness.loadAverage());
    }

    /** One benchmark on one database. */
    interface Benchmark {

        /** Runs on {@code database}, whose schema it creates, and returns the report. */
        String report(ReflectedDatabase database) throws Exception;
    }
}
