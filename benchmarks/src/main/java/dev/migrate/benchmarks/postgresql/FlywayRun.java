package dev.migrate.benchmarks.postgresql;

import org.flywaydb.core.Flyway;

/** Flyway: the generated {@code V<n>__create_bench_item_<n>.sql} files, with Flyway's defaults. */
final class FlywayRun implements Contender {

    @Override
    public String name() {
        return "Flyway";
    }

    @Override
    public String schema() {
        return "bench_flyway";
    }

    @Override
    public int migrate(Target target) {
        return Flyway.configure()
            .dataSource(target.url(), target.user(), target.password())
            .locations("classpath:db/flyway")
            .load()
            .migrate()
            .migrationsExecuted;
    }

    @Override
    public Class<?> nothingPendingMain() {
        return FlywayRun.class;
    }

    /** Runs Flyway's {@code migrate} once against the target on the command line. */
    public static void main(String[] args) throws Exception {
        NothingPending.check(new FlywayRun(), args);
    }
}
