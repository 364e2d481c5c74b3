package dev.migrate.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/** Orders named schema objects so that equal content gives equal lists. */
final class Names {

    private Names() {
    }

    /**
     * {@code items} sorted by name, unnamed ones last in their given order; unmodifiable. A plain list sort rather
     * than a stream: a schema read builds thousands of these lists, mostly before the JIT has compiled anything.
     */
    static <T> List<T> sorted(List<T> items, Function<T, String> name) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort((a, b) -> compare(name.apply(a), name.apply(b)));
        return Collections.unmodifiableList(sorted);
    }

    private static int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return a.compareTo(b);
    }
}
