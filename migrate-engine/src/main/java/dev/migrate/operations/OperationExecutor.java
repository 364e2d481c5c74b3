package dev.migrate.operations;

import java.sql.Connection;
import java.util.Optional;

import dev.migrate.ddl.DdlImpl;

/**
 * The runtime's side of {@link Operations}: runs the operations a migration builds. Online, the migration context
 * runs them on its connection through the dialect; offline, an executor writes their SQL instead.
 */
public interface OperationExecutor {

    /** Carries out {@code operation}. */
    void execute(MigrateOperation operation);

    /**
     * Runs {@code block} outside any transaction (Alembic's {@code autocommit_block}), for statements a database
     * refuses inside one, such as PostgreSQL's {@code CREATE INDEX CONCURRENTLY}.
     */
    void autocommitBlock(Runnable block);

    /** The dialect the operations are run or written for. */
    DdlImpl dialect();

    /** The connection the operations run on; empty offline. */
    Optional<Connection> connection();
}
