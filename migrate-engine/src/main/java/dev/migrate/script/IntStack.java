package dev.migrate.script;

import java.util.Arrays;

/** A growable stack of revision numbers, for walks that usually visit a handful of revisions. */
final class IntStack {

    private int[] items = new int[16];
    private int size;

    void push(int item) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = item;
    }

    int pop() {
        return items[--size];
    }

    boolean isEmpty() {
        return size == 0;
    }
}
