package dev.migrate.testing;

import java.util.Locale;

/** The databases the engine's tests run against. */
public enum DatabaseKind {

    POSTGRESQL, MARIADB, H2, SQLITE;

    /** The lower-case name used in environment variables' values and test names. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the database is embedded in the test JVM (no server to find). */
    public boolean embedded() {
        return this == H2 || this == SQLITE;
    }
}
