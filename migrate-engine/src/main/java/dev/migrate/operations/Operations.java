package dev.migrate.operations;

import java.util.Objects;

import dev.migrate.operations.ops.ExecuteSqlOp;

/**
 * The {@code op} object a migration receives: each directive builds an operation ({@link MigrateOperation}) and
 * hands it to the executor the runtime supplies, which runs it against the database or renders it as SQL.
 */
public class Operations {

    private final OperationExecutor executor;

    /** Operations that hand what they build to {@code executor}. */
    public Operations(OperationExecutor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** Runs an operation object, built by hand or by another directive. */
    public void invoke(MigrateOperation operation) {
        executor.execute(operation);
    }

    /** Runs SQL text as given: one statement, without a terminator. */
    public void execute(String sql) {
        invoke(new ExecuteSqlOp(sql));
    }

    /**
     * Runs {@code block} outside the migration's transaction: what ran before it is committed first, and the
     * transaction resumes after it. For statements such as PostgreSQL's {@code CREATE INDEX CONCURRENTLY}.
     */
    public void autocommitBlock(Runnable block) {
        executor.autocommitBlock(block);
    }
}
