package dev.migrate.operations.ops;

import java.util.List;
import java.util.Objects;

import dev.migrate.MigrateException;
import dev.migrate.ddl.DdlImpl;
import dev.migrate.operations.MigrateOperation;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.TableElement;
import dev.migrate.schema.UniqueConstraint;

/**
 * {@code op.createPrimaryKey}, {@code op.createUniqueConstraint}, {@code op.createForeignKey} and
 * {@code op.createCheckConstraint}: {@code ALTER TABLE … ADD CONSTRAINT}. Reversed by {@link DropConstraintOp}, so
 * the constraint needs a name to be reversible.
 *
 * @param schema     the table's schema, or {@code null}
 * @param table      the table
 * @param constraint a {@link PrimaryKey}, {@link UniqueConstraint}, {@link ForeignKey} or {@link CheckConstraint}
 * @param match      a foreign key's {@code MATCH} type ({@code SIMPLE}, {@code FULL}), or {@code null}
 * @param notValid   whether a foreign key or check skips existing rows (PostgreSQL {@code NOT VALID})
 */
public record AddConstraintOp(String schema, String table, TableElement constraint, String match, boolean notValid)
        implements MigrateOperation {

    public AddConstraintOp {
        Objects.requireNonNull(table, "table");
        ConstraintType.of(constraint);
        if (match != null && !match.matches("(?i)SIMPLE|FULL|PARTIAL")) {
            throw new IllegalArgumentException("MATCH " + match + " is not SIMPLE, FULL or PARTIAL");
        }
    }

    /** The constraint's name, or {@code null}. */
    public String name() {
        return ConstraintType.nameOf(constraint);
    }

    @Override
    public List<String> toSql(DdlImpl dialect) {
        return dialect.compiler().addConstraint(this);
    }

    @Override
    public MigrateOperation reverse() {
        if (name() == null) {
            throw new MigrateException("An unnamed constraint on " + table + " cannot be reversed; give it "
                    + "a name");
        }
        return new DropConstraintOp(schema, table, name(), ConstraintType.of(constraint), false, this);
    }
}
