package dev.migrate.runtime;

import java.util.Set;

/** One change to the rows of the version table, produced by {@link HeadMaintainer} for one step. */
public sealed interface VersionChange {

    /** Makes this change to {@code heads}, the version table's rows as a set. */
    void applyTo(Set<String> heads);

    /** Adds a row holding {@code id}. */
    record Insert(String id) implements VersionChange {

        @Override
        public void applyTo(Set<String> heads) {
            heads.add(id);
        }
    }

    /** Changes the row holding {@code from} to hold {@code to}. */
    record Update(String from, String to) implements VersionChange {

        @Override
        public void applyTo(Set<String> heads) {
            heads.remove(from);
            heads.add(to);
        }
    }

    /** Removes the row holding {@code id}. */
    record Delete(String id) implements VersionChange {

        @Override
        public void applyTo(Set<String> heads) {
            heads.remove(id);
        }
    }
}
