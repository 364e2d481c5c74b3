package dev.migrate.script;

import java.util.List;

/**
 * One step of a plan: running one revision up or down, or moving version rows without running anything (stamp).
 */
public sealed interface MigrationStep {

    /** Whether the step moves towards the heads. */
    boolean upgrade();

    /** The version-table ids the step starts from. */
    List<String> from();

    /** The version-table ids the step ends at. */
    List<String> to();

    /**
     * How logs and the command line name the step, as Alembic does: {@code upgrade a -> b, message},
     * {@code downgrade b -> a, message} or {@code stamp_revision a -> b}.
     */
    default String describe() {
        String message = this instanceof RevisionStep step ? step.revision().message() : "";
        return shortDescription() + (message.isEmpty() ? "" : ", " + message);
    }

    /** The step without the revision's message, as offline SQL comments name it: {@code upgrade a -> b}. */
    default String shortDescription() {
        String kind = this instanceof RevisionStep ? (upgrade() ? "upgrade " : "downgrade ") : "stamp_revision ";
        return kind + String.join(", ", from()) + " -> " + String.join(", ", to());
    }

    /** Runs {@code revision}'s {@code upgrade} or {@code downgrade}. */
    record RevisionStep(Revision revision, boolean upgrade, List<String> from, List<String> to)
            implements MigrationStep {
    }

    /** Moves version rows from {@code from} to {@code to} without running a migration. */
    record StampStep(List<String> from, List<String> to, boolean upgrade, boolean branchMove)
            implements MigrationStep {
    }
}
