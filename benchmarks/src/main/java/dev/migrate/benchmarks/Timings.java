package dev.migrate.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** Wall times of repeated runs of one contender, in milliseconds. */
public final class Timings {

    private final List<Double> millis = new ArrayList<>();

    public void add(long nanos) {
        addMillis(nanos / 1e6);
    }

    public void addMillis(double value) {
        millis.add(value);
    }

    public double median() {
        List<Double> sorted = sorted();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    public double min() {
        return sorted().get(0);
    }

    public double max() {
        return sorted().get(millis.size() - 1);
    }

    /** The sum of the times. */
    public double total() {
        return millis.stream().mapToDouble(Double::doubleValue).sum();
    }

    public int count() {
        return millis.size();
    }

    private List<Double> sorted() {
        if (millis.isEmpty()) {
            throw new IllegalStateException("no run was timed");
        }
        return millis.stream().sorted().toList();
    }
}
