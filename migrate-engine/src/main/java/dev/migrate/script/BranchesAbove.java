package dev.migrate.script;

import java.util.Arrays;
import java.util.BitSet;

/**
 * For {@link TopologicalSort}: the smallest key among the branches whose revision descends from a given revision
 * (through children and dependents in the set being sorted), in O(log n) amortised instead of a walk over everything
 * above that revision.
 *
 * <p>The revisions of the set hang in a spanning forest under their first parent in the set and are numbered in the
 * forest's preorder, so the descendants of a revision through first parents are a range of positions; a
 * {@link MinTree} of the keys marked at each position answers for that range. Every other edge of the set (from a
 * further parent or a dependency: a side edge) keeps a lower bound of the smallest key at or above its child, in a
 * second tree ordered by the position the edge leaves from. The smallest key above a revision is the smaller of its
 * range in the two trees. A side edge's bound is made exact, recursively, only when it is the smallest of a range
 * asked about, and kept: bounds stay valid because the smallest key above a revision never goes down while the sort
 * runs (a branch only moves to a parent of its revision, and a new branch gets a larger key than every other and
 * starts below an existing one, or where no branch was above).
 *
 * <p>Most moves of a branch are to the first parent, its parent in the forest. Such a move leaves the branch's key
 * where it was in the tree, at the top of the walk: no revision in between is left to ask about (they are emitted),
 * so every range holds the key exactly when it holds the branch's revision, except the range strictly above that
 * revision itself, from which the key is hidden while its own branch asks.
 */
final class BranchesAbove {

    private static final int NONE = Integer.MAX_VALUE;

    /** Revision number to its position; only for revisions of the set. */
    private final int[] position;
    /** Position to one past the last position of its subtree in the forest. */
    private final int[] subtreeEnd;
    /** Position to the position of its parent in the forest, or -1 for a root. */
    private final int[] parentPosition;
    /** Position to the first side edge that leaves at that position or later; one more entry for the end. */
    private final int[] firstEdge;
    /** Side edge to the position of its child. */
    private final int[] edgeChild;
    /** Position to its first entry in {@link #edgesInto}; one more entry for the end. */
    private final int[] firstEdgeInto;
    /** The side edges, grouped by the position of their child. */
    private final int[] edgesInto;
    /** Position to the key of the branch whose walk through first parents started there, or {@link #NONE}. */
    private final MinTree keys;
    /** Side edge to a lower bound of the smallest key at or above its child. */
    private final MinTree bounds;
    /**
     * Side edge to a position at or above its child whose subtree held the branch of the edge's bound when the bound
     * was set: while that branch is still in that subtree, the bound is exact.
     */
    private final int[] witness;
    /** Key to the position of its branch's revision, or -1 once the branch has ended. */
    private final int[] keyPosition;
    /** Key to the position of its entry in {@link #keys}. */
    private final int[] keyEntry;
    /** One more than the largest key marked so far: any key marked later is at least this. */
    private int keyLimit;
    /** The positions whose smallest key is being worked out, and the side edge each waits on. */
    private final int[] pending;
    private final int[] pendingEdge;

    BranchesAbove(Graph graph, BitSet set) {
        int[] members = set.stream().toArray();
        int count = members.length;
        int[] local = new int[graph.size()];
        for (int i = 0; i < count; i++) {
            local[members[i]] = i;
        }
        int[] firstParent = new int[count];
        int[] sideFrom = new int[count];
        int[] sideTo = new int[count];
        int sideEdges = 0;
        for (int i = 0; i < count; i++) {
            firstParent[i] = -1;
            for (int parent : graph.parents[members[i]]) {
                if (!set.get(parent)) {
                    continue;
                }
                if (firstParent[i] < 0) {
                    firstParent[i] = local[parent];
                    continue;
                }
                if (sideEdges == sideFrom.length) {
                    sideFrom = Arrays.copyOf(sideFrom, 2 * sideEdges);
                    sideTo = Arrays.copyOf(sideTo, 2 * sideEdges);
                }
                sideFrom[sideEdges] = local[parent];
                sideTo[sideEdges++] = i;
            }
        }
        int[] order = preorder(firstParent);
        int[] localPosition = new int[count];
        this.position = new int[graph.size()];
        for (int at = 0; at < count; at++) {
            localPosition[order[at]] = at;
            position[members[order[at]]] = at;
        }
        this.subtreeEnd = subtreeEnds(order, firstParent);
        this.parentPosition = new int[count];
        for (int at = 0; at < count; at++) {
            int parent = firstParent[order[at]];
            parentPosition[at] = parent < 0 ? -1 : localPosition[parent];
        }

        this.firstEdge = new int[count + 1];
        this.firstEdgeInto = new int[count + 1];
        for (int edge = 0; edge < sideEdges; edge++) {
            firstEdge[localPosition[sideFrom[edge]] + 1]++;
            firstEdgeInto[localPosition[sideTo[edge]] + 1]++;
        }
        for (int at = 0; at < count; at++) {
            firstEdge[at + 1] += firstEdge[at];
            firstEdgeInto[at + 1] += firstEdgeInto[at];
        }
        this.edgeChild = new int[sideEdges];
        this.edgesInto = new int[sideEdges];
        int[] nextFrom = firstEdge.clone();
        int[] nextInto = firstEdgeInto.clone();
        for (int i = 0; i < sideEdges; i++) {
            int to = localPosition[sideTo[i]];
            int edge = nextFrom[localPosition[sideFrom[i]]]++;
            edgeChild[edge] = to;
            edgesInto[nextInto[to]++] = edge;
        }

        this.keys = new MinTree(count, NONE);
        this.bounds = new MinTree(sideEdges, 0);
        this.witness = edgeChild.clone();
        this.keyPosition = new int[count];
        this.keyEntry = new int[count];
        this.pending = new int[count + 1];
        this.pendingEdge = new int[count + 1];
    }

