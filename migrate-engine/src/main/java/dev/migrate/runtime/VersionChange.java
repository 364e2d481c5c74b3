package dev.migrate.runtime;

/** One change to the rows of the version table, produced by {@link HeadMaintainer} for one step. */
public sealed interface VersionChange {

    /** Adds a row holding {@code id}. */
    record Insert(String id) implements VersionChange {
    }

    /** Changes the row holding {@code from} to hold {@code to}. */
    record Update(String from, String to) implements VersionChange {
    }

    /** Removes the row holding {@code id}. */
    record Delete(String id) implements VersionChange {
    }
}
