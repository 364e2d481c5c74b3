package dev.migrate.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Validates a collection of revisions and builds the {@link Graph}, in time linear in the number of revisions and
 * edges (dependency normalisation visits, per dependency target shared by several revisions, only the revisions
 * between those dependents). Checks run in Alembic's order: self-loops, duplicate ids, duplicate branch labels,
 * missing parents or dependencies, cycles through {@code down}, cycles through dependencies.
 */
final class GraphBuilder {

    /** Shared by every revision without parents or without dependencies: the graph's arrays are never written. */
    private static final int[] NONE = new int[0];

    private final Revision[] revisions;
    private final int n;
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<String, Integer> labels = new LinkedHashMap<>();
    private int[][] down;
    /** Dependencies as declared, resolved to numbers, deduplicated (parents included). */
    private int[][] declaredDependencies;
    /** {@code down} plus the declared dependencies that are not parents. */
    private int[][] allParents;
    /** Children through {@code down}. */
    private int[][] children;
    private int[][] allChildren;

    private GraphBuilder(Collection<Revision> revisions) {
        this.revisions = revisions.toArray(new Revision[0]);
        this.n = this.revisions.length;
    }

    static Graph build(Collection<Revision> revisions) {
        return new GraphBuilder(revisions).build();
    }

    private Graph build() {
        rejectSelfLoops();
        indexIds();
        indexLabels();
        resolveReferences();
        children = Graph.invert(down);
        allChildren = allParents == down ? children : Graph.invert(allParents);
        rejectCycles();
        int[] order = topologicalOrder();
        int[][] dependencies = normalizedDependencies(order);
        List<Set<String>> branchLabels = branchLabels(order);
        int[] realHeads = Graph.withEmptyList(allChildren);
        return new Graph(revisions, Collections.unmodifiableMap(ids), Collections.unmodifiableMap(labels), down,
                children, dependencies, branchLabels, realHeads, order);
    }

    private void rejectSelfLoops() {
        for (Revision revision : revisions) {
            if (revision.down().contains(revision.id())) {
                throw CycleDetectedException.selfLoop(revision.id());
            }
            if (revision.dependsOn().contains(revision.id())) {
                throw CycleDetectedException.dependencySelfLoop(revision.id());
            }
        }
    }

    private void indexIds() {
        for (int i = 0; i < n; i++) {
            Integer previous = ids.putIfAbsent(revisions[i].id(), i);
            if (previous != null) {
                throw duplicate(revisions[previous], revisions[i]);
            }
        }
    }

    private static RevisionException duplicate(Revision first, Revision second) {
        List<String> classes = new ArrayList<>();
        for (Revision revision : List.of(first, second)) {
            if (revision.className() != null) {
                classes.add(revision.className());
            }
        }
        String where = classes.isEmpty() ? "" : " (" + String.join(" and ", classes) + ")";
        return new RevisionException("Revision " + first.id() + " is present more than once" + where
                + "; give each revision its own id");
    }

    private void indexLabels() {
        for (int i = 0; i < n; i++) {
            Set<String> own = revisions[i].branchLabels();
            if (own.isEmpty()) {
                continue;
            }
            for (String label : new TreeSet<>(own)) {
                Integer owner = ids.containsKey(label) ? ids.get(label) : labels.get(label);
                if (owner != null) {
                    throw new RevisionException("Branch name '" + label + "' in revision " + revisions[i].id()
                            + " already used by revision " + revisions[owner].id());
                }
                labels.put(label, i);
            }
        }
    }

    private void resolveReferences() {
        down = new int[n][];
        declaredDependencies = new int[n][];
        allParents = new int[n][];
        boolean anyDependency = false;
        for (int i = 0; i < n; i++) {
            Revision revision = revisions[i];
            down[i] = resolve(revision.down(), revision, false);
            declaredDependencies[i] = resolve(revision.dependsOn(), revision, true);
            anyDependency |= declaredDependencies[i].length > 0;
            allParents[i] = declaredDependencies[i].length == 0 ? down[i]
                    : Ints.union(down[i], declaredDependencies[i]);
        }
        if (!anyDependency) {
            allParents = down; // lets the children through down serve as the children through all parents
        }
    }

    private int[] resolve(List<String> references, Revision from, boolean labelsAllowed) {
        if (references.isEmpty()) {
            return NONE;
        }
        int[] resolved = new int[references.size()];
        int count = 0;
        for (String reference : references) {
            Integer target = ids.get(reference);
            if (target == null && labelsAllowed) {
                target = labels.get(reference);
            }
            if (target == null) {
                throw new RevisionException("Revision " + reference + " referenced from " + from.id()
                        + " is not present");
            }
            if (!Ints.contains(resolved, count, target)) {
                resolved[count++] = target;
            }
        }
        return count == resolved.length ? resolved : Arrays.copyOf(resolved, count);
    }

    /**
     * Alembic's checks: a graph without heads or without bases is all cycle; otherwise the revisions a topological
     * sort cannot reach are on or behind a cycle. First through {@code down} alone, then through dependencies too.
     */
    private void rejectCycles() {
        if (n == 0) {
            return;
        }
        boolean hasHead = Graph.withEmptyList(children).length > 0;
        boolean hasBase = Graph.withEmptyList(down).length > 0;
        if (!hasHead || !hasBase) {
            throw CycleDetectedException.cycle(idsInOrder());
        }
        List<String> unreached = unreached(down, children);
        if (!unreached.isEmpty()) {
            throw CycleDetectedException.cycle(unreached);
        }
        boolean hasRealHead = Graph.withEmptyList(allChildren).length > 0;
        boolean hasRealBase = Graph.withEmptyList(allParents).length > 0;
        if (!hasRealHead || !hasRealBase) {
            throw CycleDetectedException.dependencyCycle(idsInOrder());
        }
        unreached = unreached(allParents, allChildren);
        if (!unreached.isEmpty()) {
            throw CycleDetectedException.dependencyCycle(unreached);
        }
    }

