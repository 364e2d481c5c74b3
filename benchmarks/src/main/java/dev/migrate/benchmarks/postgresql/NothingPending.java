package dev.migrate.benchmarks.postgresql;

/** The body of a nothing-pending process: one run of a tool, which must find nothing to do. */
final class NothingPending {

    private NothingPending() {
    }

    /** Runs {@code contender} once on the target given as {@code args}; fails when it ran any migration. */
    static void check(Contender contender, String[] args) throws Exception {
        int ran = contender.migrate(Target.fromArguments(args));
        if (ran != 0) {
            throw new IllegalStateException(contender.name() + " ran " + ran + " migrations; nothing should be pending");
        }
        System.out.println(contender.name() + ": nothing pending");
    }
}
