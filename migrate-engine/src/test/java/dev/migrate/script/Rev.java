package dev.migrate.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import dev.migrate.script.MigrationStep.RevisionStep;

/** Builds test revisions tersely: {@code rev("c").down("a", "b").dependsOn("x").labels("lib").message("…")}. */
public final class Rev {

    private final String id;
    private List<String> down = List.of();
    private List<String> dependsOn = List.of();
    private Set<String> labels = Set.of();
    private String message = "";
    private String className;

    private Rev(String id) {
        this.id = id;
    }

    public static Rev rev(String id) {
        return new Rev(id);
    }

    public Rev down(String... ids) {
        down = List.of(ids);
        return this;
    }

    public Rev dependsOn(String... ids) {
        dependsOn = List.of(ids);
        return this;
    }

    public Rev labels(String... names) {
        labels = Set.of(names);
        return this;
    }

    public Rev message(String text) {
        message = text;
        return this;
    }

    public Rev className(String name) {
        className = name;
        return this;
    }

    public Revision build() {
        return new Revision(id, down, dependsOn, labels, message, className, null);
    }

    /** A map of the revisions, in the given order. */
    public static RevisionMap map(Rev... revisions) {
        return RevisionMap.of(Arrays.stream(revisions).map(Rev::build).toList());
    }

    /** The ids of {@code revisions}, in order. */
    public static List<String> ids(List<Revision> revisions) {
        return revisions.stream().map(Revision::id).toList();
    }

    /** The ids of the revisions {@code steps} run, in order (stamp steps are not expected here). */
    public static List<String> stepIds(List<MigrationStep> steps) {
        List<String> ids = new ArrayList<>();
        for (MigrationStep step : steps) {
            ids.add(((RevisionStep) step).revision().id());
        }
        return ids;
    }
}
