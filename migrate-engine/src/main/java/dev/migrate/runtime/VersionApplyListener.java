package dev.migrate.runtime;

/**
 * Called after each step of a run (Alembic's {@code on_version_apply}): after the step's migration and version-row
 * changes, before its transaction commits.
 */
@FunctionalInterface
public interface VersionApplyListener {

    /** {@code info} describes the step just applied and the heads after it. */
    void onVersionApply(MigrationContext context, MigrationInfo info);
}
