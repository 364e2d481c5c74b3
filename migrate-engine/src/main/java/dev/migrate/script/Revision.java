package dev.migrate.script;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.migrate.MigrateException;

/**
 * One revision as declared: its id, parents ({@code down}), dependencies, branch labels and message, plus where it
 * came from. Facts that depend on the whole graph (children, heads, inherited branch labels) are answered by
 * {@link RevisionMap}.
 *
 * @param id           the revision identifier
 * @param down         the parent ids, in declaration order; empty for a base
 * @param dependsOn    ids, partial ids or branch labels this revision depends on without being their child
 * @param branchLabels the labels declared on this revision
 * @param message      the one-line description; empty when none was given
 * @param className    the fully qualified name of the migration class, or {@code null} when not backed by a class
 * @param location     the location (package) the revision was found in, or {@code null}
 */
public record Revision(String id, List<String> down, List<String> dependsOn, Set<String> branchLabels, String message,
        String className, String location) {

    /** Sorted by character code, as Alembic lists them in its message. */
    private static final String ILLEGAL_CHARACTERS = "+-:@";

    public Revision {
        Objects.requireNonNull(id, "id");
        checkIdentifier(id);
        down = List.copyOf(down);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = Set.copyOf(branchLabels);
        message = message == null ? "" : message;
    }

    /** A revision that is not backed by a class, as used by tests and tools that build graphs directly. */
    public static Revision of(String id, List<String> down) {
        return new Revision(id, down, List.of(), Set.of(), "", null, null);
    }

    /** Whether this revision has no parents. */
    public boolean isBase() {
        return down.isEmpty();
    }

    /** Whether this revision has several parents. */
    public boolean isMergePoint() {
        return down.size() > 1;
    }

    /**
     * Rejects identifiers that contain a character with a meaning in revision symbols, with Alembic's message.
     */
    public static void checkIdentifier(String id) {
        StringBuilder illegal = new StringBuilder();
        // in the order of ILLEGAL_CHARACTERS, which is sorted, so the message lists them sorted
        for (int i = 0; i < ILLEGAL_CHARACTERS.length(); i++) {
            char c = ILLEGAL_CHARACTERS.charAt(i);
            if (id.indexOf(c) >= 0) {
                illegal.append(illegal.isEmpty() ? "" : ", ").append(c);
            }
        }
        if (!illegal.isEmpty()) {
            throw new MigrateException("Character(s) '" + illegal + "' not allowed in revision identifier '" + id
                    + "'");
        }
    }

    // equals and hashCode are written out because the generated ones bootstrap java.lang.runtime.ObjectMethods on
    // first use, which costs tens of milliseconds in a fresh JVM, and every start hashes the revisions; the hash is
    // the id's alone, which equal revisions share, so hashing 1,000 revisions reads 1,000 short strings

    @Override
    public boolean equals(Object other) {
        return other instanceof Revision that && id.equals(that.id) && down.equals(that.down)
                && dependsOn.equals(that.dependsOn) && branchLabels.equals(that.branchLabels)
                && message.equals(that.message) && Objects.equals(className, that.className)
                && Objects.equals(location, that.location);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
