package dev.migrate.benchmarks.postgresql;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.migrate.benchmarks.Harness;
import dev.migrate.benchmarks.Launcher;
import dev.migrate.benchmarks.Launcher.Launch;
import dev.migrate.benchmarks.Phases;
import dev.migrate.benchmarks.Timings;

/**
 * Migrate, Flyway, Liquibase and plain JDBC side by side on PostgreSQL, with the statements the build generates
 * (1,000 {@code CREATE TABLE}s): applied from an empty schema, then run again with nothing pending.
 *
 * <p><b>Apply</b> runs in this JVM. Each round gives every contender a freshly created schema and times one full
 * run of it (on fresh connections); the first rounds are warm-up, and the order of the contenders rotates from
 * round to round so a burst of load on the shared machine does not always hit the same one.
 *
 * <p><b>Nothing pending</b> is a whole process: a new JVM per run that starts, connects and does what the tool does
 * on an application boot with nothing to do (plain JDBC: connect and read one row), timed from start to exit. The
 * launches are interleaved across contenders; the first ones are warm-up (file cache). One further, untimed launch
 * per contender counts the classes its JVM loads, and {@link MigratePhases} launches show where Migrate's time
 * goes.
 *
 * <p>Options, all optional: {@code --url jdbc:postgresql://127.0.0.1:5432/test --user postgres --password ""
 * --warmup 1 --rounds 3 --warmup-launches 2 --launches 10}. Creates and drops the schemas {@code bench_*}.
 */
public final class PostgresqlBenchmark {

    private static final String TABLE_PREFIX = "bench_item_";

    private final Database database;
    private final Map<String, String> options;
    private final MigrateRun migrate = new MigrateRun(true);
    private final MigrateRun migrateOneTransaction = new MigrateRun(false);
    private final FlywayRun flyway = new FlywayRun();
    private final LiquibaseRun liquibase = new LiquibaseRun();
    private final PlainJdbc plain = new PlainJdbc();
    private final List<Contender> contenders = List.of(migrate, migrateOneTransaction, flyway, liquibase, plain);
    private final int statements = PlainJdbc.statements().size();

    private PostgresqlBenchmark(Map<String, String> options) {
        this.options = options;
        this.database = new Database(options.get("url"), options.get("user"), options.get("password"));
    }

    public static void main(String[] args) throws Exception {
        new PostgresqlBenchmark(Harness.options(args, Map.of("url", "jdbc:postgresql://127.0.0.1:5432/test",
                "user", "postgres", "password", "", "warmup", "1", "rounds", "3", "warmup-launches", "2",
                "launches", "10"))).run();
    }

    private void run() throws Exception {
        System.out.println(header());
        try {
            Map<Contender, Timings> apply = apply();
            Map<Contender, Timings> nothingPending = nothingPending();
            Map<String, Timings> phases = migratePhases();
            System.out.println(report(apply, nothingPending, phases));
        }
        finally {
            for (Contender contender : contenders) {
                database.drop(contender.schema());
            }
        }
    }

