package dev.migrate.command;

import java.util.List;
import java.util.Map;

/** The values given for one command's options and positional arguments, by {@link Option#key()}. */
final class ParsedArguments {

    private final Map<String, List<String>> values;

    ParsedArguments(Map<String, List<String>> values) {
        this.values = Map.copyOf(values);
    }

    /** The single value of {@code key}, or {@code null} when not given. */
    String value(String key) {
        List<String> given = values.get(key);
        return given == null || given.isEmpty() ? null : given.get(given.size() - 1);
    }

    /** Every value of {@code key}, in the order given. */
    List<String> values(String key) {
        return values.getOrDefault(key, List.of());
    }

    /** Whether flag {@code key} was given. */
    boolean flag(String key) {
        return values.containsKey(key);
    }
}
