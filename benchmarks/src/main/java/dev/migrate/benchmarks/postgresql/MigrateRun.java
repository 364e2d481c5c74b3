package dev.migrate.benchmarks.postgresql;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;

import dev.migrate.command.Commands;
import dev.migrate.config.Config;
import dev.migrate.runtime.EnvironmentContext;

/**
 * Migrate: the generated revision classes, found through the compile-time index, upgraded to {@code heads} by
 * {@link Commands#upgrade(String)}, the call the Spring Boot starter and the command line make, with the default
 * environment (the PostgreSQL advisory lock, the {@code migrate_version} table). On PostgreSQL the default runs the
 * whole upgrade in one transaction; with {@code transactionPerMigration} each revision commits its DDL and its
 * version-row update by itself, as Flyway and Liquibase do.
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
    public int migrate(Target target) {
        Config config = Config.builder()
            .locations(List.of(LOCATION))
            .url(target.url())
            .user(target.user())
            .password(target.password())
            .out(new PrintStream(OutputStream.nullOutputStream()))
            .build();
        int[] applied = new int[1];
        EnvironmentContext environment = EnvironmentContext.from(config)
            .transactionPerMigration(transactionPerMigration)
            .listener((context, info) -> applied[0]++)
            .build();
        new Commands(config, environment, null).upgrade("heads");
        return applied[0];
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
