package dev.migrate.operations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.migrate.ddl.DdlImpl;
import dev.migrate.operations.ops.BatchAlterTableOp;

/**
 * The registered {@link OperationImplementation}s, by operation type. An operation whose exact type has one is
 * carried out with it, in a batch too; every other operation renders itself through its dialect.
 */
public final class OperationImplementations {

    private static final OperationImplementations NONE = new OperationImplementations(Map.of());

    private final Map<Class<?>, OperationImplementation<?>> byType;

    private OperationImplementations(Map<Class<?>, OperationImplementation<?>> byType) {
        this.byType = Map.copyOf(byType);
    }

    /** No implementations: every operation renders itself. */
    public static OperationImplementations none() {
        return NONE;
    }

    /** These implementations and {@code implementation} for {@code type}, replacing one registered before. */
    public <T extends MigrateOperation> OperationImplementations with(Class<T> type,
            OperationImplementation<? super T> implementation) {
        Map<Class<?>, OperationImplementation<?>> copy = new HashMap<>(byType);
        copy.put(type, implementation);
        return new OperationImplementations(copy);
    }

    /**
     * {@code operation} itself when no implementation is registered for its type, otherwise an operation that
     * renders through that implementation and reverses like {@code operation}; a batch with its operations resolved.
     */
    MigrateOperation resolve(MigrateOperation operation) {
        OperationImplementation<?> implementation = byType.get(operation.getClass());
        if (implementation != null) {
            return new Implemented<>(operation, implementation);
        }
        if (operation instanceof BatchAlterTableOp batch && !byType.isEmpty()) {
            return new BatchAlterTableOp(batch.schema(), batch.table(), batch.operations().stream()
                .map(this::resolve).toList(), batch.options());
        }
        return operation;
    }

    /** An operation carried out by a registered implementation. */
    private record Implemented<T extends MigrateOperation>(MigrateOperation operation,
            OperationImplementation<T> implementation) implements MigrateOperation {

        @Override
        @SuppressWarnings("unchecked")
        public List<String> toSql(DdlImpl dialect) {
            return implementation.toSql((T) operation, dialect);
        }

        @Override
        public MigrateOperation reverse() {
            return operation.reverse();
        }
    }
}
