package dev.migrate.script;

import java.util.Arrays;
import java.util.BitSet;
import java.util.TreeMap;

/**
 * Orders a set of revisions newest first (every revision after all its descendants in the set), the way Alembic's
 * {@code _topological_sort} does: starting from the given heads in revision order, it walks down one branch at a
 * time, and when the next revision still has a descendant waiting on another branch it switches to the first such
 * branch. The result is deterministic and keeps each branch together; reversing it gives the upgrade order.
 *
 * <p>Unlike Alembic, which keeps the full ancestor set of every branch it follows, readiness is a count of children
 * not yet emitted, so the cost is linear in the set plus, at each switch, the part of the set above the revision
 * that waits.
 */
final class TopologicalSort {

    private final Graph graph;
    private final BitSet todo;
    private final BitSet emitted = new BitSet();
    private final int[] waitingChildren;
    /** The branches being walked, in Alembic's list order: key to the revision the branch has reached. */
    private final TreeMap<Integer, Integer> frontier = new TreeMap<>();
    private final BitSet inFrontier = new BitSet();
    private final int[] keyOf;
    private int nextKey;

    private TopologicalSort(Graph graph, BitSet todo) {
        this.graph = graph;
        this.todo = todo;
        this.waitingChildren = new int[graph.size()];
        this.keyOf = new int[graph.size()];
        for (int revision = todo.nextSetBit(0); revision >= 0; revision = todo.nextSetBit(revision + 1)) {
            for (int parent : graph.parents[revision]) {
                if (todo.get(parent)) {
                    waitingChildren[parent]++;
                }
            }
        }
    }

    /** The revisions of {@code todo}, newest first, walking down from {@code heads} (those in {@code todo}). */
    static int[] newestFirst(Graph graph, BitSet todo, int[] heads) {
        return new TopologicalSort(graph, todo).run(heads);
    }

    private int[] run(int[] heads) {
        int[] sortedHeads = heads.clone();
        Arrays.sort(sortedHeads);
        for (int head : sortedHeads) {
            if (todo.get(head) && !inFrontier.get(head)) {
                append(head);
            }
        }
        int total = todo.cardinality();
        int[] output = new int[total];
        int count = 0;
        Integer cursor = frontier.isEmpty() ? null : frontier.firstKey();
        while (count < total) {
            if (frontier.isEmpty()) {
                cursor = appendReadyRevisions(todo);
            }
            int candidate = frontier.get(cursor);
            if (waitingChildren[candidate] > 0) {
                cursor = firstBranchAbove(candidate);
                continue;
            }
            output[count++] = candidate;
            emitted.set(candidate);
            inFrontier.clear(candidate);
            int replacement = -1;
            for (int parent : graph.parents[candidate]) {
                if (!todo.get(parent)) {
                    continue;
                }
                waitingChildren[parent]--;
                if (emitted.get(parent) || inFrontier.get(parent)) {
                    continue;
                }
                if (replacement < 0) {
                    replacement = parent;
                    put(cursor, parent);
                } else {
                    append(parent);
                }
            }
            if (replacement < 0) {
                frontier.remove(cursor);
                Integer previous = frontier.lowerKey(cursor);
                cursor = previous != null ? previous : frontier.isEmpty() ? null : frontier.firstKey();
            }
        }
        return output;
    }

    /**
     * The key of the first branch (in list order) whose revision descends from {@code waiting}. Should no branch
     * cover the revisions above it (possible only for sets that are not closed between their members), the ready
     * ones among them become new branches.
     */
    private int firstBranchAbove(int waiting) {
        BitSet above = new BitSet();
        IntStack stack = new IntStack();
        stack.push(waiting);
        Integer first = null;
        while (!stack.isEmpty()) {
            int revision = stack.pop();
            for (int child : graph.dependents[revision]) {
                if (!todo.get(child) || emitted.get(child) || above.get(child)) {
                    continue;
                }
                above.set(child);
                stack.push(child);
                if (inFrontier.get(child) && (first == null || keyOf[child] < first)) {
                    first = keyOf[child];
                }
            }
        }
        return first != null ? first : appendReadyRevisions(above);
    }

    /** Adds the revisions of {@code candidates} that wait on no child as branches; returns the first one's key. */
    private int appendReadyRevisions(BitSet candidates) {
        Integer first = null;
        for (int revision = candidates.nextSetBit(0); revision >= 0; revision = candidates.nextSetBit(revision + 1)) {
            if (!emitted.get(revision) && !inFrontier.get(revision) && waitingChildren[revision] == 0) {
                int key = append(revision);
                first = first == null ? key : first;
            }
        }
        return first;
    }

    private int append(int revision) {
        int key = nextKey++;
        put(key, revision);
        return key;
    }

    private void put(int key, int revision) {
        frontier.put(key, revision);
        keyOf[revision] = key;
        inFrontier.set(revision);
    }
}
