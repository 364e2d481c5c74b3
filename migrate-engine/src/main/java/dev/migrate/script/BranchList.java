package dev.migrate.script;

/**
 * The branches {@link TopologicalSort} walks, in Alembic's list order: each has a key, numbered in the order the
 * branches were added (which is their list order), and the revision it has reached. A doubly linked list over the
 * keys, so that every operation takes constant time.
 */
final class BranchList {

    private static final int NONE = -1;

    private final int[] revision;
    private final int[] previous;
    private final int[] next;
    private int first = NONE;
    private int last = NONE;
    private int added;

    /** A list that will hold at most {@code capacity} branches over its life. */
    BranchList(int capacity) {
        revision = new int[capacity];
        previous = new int[capacity];
        next = new int[capacity];
    }

    /** Adds a branch at {@code revisionNumber} at the end of the list; returns its key. */
    int add(int revisionNumber) {
        int key = added++;
        revision[key] = revisionNumber;
        previous[key] = last;
        next[key] = NONE;
        if (last == NONE) {
            first = key;
        } else {
            next[last] = key;
        }
        last = key;
        return key;
    }

    /** Moves the branch {@code key} to {@code revisionNumber}. */
    void move(int key, int revisionNumber) {
        revision[key] = revisionNumber;
    }

    int revision(int key) {
        return revision[key];
    }

    /** The key of the first branch, or -1 when the list is empty. */
    int first() {
        return first;
    }

    /** The key after {@code key}, or -1 at the end. */
    int next(int key) {
        return next[key];
    }

    /** Removes the branch {@code key}; returns the key before it, or else the first key (-1 when none is left). */
    int remove(int key) {
        int before = previous[key];
        int after = next[key];
        if (before == NONE) {
            first = after;
        } else {
            next[before] = after;
        }
        if (after == NONE) {
            last = before;
        } else {
            previous[after] = before;
        }
        return before != NONE ? before : first;
    }

    boolean isEmpty() {
        return first == NONE;
    }
}
