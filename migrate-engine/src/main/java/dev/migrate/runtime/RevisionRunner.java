package dev.migrate.runtime;

import dev.migrate.MigrateException;
import dev.migrate.Migration;
import dev.migrate.operations.Operations;
import dev.migrate.script.MigrationStep;
import dev.migrate.script.Revision;

/** Runs a revision step's migration, online or offline, reporting its failure the same way in both. */
final class RevisionRunner {

    private RevisionRunner() {
    }

    /**
     * Calls {@code migration}'s {@code upgrade} or {@code downgrade}, as {@code step} says, with {@code op}.
     *
     * @param aftermath what a failure leaves behind, for its message
     * @throws MigrationFailedException when the migration fails
     */
    static void run(MigrationStep.RevisionStep step, Migration migration, Operations op, String aftermath) {
        try {
            if (step.upgrade()) {
                migration.upgrade(op);
            }
            else {
                migration.downgrade(op);
            }
        }
        catch (RuntimeException ex) {
            throw new MigrationFailedException(step.revision(), step.upgrade(), ex, aftermath);
        }
    }

    /** The migrations of a stamp, which runs none: fails when asked for one, since its plan is then wrong. */
    static Migration noMigration(Revision revision) {
        throw new MigrateException("A stamp runs no migration, yet its plan runs revision " + revision.id());
    }
}
