package dev.migrate.runtime;

import dev.migrate.ddl.DdlImpl;

/**
 * The context a run applies its steps in, as {@link VersionApplyListener}s are given it (Alembic's {@code ctx}):
 * a {@link MigrationContext} running them on a connection, or an {@link OfflineMigrationContext} writing them as a
 * SQL script.
 */
public sealed interface RunContext permits MigrationContext, OfflineMigrationContext {

    DdlImpl dialect();

    EnvironmentContext environment();

    VersionTable versionTable();

    /** Whether DDL runs (or is written) in transactions: the environment's setting, else the dialect's. */
    boolean transactionalDdl();

    /** Whether the steps are written as SQL instead of run (Alembic's {@code is_offline_mode()}). */
    boolean offline();
}