    private List<String> unreached(int[][] parents, int[][] children) {
        int[] order = kahn(parents, children);
        if (order.length == n) {
            return List.of();
        }
        boolean[] reached = new boolean[n];
        for (int revision : order) {
            reached[revision] = true;
        }
        List<String> unreached = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!reached[i]) {
                unreached.add(revisions[i].id());
            }
        }
        Collections.sort(unreached);
        return unreached;
    }

    private int[] topologicalOrder() {
        return kahn(allParents, allChildren);
    }

    /** Kahn's algorithm, first-in first-out from the roots in revision order; returns the revisions it could order. */
    private int[] kahn(int[][] parents, int[][] children) {
        int[] waiting = new int[n];
        int[] queue = new int[n];
        int tail = 0;
        for (int i = 0; i < n; i++) {
            waiting[i] = parents[i].length;
            if (waiting[i] == 0) {
                queue[tail++] = i;
            }
        }
        for (int head = 0; head < tail; head++) {
            for (int child : children[queue[head]]) {
                if (--waiting[child] == 0) {
                    queue[tail++] = child;
                }
            }
        }
        return Arrays.copyOf(queue, tail);
    }

    /**
     * Drops from each revision's dependencies those that a proper ancestor (through {@code down}) already declares,
     * and those that are also parents. A target declared by a single revision needs no work; for a target declared
     * by several, one walk up from the earlier dependents, bounded by the topological position of the last one,
     * finds the dependents that have another dependent below them.
     */
    private int[][] normalizedDependencies(int[] order) {
        int[] position = new int[n];
        for (int i = 0; i < n; i++) {
            position[order[i]] = i;
        }
        int[][] dependentsByTarget = Graph.invert(declaredDependencies);
        Set<Long> redundant = new HashSet<>();
        int[] memberOf = new int[n];
        int[] visitedFor = new int[n];
        for (int target = 0; target < n; target++) {
            int[] members = dependentsByTarget[target];
            if (members.length < 2) {
                continue;
            }
            int stamp = target + 1;
            int last = 0;
            for (int member : members) {
                memberOf[member] = stamp;
                last = Math.max(last, position[member]);
            }
            IntStack stack = new IntStack();
            for (int member : members) {
                stack.push(member);
            }
            while (!stack.isEmpty()) {
                int revision = stack.pop();
                for (int child : children[revision]) {
                    if (visitedFor[child] == stamp || position[child] > last) {
                        continue;
                    }
                    visitedFor[child] = stamp;
                    if (memberOf[child] == stamp) {
                        redundant.add((long) child * n + target);
                    }
                    stack.push(child);
                }
            }
        }
        int[][] dependencies = new int[n][];
        for (int i = 0; i < n; i++) {
            int[] kept = new int[declaredDependencies[i].length];
            int count = 0;
            for (int dependency : declaredDependencies[i]) {
                if (!redundant.contains((long) i * n + dependency) && !Ints.contains(down[i], dependency)) {
                    kept[count++] = dependency;
                }
            }
            dependencies[i] = Arrays.copyOf(kept, count);
        }
        return dependencies;
    }

    /**
     * A label applies to the revision that declares it, to all its descendants through {@code down}, and to its
     * ancestors up to (not including) the nearest branch point (counting dependents) or merge point.
     */
    private List<Set<String>> branchLabels(int[] order) {
        if (labels.isEmpty()) {
            return Collections.nCopies(n, Set.of()); // no revision declares a label, so none inherits one
        }
        List<Set<String>> inherited = new ArrayList<>(Collections.nCopies(n, Set.of()));
        for (int revision : order) {
            Set<String> own = revisions[revision].branchLabels();
            Set<String> onlyParentLabels = null;
            boolean needsUnion = !own.isEmpty();
            for (int parent : down[revision]) {
                Set<String> parentLabels = inherited.get(parent);
                if (parentLabels.isEmpty() || parentLabels == onlyParentLabels) {
                    continue;
                }
                needsUnion |= onlyParentLabels != null;
                onlyParentLabels = parentLabels;
            }
            if (!needsUnion) {
                inherited.set(revision, onlyParentLabels == null ? Set.of() : onlyParentLabels);
                continue;
            }
            SortedSet<String> union = new TreeSet<>(own);
            for (int parent : down[revision]) {
                union.addAll(inherited.get(parent));
            }
            inherited.set(revision, Collections.unmodifiableSortedSet(union));
        }
        Map<Integer, SortedSet<String>> upward = new HashMap<>();
        for (int labelled = 0; labelled < n; labelled++) {
            Set<String> own = revisions[labelled].branchLabels();
            int revision = labelled;
            while (!own.isEmpty() && allChildren[revision].length <= 1 && down[revision].length <= 1) {
                SortedSet<String> widened = upward.get(revision);
                if (widened == null) {
                    widened = new TreeSet<>(inherited.get(revision));
                    upward.put(revision, widened);
                }
                widened.addAll(own);
                if (down[revision].length == 0) {
                    break;
                }
                revision = down[revision][0];
            }
        }
        for (Map.Entry<Integer, SortedSet<String>> widened : upward.entrySet()) {
            inherited.set(widened.getKey(), Collections.unmodifiableSortedSet(widened.getValue()));
        }
        return Collections.unmodifiableList(inherited);
    }

    private List<String> idsInOrder() {
        List<String> result = new ArrayList<>(n);
        for (Revision revision : revisions) {
            result.add(revision.id());
        }
        return result;
    }
}
