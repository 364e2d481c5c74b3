package dev.migrate.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the benchmarks that time contenders round by round share: their options, a round's order, the load. */
public final class Harness {

    private Harness() {
    }

    /**
     * {@code defaults} with the values {@code args} gives as {@code --name value} pairs, in the defaults' order.
     *
     * @throws IllegalArgumentException for a name that has no default (listing the options) or a missing value
     */
    public static Map<String, String> options(String[] args, Map<String, String> defaults) {
        Map<String, String> options = new LinkedHashMap<>(defaults);
        for (int i = 0; i < args.length; i += 2) {
            String key = args[i].replaceFirst("^--", "");
            if (!options.containsKey(key) || i + 1 == args.length) {
                throw new IllegalArgumentException("Unknown option or missing value: " + args[i] + "; options are "
                        + options.keySet().stream().map(k -> "--" + k).toList());
            }
            options.put(key, args[i + 1]);
        }
        return options;
    }

    /** {@code items} rotated by {@code round}, so that each round starts with another contender. */
    public static <T> List<T> rotated(List<T> items, int round) {
        List<T> rotated = new ArrayList<>(items);
        Collections.rotate(rotated, -(round % items.size()));
        return rotated;
    }

    /** The system's load average over the last minute. */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
