package dev.migrate.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Times the consecutive phases of one run: each {@link #end} closes the phase begun by the previous one. */
public final class Phases {

    /** Records nothing, for runs that are timed as a whole. */
    public static final Phases NONE = new Phases(false);

    private final boolean recording;
    private final Map<String, Double> millis = new LinkedHashMap<>();
    private long last = System.nanoTime();

    private Phases(boolean recording) {
        this.recording = recording;
    }

    /** Starts recording, with the JVM's time from its start to now as the first phase. */
    public static Phases sinceJvmStart() {
        Phases phases = new Phases(true);
        phases.millis.put("JVM start to main", (double) ManagementFactory.getRuntimeMXBean().getUptime());
        phases.last = System.nanoTime();
        return phases;
    }

    /** Ends the phase {@code name}, which ran since the previous phase ended. */
    public void end(String name) {
        if (recording) {
            long now = System.nanoTime();
            millis.put(name, (now - last) / 1e6);
            last = now;
        }
    }

    /** Records {@code millis} under {@code name}, a figure measured apart from the phases (a CPU time, say). */
    public void add(String name, double value) {
        if (recording) {
            millis.put(name, value);
        }
    }

    /** One line, {@code name=millis;name=millis;…}, that {@link #parse} reads back. */
    public String format() {
        return millis.entrySet().stream()
            .map(e -> e.getKey() + "=" + String.format(Locale.ROOT, "%.1f", e.getValue()))
            .collect(Collectors.joining(";"));
    }

    public static Map<String, Double> parse(String line) {
        Map<String, Double> parsed = new LinkedHashMap<>();
        for (String phase : line.trim().split(";")) {
            String[] pair = phase.split("=", 2);
            parsed.put(pair[0], Double.parseDouble(pair[1]));
        }
        return parsed;
    }
}
