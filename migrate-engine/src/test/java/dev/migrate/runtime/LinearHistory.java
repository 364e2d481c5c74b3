package dev.migrate.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import dev.migrate.script.MigrationStep;
import dev.migrate.script.Revision;

/**
 * A test stand-in for the revision graph and its head maintenance, for unbranched histories only: revisions
 * {@code r1 … rN}, upgrade and downgrade steps between them, and the one-row bookkeeping such a history needs
 * (insert at the base, update along the line, delete back to the base).
 */
final class LinearHistory {

    private final List<Revision> revisions = new ArrayList<>();

    LinearHistory(int size) {
        for (int i = 1; i <= size; i++) {
            revisions.add(new Revision("r" + i, i == 1 ? List.of() : List.of("r" + (i - 1)), List.of(),
                    Set.of(), "step " + i, null, null));
        }
    }

    List<Revision> revisions() {
        return revisions;
    }

    Revision revision(String id) {
        return revisions.get(index(id));
    }

    /** Plans the upgrade from whatever the version table holds to {@code target}. */
    Function<List<String>, MigrationPlan> upgradeTo(String target) {
        return heads -> {
            List<MigrationStep> steps = new ArrayList<>();
            for (int i = position(heads); i < index(target) + 1; i++) {
                Revision revision = revisions.get(i);
                steps.add(new MigrationStep.RevisionStep(revision, true, revision.down(), List.of(revision.id())));
            }
            return plan(steps);
        };
    }

    /** Plans the downgrade from whatever the version table holds to {@code target}, {@code null} being base. */
    Function<List<String>, MigrationPlan> downgradeTo(String target) {
        return heads -> {
            List<MigrationStep> steps = new ArrayList<>();
            int stop = target == null ? 0 : index(target) + 1;
            for (int i = position(heads) - 1; i >= stop; i--) {
                Revision revision = revisions.get(i);
                steps.add(new MigrationStep.RevisionStep(revision, false, List.of(revision.id()), revision.down()));
            }
            return plan(steps);
        };
    }

    /** A plan of fixed steps whose row changes follow the line. */
    static MigrationPlan plan(List<MigrationStep> steps) {
        return new MigrationPlan() {
            @Override
            public List<MigrationStep> steps() {
                return steps;
            }

            @Override
            public List<VersionChange> rowChanges(MigrationStep step) {
                if (step.from().isEmpty()) {
                    return List.of(new VersionChange.Insert(step.to().get(0)));
                }
                if (step.to().isEmpty()) {
                    return List.of(new VersionChange.Delete(step.from().get(0)));
                }
                return List.of(new VersionChange.Update(step.from().get(0), step.to().get(0)));
            }
        };
    }

    /** How many revisions the version table's single head says are applied. */
    private int position(List<String> heads) {
        if (heads.size() > 1) {
            throw new IllegalStateException("a linear history has one head, not " + heads);
        }
        return heads.isEmpty() ? 0 : index(heads.get(0)) + 1;
    }

    private int index(String id) {
        return Integer.parseInt(id.substring(1)) - 1;
    }
}
