package dev.migrate.autoconfigure;

import java.util.List;

import dev.migrate.MigrateException;

/**
 * The database is at revisions that none of the application's locations holds, typically because an older version
 * of the application starts against a database a newer one has upgraded.
 */
public class UnknownDatabaseRevisionException extends MigrateException {

    private static final long serialVersionUID = 1L;

    private final List<String> revisions;
    private final List<String> locations;

    /** The database is at {@code revisions}, which none of {@code locations} holds; {@code cause} is the engine's. */
    public UnknownDatabaseRevisionException(List<String> revisions, List<String> locations, Throwable cause) {
        super("Can't locate revision identified by '" + String.join("', '", revisions) + "': the database is at "
                + (revisions.size() == 1 ? "a revision" : "revisions") + " that none of the locations "
                + String.join(", ", locations) + " holds", cause);
        this.revisions = List.copyOf(revisions);
        this.locations = List.copyOf(locations);
    }

    /** The revisions in the version table that the application does not have. */
    public List<String> revisions() {
        return revisions;
    }

    /** The locations (packages) searched for revisions. */
    public List<String> locations() {
        return locations;
    }
}
