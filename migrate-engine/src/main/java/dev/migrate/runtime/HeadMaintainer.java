package dev.migrate.runtime;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import dev.migrate.script.MigrationStep;
import dev.migrate.script.RevisionMap;

/**
 * Keeps the set of current heads (the version table's rows) while steps run, and says which rows each step inserts,
 * updates or deletes: one row per head, with the branch, merge and stamp rules of Alembic's head maintenance.
 * Pure logic: the caller executes the changes.
 */
public final class HeadMaintainer {

    public HeadMaintainer(RevisionMap map, Collection<String> heads) {
        throw new UnsupportedOperationException("HeadMaintainer");
    }

    /** Applies {@code step} to the current heads and returns the row changes, in the order to execute them. */
    public List<VersionChange> apply(MigrationStep step) {
        throw new UnsupportedOperationException();
    }

    /** The current heads, in a stable order. */
    public Set<String> heads() {
        throw new UnsupportedOperationException();
    }
}
