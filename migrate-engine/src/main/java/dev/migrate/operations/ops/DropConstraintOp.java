package dev.migrate.operations.ops;

import java.util.List;
import java.util.Objects;

import dev.migrate.ddl.DdlImpl;
import dev.migrate.operations.MigrateOperation;

/**
 * {@code op.dropConstraint(…)}. MySQL needs its {@code type}. Reversible only when it knows the constraint it drops.
 *
 * @param schema   the table's schema, or {@code null}
 * @param table    the table
 * @param name     the constraint's name
 * @param type     its kind, or {@code null} where the database does not need it
 * @param ifExists whether to do nothing when there is no such constraint
 * @param created  the operation that adds the constraint as it was ({@link AddConstraintOp},
 *                 {@link CreateExcludeConstraintOp}), or {@code null}
 */
public record DropConstraintOp(String schema, String table, String name, ConstraintType type, boolean ifExists,
        MigrateOperation created) implements MigrateOperation {

    public DropConstraintOp {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public List<String> toSql(DdlImpl dialect) {
        return dialect.compiler().dropConstraint(this);
    }

    @Override
    public MigrateOperation reverse() {
        return created == null ? MigrateOperation.super.reverse() : created;
    }
}
