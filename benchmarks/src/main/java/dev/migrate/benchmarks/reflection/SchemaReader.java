package dev.migrate.benchmarks.reflection;

/**
 * One contender's way of reading the benchmark's whole schema on one open connection, prepared once (whatever a tool
 * builds once per application, such as Hibernate's service registry) and then read as often as the benchmark asks.
 */
interface SchemaReader extends AutoCloseable {

    /** Reads the whole schema once and tells how much it read. */
    SchemaSummary read() throws Exception;

    @Override
    default void close() {
    }
}
