package dev.migrate.benchmarks.reflection;

import java.sql.Connection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.migrate.benchmarks.Harness;
import dev.migrate.benchmarks.Timings;

/**
 * Reading a whole schema of 500 tables (see {@link ReflectedDatabase} for what a table holds) on PostgreSQL and
 * MariaDB: Migrate's inspector side by side with Liquibase's snapshot and Hibernate's schema extraction, each on a
 * connection of its own, in one JVM.
 *
 * <p>Per database: the schema is created once; then each contender reads it once as the first read of its code in
 * this JVM (Migrate first, so it is the one that pays for the driver's metadata paths), with the statements it has
 * the server run counted (on PostgreSQL the driver's protocol log is on for that read, which costs microseconds per
 * statement), then in warm-up rounds and measured rounds; the order of the contenders rotates from round to round so a burst of load on the
 * shared machine does not always hit the same one. A contender stops warming up once its reads (the first one
 * included) have taken {@code --max-seconds}, and stops being measured once its measured reads have (after one at
 * least): a snapshot that takes minutes is measured fewer times than a read that takes milliseconds. Every read is checked to have found all tables, columns,
 * primary keys and foreign keys. Last, the statements are counted again on a schema of fewer tables, to show which
 * counts depend on the number of tables.
 *
 * <p>Run with {@code java -cp benchmarks/target/benchmarks.jar dev.migrate.benchmarks.reflection.ReflectionBenchmark};
 * options, all optional: {@code --databases postgresql,mariadb --tables 500 --count-tables 50 --warmup 3 --rounds 7
 * --max-seconds 60 --postgresql-url jdbc:postgresql://127.0.0.1:5432/test --postgresql-user postgres --postgresql-password ""
 * --mariadb-url jdbc:mariadb://127.0.0.1:3306/ --mariadb-user root --mariadb-password ""}. Creates and drops the
 * schema (MariaDB: database) {@code bench_reflect}.
 */
public final class ReflectionBenchmark {

    private final Map<String, String> options;

