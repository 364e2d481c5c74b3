package dev.migrate.benchmarks.postgresql;

import java.sql.Connection;
import java.util.List;

import dev.migrate.config.Config;
import dev.migrate.runtime.EnvironmentContext;
import dev.migrate.runtime.MigrationContext;
import dev.migrate.script.MigrationStep;
import dev.migrate.script.RevisionMap;
import dev.migrate.script.ScriptDirectory;

/**
 * Migrate: the generated revision classes, found through the compile-time index, upgraded to {@code heads} with
 * the default environment (the PostgreSQL advisory lock, the {@code migrate_version} table). On PostgreSQL the
 * default runs the whole upgrade in one transaction; with {@code transactionPerMigration} each revision commits
 * its DDL and its version-row update by itself, as Flyway and Liquibase do.
 */
final class MigrateRun implements Contender {

    /** The package of the revision classes the build generates. */
    static final String LOCATION = "dev.migrate.benchmarks.revisions";

    private final boolean transactionPerMigration;

    MigrateRun(boolean transactionPerMigration) {
        this.transactionPerMigration = transactionPerMigration;
    }

    @Override
    public String name() {
        return transactionPerMigration ? "Migrate (a transaction per revision)" : "Migrate (default: one transaction)";
    }

    @Override
    public String schema() {
        return transactionPerMigration ? "bench_migrate" : "bench_migrate_one_tx";
    }

    @Override
    public int migrate(Target target) throws Exception {
        return migrate(target, Phases.NONE);
    }

    /** {@link #migrate(Target)}, timing its phases into {@code phases}. */
    int migrate(Target target, Phases phases) throws Exception {
        ScriptDirectory scripts = ScriptDirectory.from(Config.builder().locations(List.of(LOCATION)).build());
        phases.end("find the revisions (index)");
        RevisionMap map = scripts.revisionMap();
        phases.end("build the graph");
        EnvironmentContext environment = EnvironmentContext.builder()
            .transactionPerMigration(transactionPerMigration)
            .build();
        int[] planned = new int[1];
        try (Connection connection = target.connect()) {
            phases.end("connect");
            MigrationContext context = MigrationContext.configure(connection, environment);
            phases.end("configure the context (dialect)");
            context.run(map, heads -> {
                List<MigrationStep> plan = map.upgradePlan(heads, "heads");
                planned[0] = plan.size();
                return plan;
            }, scripts::migration);
            phases.end("run (lock, version table, plan)");
        }
        phases.end("close");
        return planned[0];
    }

    @Override
    public Class<?> nothingPendingMain() {
        return MigrateRun.class;
    }

    /** Runs Migrate once against the target on the command line, as an application boot would. */
    public static void main(String[] args) throws Exception {
        NothingPending.check(new MigrateRun(false), args);
    }
}