    /** A new branch {@code key} at {@code revision}; keys come in increasing order. */
    void add(int key, int revision) {
        int at = position[revision];
        keys.set(at, key);
        keyEntry[key] = at;
        keyPosition[key] = at;
        keyLimit = key + 1;
    }

    /** The branch {@code key} moved down to {@code revision}, a parent of its revision. */
    void move(int key, int revision) {
        int at = position[revision];
        if (parentPosition[keyPosition[key]] != at) {
            keys.set(keyEntry[key], NONE);
            keys.set(at, key);
            keyEntry[key] = at;
        }
        keyPosition[key] = at;
    }

    /** The branch {@code key} ended. */
    void end(int key) {
        keys.set(keyEntry[key], NONE);
        keyPosition[key] = -1;
    }

    /** {@code revision} was emitted: nothing at or above it is left. */
    void emit(int revision) {
        int at = position[revision];
        for (int i = firstEdgeInto[at]; i < firstEdgeInto[at + 1]; i++) {
            bounds.set(edgesInto[i], NONE);
        }
    }

    /** The smallest key of a branch whose revision descends from the revision of branch {@code key}, or -1. */
    int smallestKeyAbove(int key) {
        keys.set(keyEntry[key], NONE);
        int found = smallestKey(keyPosition[key]);
        keys.set(keyEntry[key], key);
        return found < keyLimit ? found : -1;
    }

    /**
     * The smallest key strictly above the position {@code root}, or at least {@link #keyLimit} when there is none.
     * Works without recursion: a position waits on the side edge whose bound is the smallest of its range until that
     * bound is exact.
     */
    private int smallestKey(int root) {
        int depth = 0;
        pending[0] = root;
        while (true) {
            int at = pending[depth];
            int marked = MinTree.valueOf(keys.min(depth == 0 ? at + 1 : at, subtreeEnd[at]));
            long side = bounds.min(firstEdge[at], firstEdge[subtreeEnd[at]]);
            int bound = MinTree.valueOf(side);
            int edge = MinTree.positionOf(side);
            if (bound < marked && !isExact(edge, bound)) {
                pendingEdge[depth] = edge;
                pending[++depth] = edgeChild[edge];
                continue;
            }
            int smallest = bound < marked ? bound : marked == NONE ? keyLimit : marked;
            int seenAt = bound < marked ? witness[edge] : at;
            boolean settled = true;
            while (settled && depth > 0) {
                int waitingEdge = pendingEdge[--depth];
                settled = bounds.get(waitingEdge) == smallest;
                bounds.set(waitingEdge, smallest);
                witness[waitingEdge] = seenAt;
            }
            if (settled) {
                return smallest;
            }
        }
    }

    /** Whether the branch {@code bound} is still where the bound of {@code edge} was seen. */
    private boolean isExact(int edge, int bound) {
        if (bound >= keyLimit) {
            return false;
        }
        int at = keyPosition[bound];
        int seenAt = witness[edge];
        return at >= seenAt && at < subtreeEnd[seenAt];
    }

    /** The members in preorder of the forest given by {@code firstParent} (roots and children in member order). */
    private static int[] preorder(int[] firstParent) {
        int count = firstParent.length;
        int[] childStart = new int[count + 1];
        for (int parent : firstParent) {
            if (parent >= 0) {
                childStart[parent + 1]++;
            }
        }
        for (int i = 0; i < count; i++) {
            childStart[i + 1] += childStart[i];
        }
        int[] children = new int[count];
        int[] next = childStart.clone();
        for (int i = 0; i < count; i++) {
            if (firstParent[i] >= 0) {
                children[next[firstParent[i]]++] = i;
            }
        }
        int[] order = new int[count];
        int visited = 0;
        IntStack stack = new IntStack();
        for (int root = count - 1; root >= 0; root--) {
            if (firstParent[root] < 0) {
                stack.push(root);
            }
        }
        while (!stack.isEmpty()) {
            int member = stack.pop();
            order[visited++] = member;
            for (int i = childStart[member + 1] - 1; i >= childStart[member]; i--) {
                stack.push(children[i]);
            }
        }
        return order;
    }

    /** Position to one past the last position of its subtree, for the members in {@code order} (a preorder). */
    private static int[] subtreeEnds(int[] order, int[] firstParent) {
        int count = order.length;
        int[] size = new int[count];
        int[] ends = new int[count];
        for (int at = count - 1; at >= 0; at--) {
            int member = order[at];
            size[member]++;
            ends[at] = at + size[member];
            if (firstParent[member] >= 0) {
                size[firstParent[member]] += size[member];
            }
        }
        return ends;
    }
}