    private String header() throws Exception {
        return String.format(Locale.ROOT, "PostgreSQL benchmark, %s%nJDK %s (%s), PostgreSQL %s, %d cores, load "
                + "average %.2f%n%d statements; options %s%n", OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), database.serverVersion(),
                Runtime.getRuntime().availableProcessors(), Harness.loadAverage(), statements, options);
    }

    private Map<Contender, Timings> apply() throws Exception {
        int warmup = Integer.parseInt(options.get("warmup"));
        int rounds = Integer.parseInt(options.get("rounds"));
        Map<Contender, Timings> timings = new LinkedHashMap<>();
        contenders.forEach(contender -> timings.put(contender, new Timings()));
        for (int round = 0; round < warmup + rounds; round++) {
            for (Contender contender : Harness.rotated(contenders, round)) {
                database.recreate(contender.schema());
                long start = System.nanoTime();
                int ran = contender.migrate(database.target(contender.schema()));
                long elapsed = System.nanoTime() - start;
                check(contender, ran);
                String kind = round < warmup ? "warm-up" : "round " + (round - warmup + 1);
                System.out.printf(Locale.ROOT, "apply %-8s %-38s %8.0f ms%n", kind, contender.name(), elapsed / 1e6);
                if (round >= warmup) {
                    timings.get(contender).add(elapsed);
                }
            }
        }
        return timings;
    }

    /** Fails the benchmark unless the run applied every statement. */
    private void check(Contender contender, int ran) throws Exception {
        int tables = database.tables(contender.schema(), TABLE_PREFIX);
        if (ran != statements || tables != statements) {
            throw new IllegalStateException(contender.name() + " ran " + ran + " migrations and left " + tables
                    + " tables; expected " + statements + " of each");
        }
    }

    /** Launches, for every tool, processes that find nothing pending in the schema the last apply round left. */
    private Map<Contender, Timings> nothingPending() throws Exception {
        List<Contender> tools = contenders.stream().filter(c -> c != migrateOneTransaction).toList();
        for (Contender tool : tools) {
            if (tool != plain && tool.migrate(target(tool)) != 0) {
                throw new IllegalStateException(tool.name() + " still finds migrations pending after applying them");
            }
        }
        int warmup = Integer.parseInt(options.get("warmup-launches"));
        int launches = Integer.parseInt(options.get("launches"));
        Map<Contender, Timings> timings = new LinkedHashMap<>();
        tools.forEach(tool -> timings.put(tool, new Timings()));
        for (int launch = 0; launch < warmup + launches; launch++) {
            for (Contender tool : Harness.rotated(tools, launch)) {
                long elapsed = launch(tool.nothingPendingMain(), target(tool), List.of()).nanos();
                if (launch >= warmup) {
                    timings.get(tool).add(elapsed);
                }
            }
        }
        return timings;
    }

    /** The schema a tool's nothing-pending process works on: plain JDBC reads Migrate's version table. */
    private Target target(Contender tool) {
        return database.target((tool == plain ? migrate : tool).schema());
    }

    /** Launches {@link MigratePhases} as often as the contenders were launched, for the median of each phase. */
    private Map<String, Timings> migratePhases() throws Exception {
        Map<String, Timings> phases = new LinkedHashMap<>();
        int launches = Integer.parseInt(options.get("launches"));
        for (int launch = 0; launch < launches; launch++) {
            Phases.parse(launch(MigratePhases.class, target(migrate), List.of()).lastLine())
                .forEach((phase, millis) -> phases.computeIfAbsent(phase, p -> new Timings()).addMillis(millis));
        }
        return phases;
    }

    private static Launch launch(Class<?> main, Target target, List<String> jvmOptions) throws Exception {
        return Launcher.launch(main, jvmOptions, List.of(target.arguments()));
    }

    /** Counts what one more launch of {@code tool} loads: all classes, and the revision classes among them. */
    private long[] classesLoaded(Contender tool) throws Exception {
        List<String> lines = launch(tool.nothingPendingMain(), target(tool), List.of("-Xlog:class+load=info:stdout"))
            .output()
            .lines()
            .filter(line -> line.contains("[class,load]"))
            .toList();
        long revisions = lines.stream().filter(line -> line.contains(" " + MigrateRun.LOCATION + ".")).count();
        return new long[] {lines.size(), revisions};
    }

    private String report(Map<Contender, Timings> apply, Map<Contender, Timings> nothingPending,
            Map<String, Timings> phases) throws Exception {
        StringBuilder out = new StringBuilder("\n");
        double jdbcApply = apply.get(plain).median();
        Timings any = apply.get(plain);
        out.append(String.format(Locale.ROOT, "Apply %d revisions from an empty schema (one JVM; median of %d runs "
                + "after %s warm-up)%n%n", statements, any.count(), options.get("warmup")));
        out.append("| contender | median | min | max | per revision | × plain JDBC |\n|---|---:|---:|---:|---:|---:|\n");
        apply.forEach((contender, timings) -> out.append(String.format(Locale.ROOT,
                "| %s | %.0f ms | %.0f ms | %.0f ms | %.2f ms | %.2f |%n", contender.name(), timings.median(),
                timings.min(), timings.max(), timings.median() / statements, timings.median() / jdbcApply)));

        double jdbcBoot = nothingPending.get(plain).median();
        double migrateBoot = nothingPending.get(migrate).median();
        out.append(String.format(Locale.ROOT, "%nNothing pending (a new JVM per run, start to exit; median of %d "
                + "launches after %s warm-up)%n%n", nothingPending.get(plain).count(), options.get("warmup-launches")));
        out.append("| contender | median | min | max | above plain JDBC | × Migrate | classes loaded | revision classes "
                + "loaded |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<Contender, Timings> entry : nothingPending.entrySet()) {
            Timings timings = entry.getValue();
            long[] loaded = classesLoaded(entry.getKey());
            out.append(String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms | %+.0f ms | %.2f | %d | %d |%n",
                    entry.getKey() == migrate ? "Migrate" : entry.getKey().name(), timings.median(), timings.min(),
                    timings.max(), timings.median() - jdbcBoot, timings.median() / migrateBoot, loaded[0],
                    loaded[1]));
        }

        out.append(String.format(Locale.ROOT, "%nWhere Migrate's nothing-pending process spends its time (%s, median "
                + "of %d launches)%n%n| phase | median |%n|---|---:|%n", MigratePhases.class.getSimpleName(),
                phases.values().iterator().next().count()));
        phases.forEach((phase, timings) -> out.append(String.format(Locale.ROOT, "| %s | %.1f ms |%n", phase,
                timings.median())));

        double flywayBoot = nothingPending.get(flyway).median();
        double liquibaseBoot = nothingPending.get(liquibase).median();
        double migrateAbove = migrateBoot - jdbcBoot;
        out.append(String.format(Locale.ROOT, "%nBudgets%n%n"
                + "- apply: Migrate (a transaction per revision) / plain JDBC = %.2f (budget at most 1.5): %s%n"
                + "- nothing pending: Migrate adds %.0f ms to plain JDBC (budget at most 50 ms): %s%n"
                + "- nothing pending: Flyway / Migrate = %.2f (budget at least 3): %s%n"
                + "- nothing pending: Liquibase / Migrate = %.2f (budget at least 6): %s%n"
                + "- time above plain JDBC: Flyway %.0f ms, Liquibase %.0f ms, Migrate %.0f ms; Flyway's is %.1f×, "
                + "Liquibase's %.1f× Migrate's%n"
                + "%nload average at the end %.2f%n",
                apply.get(migrate).median() / jdbcApply, verdict(apply.get(migrate).median() / jdbcApply <= 1.5),
                migrateAbove, verdict(migrateAbove <= 50),
                flywayBoot / migrateBoot, ratioVerdict(flywayBoot, migrateBoot, jdbcBoot, 3),
                liquibaseBoot / migrateBoot, ratioVerdict(liquibaseBoot, migrateBoot, jdbcBoot, 6),
                flywayBoot - jdbcBoot, liquibaseBoot - jdbcBoot, migrateAbove, (flywayBoot - jdbcBoot) / migrateAbove,
                (liquibaseBoot - jdbcBoot) / migrateAbove, Harness.loadAverage()));
        return out.toString();
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    /**
     * The verdict on "{@code other} at least {@code budget}× slower than Migrate", saying when no tool could meet it
     * here: when even plain JDBC, which only connects and reads a row, is not that much faster than {@code other}.
     */
    private static String ratioVerdict(double other, double migrate, double plainJdbc, double budget) {
        if (other / migrate >= budget) {
            return "met";
        }
        return other / plainJdbc < budget ? String.format(Locale.ROOT, "MISSED, and out of reach on this machine: "
                + "plain JDBC itself is only %.2f× faster", other / plainJdbc) : "MISSED";
    }
}
