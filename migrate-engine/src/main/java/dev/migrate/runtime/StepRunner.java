package dev.migrate.runtime;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.migrate.MigrateException;
import dev.migrate.Migration;
import dev.migrate.operations.Operations;
import dev.migrate.script.MigrationStep;
import dev.migrate.script.Revision;

/**
 * Applies the steps of one run the same way online and offline (the loop of Alembic's {@code run_migrations}):
 * tells the listeners the step begins, announces it, runs its migration, makes its version-row changes and tells
 * the listeners what it did. The context says what announcing a step and making a row change mean: on a
 * connection, or in a script.
 */
final class StepRunner {

    private final RunContext context;
    private final MigrationPlan plan;
    private final Function<Revision, Migration> migrations;
    private final Supplier<Operations> operations;
    private final Consumer<MigrationStep> announcer;
    private final Consumer<VersionChange> rows;
    private final Set<String> heads;

    /**
     * A runner of {@code plan}'s steps from {@code startingHeads} in {@code context}.
     *
     * @param migrations loads the migration of a revision step
     * @param operations the {@code op} the migrations are given, asked for when the first one runs
     * @param announcer  announces a step as it begins
     * @param rows       makes one version-row change
     */
    StepRunner(RunContext context, MigrationPlan plan, Collection<String> startingHeads,
            Function<Revision, Migration> migrations, Supplier<Operations> operations,
            Consumer<MigrationStep> announcer, Consumer<VersionChange> rows) {
        this.context = context;
        this.plan = plan;
        this.migrations = migrations;
        this.operations = operations;
        this.announcer = announcer;
        this.rows = rows;
        this.heads = new LinkedHashSet<>(startingHeads);
    }

    /** The version table's rows as the steps applied so far leave them. */
    Set<String> heads() {
        return Collections.unmodifiableSet(heads);
    }

    /**
     * Applies {@code step}, the next of the plan's steps.
     *
     * @param aftermath what a failure of the step's migration leaves behind, for its message
     * @throws MigrationFailedException when the migration fails
     */
    void apply(MigrationStep step, String aftermath) {
        for (VersionApplyListener listener : context.environment().listeners()) {
            listener.beforeVersionApply(context, step);
        }
        announcer.accept(step);
        if (step instanceof MigrationStep.RevisionStep revisionStep) {
            run(revisionStep, migrations.apply(revisionStep.revision()), aftermath);
        }
        for (VersionChange change : plan.rowChanges(step)) {
            rows.accept(change);
            change.applyTo(heads);
        }
        MigrationInfo info = new MigrationInfo(step, heads);
        for (VersionApplyListener listener : context.environment().listeners()) {
            listener.onVersionApply(context, info);
        }
    }

    /** The migrations of a stamp, which runs none: fails when asked for one, since its plan is then wrong. */
    static Migration noMigration(Revision revision) {
        throw new MigrateException("A stamp runs no migration, yet its plan runs revision " + revision.id());
    }

    private void run(MigrationStep.RevisionStep step, Migration migration, String aftermath) {
        try {
            if (step.upgrade()) {
                migration.upgrade(operations.get());
            }
            else {
                migration.downgrade(operations.get());
            }
        }
        catch (RuntimeException ex) {
            throw new MigrationFailedException(step.revision(), step.upgrade(), ex, aftermath);
        }
    }
}
