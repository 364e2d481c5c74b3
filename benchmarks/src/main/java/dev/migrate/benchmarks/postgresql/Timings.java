package dev.migrate.benchmarks.postgresql;

import java.util.ArrayList;
import java.util.List;

/** Wall times of repeated runs of one contender, in milliseconds. */
final class Timings {

    private final List<Double> millis = new ArrayList<>();

    void add(long nanos) {
        addMillis(nanos / 1e6);
    }

    void addMillis(double value) {
        millis.add(value);
    }

    double median() {
        List<Double> sorted = sorted();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    double min() {
        return sorted().get(0);
    }

    double max() {
        return sorted().get(millis.size() - 1);
    }

    int count() {
        return millis.size();
    }

    private List<Double> sorted() {
        if (millis.isEmpty()) {
            throw new IllegalStateException("no run was timed");
        }
        return millis.stream().sorted().toList();
    }
}
