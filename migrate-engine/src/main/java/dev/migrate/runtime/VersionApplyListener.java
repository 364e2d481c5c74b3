package dev.migrate.runtime;

import dev.migrate.script.MigrationStep;

/**
 * Called after each step of a run (Alembic's {@code on_version_apply}): after the step's migration and version-row
 * changes, before its transaction commits. {@link #beforeVersionApply} is called as the step begins, so that a
 * listener can time it. Offline ({@code --sql}) runs call both too, as each step is written to the script; the
 * context then says {@link RunContext#offline()}.
 */
@FunctionalInterface
public interface VersionApplyListener {

    /** {@code info} describes the step just applied and the heads after it. */
    void onVersionApply(RunContext context, MigrationInfo info);

    /** {@code step} is about to run: the lock is held, its transaction begun. Does nothing unless overridden. */
    default void beforeVersionApply(RunContext context, MigrationStep step) {
    }
}
