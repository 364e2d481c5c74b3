package dev.migrate.benchmarks.postgresql;

import java.sql.Connection;
import java.util.List;

import dev.migrate.benchmarks.Phases;
import dev.migrate.config.Config;
import dev.migrate.runtime.EnvironmentContext;
import dev.migrate.runtime.MigrationContext;
import dev.migrate.script.MigrationStep;
import dev.migrate.script.RevisionMap;
import dev.migrate.script.ScriptDirectory;

/**
 * Migrate's nothing-pending process taken apart: the engine's steps one after the other, each timed, printed as one
 * line that {@link Phases#parse} reads. {@link MigrateRun} does the same work through {@code Commands}, which reads
 * the revisions while it connects; this shows what each step costs on its own.
 */
final class MigratePhases {

    private MigratePhases() {
    }

    public static void main(String[] args) throws Exception {
        Phases phases = Phases.sinceJvmStart();
        Target target = Target.fromArguments(args);
        ScriptDirectory scripts = ScriptDirectory.from(Config.builder().locations(List.of(MigrateRun.LOCATION)).build());
        phases.end("find the revisions (index)");
        RevisionMap map = scripts.revisionMap();
        phases.end("build the graph");
        int[] planned = new int[1];
        try (Connection connection = target.connect()) {
            phases.end("connect");
            MigrationContext context = MigrationContext.configure(connection, EnvironmentContext.builder().build());
            phases.end("configure the context (dialect)");
            context.run(map, heads -> {
                List<MigrationStep> plan = map.upgradePlan(heads, "heads");
                planned[0] = plan.size();
                return plan;
            }, scripts::migration);
            phases.end("run (version table, plan)");
        }
        phases.end("close");
        if (planned[0] != 0) {
            throw new IllegalStateException("Migrate planned " + planned[0] + " revisions; nothing should be pending");
        }
        System.out.println(phases.format());
    }
}
