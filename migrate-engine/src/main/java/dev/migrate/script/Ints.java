package dev.migrate.script;

import java.util.Arrays;
import java.util.BitSet;

/** Small operations on arrays of revision numbers, which keep their order. */
final class Ints {

    private Ints() {
    }

    static boolean contains(int[] values, int value) {
        return contains(values, values.length, value);
    }

    /** Whether {@code value} is among the first {@code length} entries of {@code values}. */
    static boolean contains(int[] values, int length, int value) {
        for (int i = 0; i < length; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** {@code first} followed by the entries of {@code second} it lacks, without repeats. */
    static int[] union(int[] first, int[] second) {
        int[] result = Arrays.copyOf(first, first.length + second.length);
        int count = first.length;
        for (int value : second) {
            if (!contains(result, count, value)) {
                result[count++] = value;
            }
        }
        return Arrays.copyOf(result, count);
    }

    /** The entries of {@code values} that are in {@code keep}. */
    static int[] filter(int[] values, BitSet keep) {
        int[] kept = new int[values.length];
        int count = 0;
        for (int value : values) {
            if (keep.get(value)) {
                kept[count++] = value;
            }
        }
        return Arrays.copyOf(kept, count);
    }

    /** Whether any entry of {@code values} is in {@code set}. */
    static boolean any(int[] values, BitSet set) {
        for (int value : values) {
            if (set.get(value)) {
                return true;
            }
        }
        return false;
    }
}
