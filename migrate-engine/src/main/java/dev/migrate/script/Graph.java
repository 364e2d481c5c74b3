package dev.migrate.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The indexed revision graph behind {@link RevisionMap}. Revisions are numbered in the order they were given; every
 * relation is an array of such numbers. Two kinds of edge exist: versioned edges ({@code down}) and dependency edges
 * ({@code dependsOn}, normalised). Traversals are iterative and return {@link BitSet}s, so that walking a long chain
 * costs no stack and no boxing.
 */
final class Graph {

    final Revision[] revisions;
    /** Revision id to number. */
    final Map<String, Integer> ids;
    /** Declared branch label to the number of the revision that declares it, in declaration order. */
    final Map<String, Integer> labels;
    /** Parents from {@code down}, deduplicated, in declaration order. */
    final int[][] down;
    /** Normalised dependencies that are not also parents, in declaration order. */
    final int[][] dependencies;
    /** {@code down} followed by {@link #dependencies}: the edges a migration plan follows. */
    final int[][] parents;
    /** Children through {@code down}, in revision order. */
    final int[][] children;
    /** Children through {@link #parents}, in revision order. */
    final int[][] dependents;
    /** The branch labels that apply to each revision, own and inherited. */
    final List<Set<String>> branchLabels;
    /** Revisions no revision names in {@code down}. */
    final int[] heads;
    /** Heads that no revision names in {@code dependsOn} either. */
    final int[] realHeads;
    /** Revisions without parents. */
    final int[] bases;
    /** Every revision, parents and dependencies before children. */
    final int[] topologicalOrder;

    Graph(Revision[] revisions, Map<String, Integer> ids, Map<String, Integer> labels, int[][] down,
            int[][] children, int[][] dependencies, List<Set<String>> branchLabels, int[] realHeads,
            int[] topologicalOrder) {
        this.revisions = revisions;
        this.ids = ids;
        this.labels = labels;
        this.down = down;
        this.dependencies = dependencies;
        this.branchLabels = branchLabels;
        this.realHeads = realHeads;
        this.topologicalOrder = topologicalOrder;
        int n = revisions.length;
        boolean anyDependency = false;
        int[][] withDependencies = new int[n][];
        for (int i = 0; i < n; i++) {
            withDependencies[i] = concat(down[i], dependencies[i]);
            anyDependency |= dependencies[i].length > 0;
        }
        this.children = children;
        this.parents = anyDependency ? withDependencies : down;
        this.dependents = anyDependency ? invert(withDependencies) : children;
        this.heads = withEmptyList(children);
        this.bases = withEmptyList(down);
    }

    int size() {
        return revisions.length;
    }

    String id(int revision) {
        return revisions[revision].id();
    }

    /** {@code from} and all their ancestors, through dependencies too when {@code withDependencies}. */
    BitSet ancestors(int[] from, boolean withDependencies) {
        return closure(from, withDependencies ? parents : down);
    }

    /** {@code from} and all their descendants, through dependents too when {@code withDependencies}. */
    BitSet descendants(int[] from, boolean withDependencies) {
        return closure(from, withDependencies ? dependents : children);
    }

    /** The revisions that share a line of descent with {@code revision}: its ancestors, itself and its descendants. */
    BitSet lineage(int revision, boolean withDependencies) {
        BitSet lineage = ancestors(new int[] {revision}, withDependencies);
        lineage.or(descendants(new int[] {revision}, withDependencies));
        return lineage;
    }

    /**
     * The ancestors of {@code targets} (themselves included, dependencies followed) where no target may be an ancestor
     * of another: Alembic's check that a set of requested revisions does not overlap.
     */
    BitSet ancestorsOfDistinct(int[] targets) {
        BitSet isTarget = toBitSet(targets);
        BitSet seen = new BitSet(size());
        int[] stack = new int[size()];
        for (int target : targets) {
            if (seen.get(target)) {
                continue;
            }
            int top = 0;
            stack[top++] = target;
            seen.set(target);
            while (top > 0) {
                int revision = stack[--top];
                for (int parent : parents[revision]) {
                    if (isTarget.get(parent) && parent != target) {
                        throw new RevisionException("Requested revision " + id(target)
                                + " overlaps with other requested revisions " + id(parent));
                    }
                    if (!seen.get(parent)) {
                        seen.set(parent);
                        stack[top++] = parent;
                    }
                }
            }
        }
        return seen;
    }

    /**
     * Whether one of {@code targets} is reached from {@code revision} by going to children and dependents, never
     * entering {@code barrier} and never going beyond a target.
     */
    boolean reaches(int revision, BitSet targets, int barrier) {
        BitSet seen = new BitSet();
        IntStack stack = new IntStack();
        stack.push(revision);
        seen.set(revision);
        while (!stack.isEmpty()) {
            int current = stack.pop();
            for (int child : dependents[current]) {
                if (targets.get(child)) {
                    return true;
                }
                if (child != barrier && !seen.get(child)) {
                    seen.set(child);
                    stack.push(child);
                }
            }
        }
        return false;
    }

    List<String> idsOf(int[] revisionNumbers) {
        List<String> result = new ArrayList<>(revisionNumbers.length);
        for (int revision : revisionNumbers) {
            result.add(id(revision));
        }
        return result;
    }

    List<Revision> revisionsOf(int[] revisionNumbers) {
        List<Revision> result = new ArrayList<>(revisionNumbers.length);
        for (int revision : revisionNumbers) {
            result.add(revisions[revision]);
        }
        return result;
    }

    static BitSet toBitSet(int[] revisionNumbers) {
        BitSet set = new BitSet();
        for (int revision : revisionNumbers) {
            set.set(revision);
        }
        return set;
    }

    private BitSet closure(int[] from, int[][] edges) {
        BitSet seen = new BitSet(size());
        int[] stack = new int[size()];
        int top = 0;
        for (int start : from) {
            if (!seen.get(start)) {
                seen.set(start);
                stack[top++] = start;
            }
        }
        while (top > 0) {
            int revision = stack[--top];
            for (int next : edges[revision]) {
                if (!seen.get(next)) {
                    seen.set(next);
                    stack[top++] = next;
                }
            }
        }
        return seen;
    }

    private static int[] concat(int[] first, int[] second) {
        if (second.length == 0) {
            return first;
        }
        int[] result = new int[first.length + second.length];
        System.arraycopy(first, 0, result, 0, first.length);
        System.arraycopy(second, 0, result, first.length, second.length);
        return result;
    }

    /** Turns parent lists into child lists; children come out in revision order. */
    static int[][] invert(int[][] parentLists) {
        int n = parentLists.length;
        int[] counts = new int[n];
        for (int[] parentList : parentLists) {
            for (int parent : parentList) {
                counts[parent]++;
            }
        }
        int[][] childLists = new int[n][];
        for (int i = 0; i < n; i++) {
            childLists[i] = new int[counts[i]];
            counts[i] = 0;
        }
        for (int child = 0; child < n; child++) {
            for (int parent : parentLists[child]) {
                childLists[parent][counts[parent]++] = child;
            }
        }
        return childLists;
    }

    /** The revisions whose list in {@code lists} is empty, such as the heads for lists of children. */
    static int[] withEmptyList(int[][] lists) {
        int count = 0;
        int[] selected = new int[lists.length];
        for (int i = 0; i < lists.length; i++) {
            if (lists[i].length == 0) {
                selected[count++] = i;
            }
        }
        return Arrays.copyOf(selected, count);
    }
}
