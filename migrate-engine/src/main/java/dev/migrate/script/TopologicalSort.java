package dev.migrate.script;

import java.util.Arrays;
import java.util.BitSet;
import java.util.stream.IntStream;

/**
 * Orders a set of revisions newest first (every revision after all its descendants in the set), the way Alembic's
 * {@code _topological_sort} does: starting from the given heads in revision order, it walks down one branch at a
 * time, and when the next revision still has a descendant waiting on another branch it switches to the first such
 * branch. The result is deterministic and keeps each branch together; reversing it gives the upgrade order.
 *
 * <p>Unlike Alembic, which keeps the full ancestor set of every branch it follows, readiness is a count of children
 * not yet emitted, and the first branch above a waiting revision comes from {@link BranchesAbove}, built at the first
 * switch. For n revisions and e edges in the set, the walk takes O((n + e) log n), and each switch between branches
 * O(log n) plus O(log n) for each side-edge bound it raises there.
 */
final class TopologicalSort {

    private final Graph graph;
    private final BitSet todo;
    private final BitSet emitted;
    private final int[] waitingChildren;
    private final BranchList branches;
    private final boolean[] onBranch;
    /** Built at the first switch between branches: sorts that never switch never need it. */
    private BranchesAbove branchesAbove;
    /** The revisions walked while adding branches where none was above (each is walked once at most). */
    private final BitSet walkedUncovered = new BitSet();

    private TopologicalSort(Graph graph, BitSet todo) {
        this.graph = graph;
        this.todo = todo;
        this.emitted = new BitSet(graph.size());
        this.waitingChildren = new int[graph.size()];
        this.branches = new BranchList(todo.cardinality());
        this.onBranch = new boolean[graph.size()];
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
            if (todo.get(head) && !onBranch[head]) {
                addBranch(head);
            }
        }
        int[] output = new int[todo.cardinality()];
        int count = 0;
        int cursor = branches.first();
        while (count < output.length) {
            if (branches.isEmpty()) {
                cursor = addReadyBranches(todo.stream().toArray());
            }
            int candidate = branches.revision(cursor);
            if (waitingChildren[candidate] > 0) {
                cursor = firstBranchAbove(cursor);
                continue;
            }
            output[count++] = candidate;
            emitted.set(candidate);
            onBranch[candidate] = false;
            if (branchesAbove != null) {
                branchesAbove.emit(candidate);
            }
            boolean moved = false;
            for (int parent : graph.parents[candidate]) {
                if (!todo.get(parent)) {
                    continue;
                }
                waitingChildren[parent]--;
                if (emitted.get(parent) || onBranch[parent]) {
                    continue;
                }
                if (moved) {
                    addBranch(parent);
                } else {
                    moveBranch(cursor, parent);
                    moved = true;
                }
            }
            if (!moved) {
                if (branchesAbove != null) {
                    branchesAbove.end(cursor);
                }
                cursor = branches.remove(cursor);
            }
        }
        return output;
    }

    /**
     * The key of the first branch (in list order) whose revision descends from the revision of the branch
     * {@code waiting}. Should no branch cover the revisions above it (possible only for sets that are not closed
     * between their members), the ready ones among them become new branches.
     */
    private int firstBranchAbove(int waiting) {
        if (branchesAbove == null) {
            branchesAbove = new BranchesAbove(graph, todo);
            emitted.stream().forEach(branchesAbove::emit);
            for (int key = branches.first(); key >= 0; key = branches.next(key)) {
                branchesAbove.add(key, branches.revision(key));
            }
        }
        int key = branchesAbove.smallestKeyAbove(waiting);
        return key >= 0 ? key : addReadyBranches(uncoveredAbove(branches.revision(waiting)));
    }

    /**
     * The revisions above {@code waiting}, in revision order, when no branch is above it. Once their ready ones are
     * branches, each of them stays below a branch until emitted, so no revision is walked here twice.
     */
    private int[] uncoveredAbove(int waiting) {
        IntStream.Builder above = IntStream.builder();
        IntStack stack = new IntStack();
        stack.push(waiting);
        while (!stack.isEmpty()) {
            int revision = stack.pop();
            for (int child : graph.dependents[revision]) {
                if (todo.get(child) && !emitted.get(child) && !walkedUncovered.get(child)) {
                    walkedUncovered.set(child);
                    above.add(child);
                    stack.push(child);
                }
            }
        }
        return above.build().sorted().toArray();
    }

    /** Adds the revisions of {@code candidates} that wait on no child as branches; returns the first one's key. */
    private int addReadyBranches(int[] candidates) {
        int first = -1;
        for (int revision : candidates) {
            if (!emitted.get(revision) && !onBranch[revision] && waitingChildren[revision] == 0) {
                int key = addBranch(revision);
                first = first < 0 ? key : first;
            }
        }
        return first;
    }

    private int addBranch(int revision) {
        int key = branches.add(revision);
        onBranch[revision] = true;
        if (branchesAbove != null) {
            branchesAbove.add(key, revision);
        }
        return key;
    }

    private void moveBranch(int key, int revision) {
        branches.move(key, revision);
        onBranch[revision] = true;
        if (branchesAbove != null) {
            branchesAbove.move(key, revision);
        }
    }
}
