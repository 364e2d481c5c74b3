package dev.migrate.script;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers graph questions straight from the declared revisions, with plain set walks and no cleverness, so that
 * property tests can check {@link RevisionMap} against it. Parents are {@code down} plus {@code dependsOn} (labels
 * resolved to the revision that declares them).
 */
final class GraphOracle {

    private final List<Revision> revisions;
    private final Map<String, Set<String>> parents = new HashMap<>();
    private final Map<String, Set<String>> children = new HashMap<>();
    private final Map<String, Set<String>> versionedChildren = new HashMap<>();
    private final Set<String> namedInDown = new HashSet<>();

    GraphOracle(List<Revision> revisions) {
        this.revisions = revisions;
        Map<String, String> labelOwner = new HashMap<>();
        for (Revision revision : revisions) {
            revision.branchLabels().forEach(label -> labelOwner.put(label, revision.id()));
            children.put(revision.id(), new LinkedHashSet<>());
            versionedChildren.put(revision.id(), new LinkedHashSet<>());
        }
        for (Revision revision : revisions) {
            Set<String> all = new LinkedHashSet<>(revision.down());
            for (String dependency : revision.dependsOn()) {
                all.add(labelOwner.getOrDefault(dependency, dependency));
            }
            parents.put(revision.id(), all);
            all.forEach(parent -> children.get(parent).add(revision.id()));
            revision.down().forEach(parent -> versionedChildren.get(parent).add(revision.id()));
            namedInDown.addAll(revision.down());
        }
    }

    Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        revisions.forEach(revision -> ids.add(revision.id()));
        return ids;
    }

    /** Revisions no revision names in {@code down}. */
    Set<String> heads() {
        Set<String> heads = ids();
        heads.removeAll(namedInDown);
        return heads;
    }

    /** Revisions no revision names at all. */
    Set<String> realHeads() {
        Set<String> heads = ids();
        heads.removeIf(id -> !children.get(id).isEmpty());
        return heads;
    }

    /** {@code down} and dependencies. */
    Set<String> parents(String id) {
        return parents.get(id);
    }

    /** Children and dependents. */
    Set<String> children(String id) {
        return children.get(id);
    }

    /** The revisions that name {@code id} in {@code down}. */
    Set<String> versionedChildren(String id) {
        return versionedChildren.get(id);
    }

    /** {@code from} and all its descendants through {@code down} alone. */
    Set<String> versionedDescendants(Collection<String> from) {
        return closure(from, versionedChildren);
    }

    /** {@code from} and all its ancestors through parents and dependencies. */
    Set<String> ancestors(Collection<String> from) {
        return closure(from, parents);
    }

    /** {@code from} and all its descendants through children and dependents. */
    Set<String> descendants(Collection<String> from) {
        return closure(from, children);
    }

    /** The members of {@code applied} that no other member descends from: the rows of a version table. */
    Set<String> maximal(Set<String> applied) {
        Set<String> rows = new HashSet<>();
        for (String id : applied) {
            if (children.get(id).stream().noneMatch(applied::contains)) {
                rows.add(id);
            }
        }
        return rows;
    }

    /** Whether no row is an ancestor of another row. */
    boolean isAntichain(Collection<String> rows) {
        for (String row : rows) {
            Set<String> above = descendants(List.of(row));
            above.remove(row);
            for (String other : rows) {
                if (above.contains(other)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Set<String> closure(Collection<String> from, Map<String, Set<String>> edges) {
        Set<String> seen = new HashSet<>(from);
        Deque<String> todo = new ArrayDeque<>(from);
        while (!todo.isEmpty()) {
            for (String next : edges.get(todo.pop())) {
                if (seen.add(next)) {
                    todo.push(next);
                }
            }
        }
        return seen;
    }
}
