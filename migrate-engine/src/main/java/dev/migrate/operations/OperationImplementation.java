package dev.migrate.operations;

import java.util.List;

import dev.migrate.ddl.DdlImpl;

/**
 * The SQL of an operation type, registered with {@code EnvironmentContext.Builder#implementation} (Alembic's
 * {@code Operations.implementation_for}): for operations of your own that should render differently per project, or
 * to replace the SQL of a built-in operation. The dialect is given so the implementation can quote names and write
 * literals as the database needs ({@code dialect.quote(…)}, {@code dialect.compiler().literal(…)}).
 *
 * @param <T> the operation type
 */
@FunctionalInterface
public interface OperationImplementation<T extends MigrateOperation> {

    /** The statements that carry out {@code operation} on {@code dialect}, in order. */
    List<String> toSql(T operation, DdlImpl dialect);
}
