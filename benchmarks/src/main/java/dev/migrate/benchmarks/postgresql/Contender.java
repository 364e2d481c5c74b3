package dev.migrate.benchmarks.postgresql;

/**
 * One way of bringing a schema up to date with the benchmark's statements: Migrate, Flyway, Liquibase or plain
 * JDBC. Each is also a main class that a separate JVM runs for the nothing-pending figure.
 */
interface Contender {

    /** The name in the report. */
    String name();

    /** The schema this contender works in. */
    String schema();

    /**
     * Brings {@code target} up to date from whatever state it is in, on fresh connections, doing all the work the
     * tool does on every run (finding the migrations, reading its bookkeeping, taking its lock).
     *
     * @return how many migrations ran
     */
    int migrate(Target target) throws Exception;

    /** The main class that a new JVM runs to do what this contender does when nothing is pending. */
    Class<?> nothingPendingMain();
}
