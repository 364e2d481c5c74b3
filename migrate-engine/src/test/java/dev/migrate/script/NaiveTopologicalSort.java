package dev.migrate.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The ordering rule of {@link TopologicalSort} (Alembic's {@code _topological_sort}) spelled out with a plain list of
 * branches and a full walk above the waiting revision at every switch, so that tests can check the fast sort's exact
 * order against it. Quadratic; for small graphs only.
 */
final class NaiveTopologicalSort {

    private final Graph graph;
    private final BitSet todo;
    private final BitSet emitted = new BitSet();
    /** The revision each branch has reached, in list order. */
    private final List<Integer> branches = new ArrayList<>();

    private NaiveTopologicalSort(Graph graph, BitSet todo) {
        this.graph = graph;
        this.todo = todo;
    }

    static int[] newestFirst(Graph graph, BitSet todo, int[] heads) {
        return new NaiveTopologicalSort(graph, todo).run(heads);
    }

    private int[] run(int[] heads) {
        int[] sortedHeads = heads.clone();
        Arrays.sort(sortedHeads);
        for (int head : sortedHeads) {
            if (todo.get(head) && !branches.contains(head)) {
                branches.add(head);
            }
        }
        int[] output = new int[todo.cardinality()];
        int count = 0;
        int cursor = 0;
        while (count < output.length) {
            if (branches.isEmpty()) {
                cursor = addReadyBranches(todo);
            }
            int candidate = branches.get(cursor);
            BitSet above = notEmittedAbove(candidate);
            if (!above.isEmpty()) {
                cursor = firstBranchIn(above);
                continue;
            }
            output[count++] = candidate;
            emitted.set(candidate);
            List<Integer> fresh = new ArrayList<>();
            for (int parent : graph.parents[candidate]) {
                if (todo.get(parent) && !emitted.get(parent) && !branches.contains(parent)) {
                    fresh.add(parent);
                }
            }
            if (fresh.isEmpty()) {
                branches.remove(cursor);
                cursor = Math.max(cursor - 1, 0);
            } else {
                branches.set(cursor, fresh.get(0));
                branches.addAll(fresh.subList(1, fresh.size()));
            }
        }
        return output;
    }

    /** The index of the first branch whose revision is in {@code above}, after adding branches if none is. */
    private int firstBranchIn(BitSet above) {
        for (int i = 0; i < branches.size(); i++) {
            if (above.get(branches.get(i))) {
                return i;
            }
        }
        return addReadyBranches(above);
    }

    /** Adds the revisions of {@code candidates} with no child waiting as branches; the index of the first added. */
    private int addReadyBranches(BitSet candidates) {
        int first = branches.size();
        for (int revision = candidates.nextSetBit(0); revision >= 0; revision = candidates.nextSetBit(revision + 1)) {
            if (!emitted.get(revision) && !branches.contains(revision) && notEmittedAbove(revision).isEmpty()) {
                branches.add(revision);
            }
        }
        return first;
    }

    /** The revisions of the set, not yet emitted, that descend from {@code revision} through revisions of the set. */
    private BitSet notEmittedAbove(int revision) {
        BitSet above = new BitSet();
        List<Integer> stack = new ArrayList<>(List.of(revision));
        while (!stack.isEmpty()) {
            for (int child : graph.dependents[stack.remove(stack.size() - 1)]) {
                if (todo.get(child) && !emitted.get(child) && !above.get(child)) {
                    above.set(child);
                    stack.add(child);
                }
            }
        }
        return above;
    }
}
