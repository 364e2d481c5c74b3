package dev.migrate.script;

/**
 * A fixed number of non-negative int values with the smallest of any range in O(log n) (a segment tree). Each entry
 * is kept as a long whose high half is the value and low half the position, so that the smallest entry of a range
 * also tells where it is (the first such position on ties).
 */
final class MinTree {

    private final int size;
    private final long[] nodes;

    /** {@code size} positions, each holding {@code initial}. */
    MinTree(int size, int initial) {
        this.size = size;
        this.nodes = new long[2 * size];
        for (int position = 0; position < size; position++) {
            nodes[size + position] = entry(initial, position);
        }
        for (int node = size - 1; node > 0; node--) {
            nodes[node] = Math.min(nodes[2 * node], nodes[2 * node + 1]);
        }
    }

    int get(int position) {
        return valueOf(nodes[size + position]);
    }

    void set(int position, int value) {
        int node = size + position;
        nodes[node] = entry(value, position);
        for (node >>= 1; node > 0; node >>= 1) {
            long smallest = Math.min(nodes[2 * node], nodes[2 * node + 1]);
            if (nodes[node] == smallest) {
                return;
            }
            nodes[node] = smallest;
        }
    }

    /**
     * The smallest entry of positions {@code from} (inclusive) to {@code to} (exclusive); read it with
     * {@link #valueOf} and {@link #positionOf}. An empty range gives the value {@link Integer#MAX_VALUE}.
     */
    long min(int from, int to) {
        long smallest = Long.MAX_VALUE;
        for (int low = from + size, high = to + size; low < high; low >>= 1, high >>= 1) {
            if ((low & 1) == 1) {
                smallest = Math.min(smallest, nodes[low++]);
            }
            if ((high & 1) == 1) {
                smallest = Math.min(smallest, nodes[--high]);
            }
        }
        return smallest;
    }

    static int valueOf(long entry) {
        return (int) (entry >>> 32);
    }

    static int positionOf(long entry) {
        return (int) entry;
    }

    private static long entry(int value, int position) {
        return (long) value << 32 | position;
    }
}
