package dev.migrate.script;

import java.util.Arrays;
import java.util.BitSet;

/**
 * For {@link TopologicalSort}: the smallest key among the branches whose revision descends from the revision of a
 * given branch (through children and dependents in the set being sorted), without walking everything above it.
 *
 * <p>The revisions of the set hang in a spanning forest under their first parent in the set and are numbered in the
 * forest's preorder, so the descendants of a revision through first parents are a range of positions; a
 * {@link MinTree} of the branches' keys by position answers for that range. Every other edge of the set (from a
 * further parent or a dependency: a side edge) keeps a lower bound of the smallest key at or above its child, in a
 * second tree ordered by the position the edge leaves from. The smallest key above a revision is the smaller of its
 * range in the two trees. A side edge's bound is made exact, without recursion, only when it is the smallest of a
 * range asked about, and kept. Bounds stay valid because the smallest key above a revision never goes down while the
 * sort runs: a branch only moves to a parent of its revision, and a new branch gets a larger key than every other and
 * starts below an existing one, or where no branch was above. For the same reason a bound, or a branch's last answer,
 * is still exact while the branch it names is in the subtree where it was seen, which is checked in constant time.
 *
 * <p>Most moves of a branch are to the first parent, its parent in the forest. Such a move leaves the branch's key
 * where it was in the tree, at the top of the walk: no revision in between is left to ask about (they are emitted),
 * so every range holds the key exactly when it holds the branch's revision, except the range strictly above that
 * revision itself, from which the key is hidden while its own branch asks.
 *
 * <p>Costs: building is linear in the set and its edges; each change of a branch takes O(log n); a question takes
 * O(log n) for each range it looks at: one, plus two for each side edge whose bound it raises.
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
    /**
     * Key to the position its branch last asked from, the answer, and where the answer's branch was seen: asked again
     * from there, the answer stands while that branch is still where it was seen.
     */
    private final int[] askedFrom;
    private final int[] answer;
    private final int[] answerSeenAt;
    /** The positions whose smallest key is being worked out, and the side edge each waits on. */
    private final int[] pending;
    private final int[] pendingEdge;
    /** Where the branch of the last result of {@link #smallestKey} was seen. */
    private int resultSeenAt;

    BranchesAbove(Graph graph, BitSet set) {
        int count = set.cardinality();
        int[] firstParent = new int[graph.size()];
        int[] sideFrom = new int[Math.max(count, 1)];
        int[] sideTo = new int[sideFrom.length];
        int sideEdges = 0;
        for (int revision = set.nextSetBit(0); revision >= 0; revision = set.nextSetBit(revision + 1)) {
            firstParent[revision] = -1;
            for (int parent : graph.parents[revision]) {
                if (!set.get(parent)) {
                    continue;
                }
                if (firstParent[revision] < 0) {
                    firstParent[revision] = parent;
                    continue;
                }
                if (sideEdges == sideFrom.length) {
                    sideFrom = Arrays.copyOf(sideFrom, 2 * sideEdges);
                    sideTo = Arrays.copyOf(sideTo, 2 * sideEdges);
                }
                sideFrom[sideEdges] = parent;
                sideTo[sideEdges++] = revision;
            }
        }
        this.position = new int[graph.size()];
        this.subtreeEnd = new int[count];
        this.parentPosition = new int[count];
        number(graph.topologicalOrder, set, firstParent);

        this.firstEdge = new int[count + 1];
        this.firstEdgeInto = new int[count + 1];
        for (int edge = 0; edge < sideEdges; edge++) {
            firstEdge[position[sideFrom[edge]] + 1]++;
            firstEdgeInto[position[sideTo[edge]] + 1]++;
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
            int to = position[sideTo[i]];
            int edge = nextFrom[position[sideFrom[i]]]++;
            edgeChild[edge] = to;
            edgesInto[nextInto[to]++] = edge;
        }

        this.keys = new MinTree(count, NONE);
        this.bounds = new MinTree(sideEdges, 0);
        this.witness = edgeChild.clone();
        this.keyPosition = new int[count];
        this.keyEntry = new int[count];
        this.askedFrom = new int[count];
        Arrays.fill(askedFrom, -1);
        this.answer = new int[count];
        this.answerSeenAt = new int[count];
        this.pending = new int[count + 1];
        this.pendingEdge = new int[count + 1];
    }

    /**
     * Numbers the revisions of the set in a preorder of the forest given by {@code firstParent}: each subtree gets a
     * block of consecutive positions as large as the subtree, the revision first, then its children's blocks in
     * topological order.
     */
    private void number(int[] topologicalOrder, BitSet set, int[] firstParent) {
        int[] size = new int[firstParent.length];
        for (int i = topologicalOrder.length - 1; i >= 0; i--) {
            int revision = topologicalOrder[i];
            if (set.get(revision)) {
                size[revision]++;
                if (firstParent[revision] >= 0) {
                    size[firstParent[revision]] += size[revision];
                }
            }
        }
        int[] nextBlock = new int[firstParent.length];
        int nextRoot = 0;
        for (int revision : topologicalOrder) {
            if (!set.get(revision)) {
                continue;
            }
            int parent = firstParent[revision];
            int at;
            if (parent < 0) {
                at = nextRoot;
                nextRoot += size[revision];
            } else {
                at = nextBlock[parent];
                nextBlock[parent] += size[revision];
            }
            position[revision] = at;
            nextBlock[revision] = at + 1;
            subtreeEnd[at] = at + size[revision];
            parentPosition[at] = parent < 0 ? -1 : position[parent];
        }
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
        int at = keyPosition[key];
        if (askedFrom[key] != at || !isStill(answer[key], answerSeenAt[key])) {
            keys.set(keyEntry[key], NONE);
            answer[key] = smallestKey(at);
            keys.set(keyEntry[key], key);
            askedFrom[key] = at;
            answerSeenAt[key] = resultSeenAt;
        }
        return answer[key] < keyLimit ? answer[key] : -1;
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
            if (bound < marked && !isStill(bound, witness[edge])) {
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
                resultSeenAt = seenAt;
                return smallest;
            }
        }
    }

    /**
     * Whether the branch {@code key} is still in the subtree of {@code seenAt}, where it was seen as the smallest key
     * at or above some position: since that smallest key never goes down, it is then still the smallest.
     */
    private boolean isStill(int key, int seenAt) {
        if (key >= keyLimit) {
            return false;
        }
        int at = keyPosition[key];
        return at >= seenAt && at < subtreeEnd[seenAt];
    }
}
