package dev.migrate.benchmarks.postgresql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A database schema to migrate: a JDBC URL whose {@code currentSchema} is that schema, so every tool works in it
 * with unqualified names.
 */
record Target(String url, String user, String password) {

    /** The schema {@code schema} of the database at {@code databaseUrl} (a URL without parameters). */
    static Target schema(String databaseUrl, String schema, String user, String password) {
        return new Target(databaseUrl + "?currentSchema=" + schema, user, password);
    }

    /** Reads the target from the command line of a process the benchmark starts: URL, user, password. */
    static Target fromArguments(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("expected the arguments <jdbc-url> <user> <password>");
        }
        return new Target(args[0], args[1], args[2]);
    }

    /** The command-line arguments {@link #fromArguments} reads. */
    String[] arguments() {
        return new String[] {url, user, password};
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
