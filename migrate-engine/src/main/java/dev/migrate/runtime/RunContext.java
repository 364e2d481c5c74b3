package dev.migrate.runtime;

import java.util.Objects;

import dev.migrate.ddl.DdlImpl;

/**
 * The context a run applies its steps in, as {@link VersionApplyListener}s are given it (Alembic's {@code ctx}):
 * a {@link MigrationContext} running them on a connection, or an {@link OfflineMigrationContext} writing them as a
 * SQL script. Both have a dialect, the environment's options and the version table they keep.
 */
public abstract sealed class RunContext permits MigrationContext, OfflineMigrationContext {

    private final DdlImpl dialect;
    private final EnvironmentContext environment;
    private final VersionTable versionTable;

    RunContext(DdlImpl dialect, EnvironmentContext environment) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.environment = Objects.requireNonNull(environment, "environment");
        this.versionTable = VersionTable.of(dialect, environment);
    }

    public final DdlImpl dialect() {
        return dialect;
    }

    public final EnvironmentContext environment() {
        return environment;
    }

    public final VersionTable versionTable() {
        return versionTable;
    }

    /** Whether DDL runs (or is written) in transactions: the environment's setting, else the dialect's. */
    public final boolean transactionalDdl() {
        return environment.transactionalDdl(dialect);
    }

    /** Whether the steps are written as SQL instead of run (Alembic's {@code is_offline_mode()}). */
    public abstract boolean offline();
}
