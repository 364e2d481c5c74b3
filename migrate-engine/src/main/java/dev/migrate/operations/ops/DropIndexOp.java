package dev.migrate.operations.ops;

import java.util.List;
import java.util.Objects;

import dev.migrate.ddl.DdlImpl;
import dev.migrate.operations.MigrateOperation;

/**
 * {@code op.dropIndex(…)}. MySQL and SQL Server need the table. Reversible only when it knows the index it drops.
 *
 * @param schema       the index's schema, or {@code null}
 * @param table        the index's table, or {@code null} where the database does not need it
 * @param name         the index's name
 * @param ifExists     whether to do nothing when there is no such index
 * @param concurrently whether to drop it without locking out writes (PostgreSQL)
 * @param created      the operation that creates the index as it was, or {@code null}
 */
public record DropIndexOp(String schema, String table, String name, boolean ifExists, boolean concurrently,
        CreateIndexOp created) implements MigrateOperation {

    public DropIndexOp {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public List<String> toSql(DdlImpl dialect) {
        return dialect.compiler().dropIndex(this);
    }

    @Override
    public MigrateOperation reverse() {
        return created == null ? MigrateOperation.super.reverse() : created;
    }
}
