package dev.migrate.script;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

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

    private static final String ILLEGAL_CHARACTERS = "@-+:";

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
        Set<Character> illegal = new TreeSet<>();
        for (char c : id.toCharArray()) {
            if (ILLEGAL_CHARACTERS.indexOf(c) >= 0) {
                illegal.add(c);
            }
        }
        if (!illegal.isEmpty()) {
            StringBuilder list = new StringBuilder();
            for (char c : illegal) {
                list.append(list.isEmpty() ? "" : ", ").append(c);
            }
            throw new MigrateException("Character(s) '" + list + "' not allowed in revision identifier '" + id + "'");
        }
    }
}
