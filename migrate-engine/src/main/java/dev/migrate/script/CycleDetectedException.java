package dev.migrate.script;

import java.util.List;

/**
 * The revisions do not form a DAG: a revision names itself, or parents ({@code down}) or dependencies
 * ({@code dependsOn}) lead in a circle. {@link #revisions()} are the revisions involved.
 */
public class CycleDetectedException extends RevisionException {

    private static final long serialVersionUID = 1L;

    private final List<String> revisions;
    private final boolean dependency;

    private CycleDetectedException(String kind, List<String> revisions, boolean dependency) {
        super(kind + " is detected in revisions (" + String.join(", ", revisions) + ")");
        this.revisions = List.copyOf(revisions);
        this.dependency = dependency;
    }

    static CycleDetectedException cycle(List<String> revisions) {
        return new CycleDetectedException("Cycle", revisions, false);
    }

    static CycleDetectedException dependencyCycle(List<String> revisions) {
        return new CycleDetectedException("Dependency cycle", revisions, true);
    }

    static CycleDetectedException selfLoop(String revision) {
        return new CycleDetectedException("Self-loop", List.of(revision), false);
    }

    static CycleDetectedException dependencySelfLoop(String revision) {
        return new CycleDetectedException("Dependency self-loop", List.of(revision), true);
    }

    /** The revisions on or behind the cycle. */
    public List<String> revisions() {
        return revisions;
    }

    /** Whether the cycle goes through a {@code dependsOn} edge rather than through {@code down} alone. */
    public boolean dependency() {
        return dependency;
    }
}
