package dev.migrate.script;

import dev.migrate.Migration;
import dev.migrate.config.Config;

/**
 * The revisions of the configured locations: found through the compile-time index (or, without one, by reading
 * class files), turned into a {@link RevisionMap}, and loaded one class at a time when a revision runs.
 */
public final class ScriptDirectory {

    /** Finds the revisions of {@code config}'s locations with its class loader. */
    public static ScriptDirectory from(Config config) {
        throw new UnsupportedOperationException("ScriptDirectory.from");
    }

    /** The graph of every revision found. */
    public RevisionMap revisionMap() {
        throw new UnsupportedOperationException();
    }

    /** Loads and instantiates the migration class of one revision. */
    public Migration migration(Revision revision) {
        throw new UnsupportedOperationException();
    }
}