    private ReflectionBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        ReflectionBenchmark benchmark = new ReflectionBenchmark(PerDatabase.options(args, Map.of("databases",
                "postgresql,mariadb", "tables", "500", "count-tables", "50", "warmup", "3", "rounds", "7",
                "max-seconds", "60")));
        PerDatabase.run("Reflection benchmark", benchmark.options, benchmark::benchmark);
    }

    /** Creates the schema in {@code database}, times every contender on it and returns the report. */
    private String benchmark(ReflectedDatabase database) throws Exception {
        int tables = Integer.parseInt(options.get("tables"));
        int warmup = Integer.parseInt(options.get("warmup"));
        int rounds = Integer.parseInt(options.get("rounds"));
        List<String> tableNames = ReflectedDatabase.tableNames(tables);
        long start = System.nanoTime();
        database.create(tables);
        System.out.printf(Locale.ROOT, "%s: %d tables created in %.1f s%n", database.serverVersion(), tables,
                (System.nanoTime() - start) / 1e9);

        Map<Contender, Connection> connections = new EnumMap<>(Contender.class);
        Map<Contender, SchemaReader> readers = new EnumMap<>(Contender.class);
        Map<Contender, Double> firstRead = new EnumMap<>(Contender.class);
        Map<Contender, Integer> statements = new EnumMap<>(Contender.class);
        Map<Contender, SchemaSummary> summaries = new EnumMap<>(Contender.class);
        Map<Contender, Timings> timings = new EnumMap<>(Contender.class);
        Map<Contender, Double> warmupSpent = new EnumMap<>(Contender.class);
        try {
            for (Contender contender : Contender.values()) {
                Connection connection = database.connect();
                connections.put(contender, connection);
                readers.put(contender, contender.reader(connection, database, tableNames));
                timings.put(contender, new Timings());
            }
            for (Contender contender : Contender.values()) {
                Connection connection = connections.get(contender);
                try (StatementCount count = database.countStatements(connection)) {
                    long before = System.nanoTime();
                    summaries.put(contender, readers.get(contender).read().requireWholeSchema(contender.label,
                            tables));
                    firstRead.put(contender, (System.nanoTime() - before) / 1e6);
                    statements.put(contender, count.count());
                }
                warmupSpent.put(contender, firstRead.get(contender));
                System.out.printf(Locale.ROOT, "%s %-10s %-22s %9.1f ms, %d statements%n", database.name(),
                        "first read", contender.label, firstRead.get(contender), statements.get(contender));
            }
            double cap = Double.parseDouble(options.get("max-seconds")) * 1000;
            List<Contender> order = List.of(Contender.values());
            for (int round = 0; round < warmup + rounds; round++) {
                boolean warming = round < warmup;
                for (Contender contender : Harness.rotated(order, round)) {
                    Timings measured = timings.get(contender);
                    if (warming ? warmupSpent.get(contender) >= cap
                            : measured.count() > 0 && measured.total() >= cap) {
                        continue;
                    }
                    long before = System.nanoTime();
                    readers.get(contender).read().requireWholeSchema(contender.label, tables);
                    long elapsed = System.nanoTime() - before;
                    System.out.printf(Locale.ROOT, "%s %-10s %-22s %9.1f ms%n", database.name(),
                            warming ? "warm-up" : "round " + (round - warmup + 1), contender.label, elapsed / 1e6);
                    if (warming) {
                        warmupSpent.merge(contender, elapsed / 1e6, Double::sum);
                    }
                    else {
                        measured.add(elapsed);
                    }
                }
            }
        }
        finally {
            readers.values().forEach(SchemaReader::close);
            for (Connection connection : connections.values()) {
                connection.close();
            }
        }
        Map<Contender, Integer> fewerStatements = countOnFewerTables(database);
        return report(database, tables, firstRead, timings, statements, fewerStatements, summaries);
    }

    /** The statements each contender runs on a schema of {@code --count-tables} tables, made for this. */
    private Map<Contender, Integer> countOnFewerTables(ReflectedDatabase database) throws Exception {
        int tables = Integer.parseInt(options.get("count-tables"));
        database.create(tables);
        Map<Contender, Integer> statements = new EnumMap<>(Contender.class);
        for (Contender contender : Contender.values()) {
            try (Connection connection = database.connect();
                    SchemaReader reader = contender.reader(connection, database,
                            ReflectedDatabase.tableNames(tables));
                    StatementCount count = database.countStatements(connection)) {
                reader.read().requireWholeSchema(contender.label, tables);
                statements.put(contender, count.count());
            }
        }
        return statements;
    }

    private String report(ReflectedDatabase database, int tables, Map<Contender, Double> firstRead,
            Map<Contender, Timings> timings, Map<Contender, Integer> statements,
            Map<Contender, Integer> fewerStatements, Map<Contender, SchemaSummary> summaries) throws Exception {
        int fewer = Integer.parseInt(options.get("count-tables"));
        double migrate = timings.get(Contender.MIGRATE).median();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "%n%s, %d tables%n%n| contender | "
                + "first read | median | min | max | rounds | × Migrate | statements, %d tables | statements, %d tables "
                + "| read: tables/columns/PKs/FKs/uniques/indexes/checks/comments |%n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|%n", database.serverVersion(), tables, tables,
                fewer));
        for (Contender contender : Contender.values()) {
            Timings timing = timings.get(contender);
            report.append(String.format(Locale.ROOT, "| %s | %.0f ms | %.1f ms | %.1f ms | %.1f ms | %d | %.1f | %d "
                    + "| %d | %s |%n", contender.label, firstRead.get(contender), timing.median(), timing.min(),
                    timing.max(), timing.count(), timing.median() / migrate, statements.get(contender),
                    fewerStatements.get(contender), summaries.get(contender)));
        }
        return report.toString();
    }
}
