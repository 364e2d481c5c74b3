package dev.migrate.benchmarks.reflection;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.util.List;

import dev.migrate.benchmarks.Phases;
import dev.migrate.schema.Schema;

/**
 * The body of a {@link ColdRead} process: a fresh JVM that connects and reads the benchmark's schema once with
 * Migrate's inspector, then prints the time of each phase as one line that {@link Phases#parse} reads. The read is
 * checked (after its timing) to have found the whole schema.
 *
 * <p>Arguments: {@code <database> <url> <user> <password> <tables>}, the database as {@link ReflectedDatabase#named}
 * takes it.
 */
final class FirstRead {

    private FirstRead() {
    }

    public static void main(String[] args) throws Exception {
        Phases phases = Phases.sinceJvmStart();
        if (args.length != 5) {
            throw new IllegalArgumentException("expected <database> <url> <user> <password> <tables>");
        }
        ReflectedDatabase database = ReflectedDatabase.named(args[0], args[1], args[2], args[3]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Schema schema;
        try (Connection connection = database.connect()) {
            phases.end("connect");
            long cpu = threads.getCurrentThreadCpuTime();
            schema = MigrateReader.inspect(connection);
            phases.end("inspect");
            phases.add("inspect, CPU of its thread", (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
        }
        MigrateReader.summary(schema).requireWholeSchema("Migrate inspector", Integer.parseInt(args[4]));
        System.out.println(phases.format());
    }

    /** The arguments {@link #main} takes, for {@code tables} tables in {@code database}. */
    static List<String> arguments(ReflectedDatabase database, int tables) {
        return List.of(database.name(), database.serverUrl, database.user, database.password,
                Integer.toString(tables));
    }
}
