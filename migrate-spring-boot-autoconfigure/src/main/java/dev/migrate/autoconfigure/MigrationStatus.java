package dev.migrate.autoconfigure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.migrate.runtime.MigrationContext;
import dev.migrate.script.Revision;
import dev.migrate.script.RevisionMap;

/**
 * Where one migrated database stands, read from its version table (one query) and the revision graph.
 *
 * @param currentHeads     the revisions in its version table
 * @param scriptHeads      the heads of the revision graph
 * @param upToDate         whether every revision is applied and the database is at no revision the application
 *                         lacks
 * @param pendingRevisions the revisions not applied yet, oldest first: what an upgrade to the heads runs
 * @param revisions        every revision, newest first, with its state; revisions of the version table the
 *                         application lacks come first
 * @param error            what stops an upgrade (the database is at a revision the application lacks), or
 *                         {@code null}
 */
public record MigrationStatus(List<String> currentHeads, List<String> scriptHeads, boolean upToDate,
        List<String> pendingRevisions, List<RevisionDescriptor> revisions, String error) {

    /** Reads the status of the database {@code initializer} migrates. */
    public static MigrationStatus read(MigrateInitializer initializer) {
        List<String> current;
        try (MigrationContext database = MigrationContext.open(initializer.getDataSource(),
                initializer.getEnvironment())) {
            current = database.currentHeads();
        }
        RevisionMap map = initializer.getCommands().scripts().revisionMap();
        List<String> unknown = current.stream().filter(id -> map.find(id).isEmpty()).toList();
        Set<String> applied = applied(map, current);
        List<RevisionDescriptor> known = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (Revision revision : map.revisions()) {
            State state = current.contains(revision.id()) ? State.CURRENT
                    : applied.contains(revision.id()) ? State.APPLIED : State.PENDING;
            if (state == State.PENDING) {
                pending.add(revision.id());
            }
            known.add(new RevisionDescriptor(revision.id(), revision.down(), revision.dependsOn(),
                    revision.message(), new TreeSet<>(map.branchLabels(revision.id())), state));
        }
        Collections.reverse(known);
        List<RevisionDescriptor> revisions = new ArrayList<>();
        unknown.forEach(id -> revisions.add(new RevisionDescriptor(id, List.of(), List.of(), null, Set.of(),
                State.UNKNOWN)));
        revisions.addAll(known);
        String error = unknown.isEmpty() ? null : "The database is at revision(s) " + String.join(", ", unknown)
                + " that none of the locations " + String.join(", ", initializer.getConfig().locations()) + " holds";
        List<String> heads = map.heads().stream().map(Revision::id).toList();
        return new MigrationStatus(current, heads, unknown.isEmpty() && pending.isEmpty(),
                Collections.unmodifiableList(pending), Collections.unmodifiableList(revisions), error);
    }

    /** The revisions the version table's rows imply: the known rows and everything they descend from. */
    private static Set<String> applied(RevisionMap map, List<String> current) {
        Set<String> applied = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        current.stream().filter(id -> map.find(id).isPresent()).forEach(pending::push);
        while (!pending.isEmpty()) {
            String id = pending.pop();
            if (applied.add(id)) {
                map.find(id).orElseThrow().down().forEach(pending::push);
                map.dependencies(id).forEach(pending::push);
            }
        }
        return applied;
    }

    /**
     * One revision as the endpoint shows it.
     *
     * @param id           its id
     * @param parents      the revisions it follows ({@code down})
     * @param dependsOn    the revisions or branch labels it depends on without following them
     * @param message      its message; {@code null} for a revision the application lacks
     * @param branchLabels the branch labels that apply to it, its own and inherited
     * @param state        where the database stands with it
     */
    public record RevisionDescriptor(String id, List<String> parents, List<String> dependsOn, String message,
            Set<String> branchLabels, State state) {
    }

    /** Where a database stands with one revision. */
    public enum State {

        /** In the version table: the database is at this revision. */
        CURRENT,

        /** Applied before a current revision. */
        APPLIED,

        /** Not applied yet. */
        PENDING,

        /** In the version table, but none of the application's locations holds it. */
        UNKNOWN
    }
}
