package dev.migrate.benchmarks.postgresql;

/**
 * Migrate's nothing-pending process with its phases timed: prints one line that {@link Phases#parse} reads. The
 * benchmark launches it to show where the time above plain JDBC goes.
 */
final class MigratePhases {

    private MigratePhases() {
    }

    public static void main(String[] args) throws Exception {
        Phases phases = Phases.sinceJvmStart();
        int ran = new MigrateRun(false).migrate(Target.fromArguments(args), phases);
        if (ran != 0) {
            throw new IllegalStateException("Migrate ran " + ran + " revisions; nothing should be pending");
        }
        System.out.println(phases.format());
    }
}
