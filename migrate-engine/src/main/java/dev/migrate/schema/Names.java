package dev.migrate.schema;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Orders named schema objects so that equal content gives equal lists. */
final class Names {

    private Names() {
    }

    /** {@code items} sorted by name, unnamed ones last in their given order; unmodifiable. */
    static <T> List<T> sorted(List<T> items, Function<T, String> name) {
        return items.stream()
            .sorted(Comparator.comparing(name, Comparator.nullsLast(Comparator.naturalOrder())))
            .toList();
    }
}
