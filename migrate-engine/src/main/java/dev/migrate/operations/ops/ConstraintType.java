package dev.migrate.operations.ops;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.TableElement;
import dev.migrate.schema.UniqueConstraint;

/** The kinds of constraint {@code op.dropConstraint} removes; MySQL needs to be told which. */
public enum ConstraintType {
    PRIMARY_KEY, UNIQUE, FOREIGN_KEY, CHECK;

    /** The kind of {@code constraint}. */
    public static ConstraintType of(TableElement constraint) {
        if (constraint instanceof PrimaryKey) {
            return PRIMARY_KEY;
        }
        if (constraint instanceof UniqueConstraint) {
            return UNIQUE;
        }
        if (constraint instanceof ForeignKey) {
            return FOREIGN_KEY;
        }
        if (constraint instanceof CheckConstraint) {
            return CHECK;
        }
        throw new IllegalArgumentException(constraint + " is not a primary key, unique, foreign key or check "
                + "constraint");
    }

    /** The name of {@code constraint}, or {@code null}. */
    public static String nameOf(TableElement constraint) {
        if (constraint instanceof PrimaryKey pk) {
            return pk.name();
        }
        if (constraint instanceof UniqueConstraint unique) {
            return unique.name();
        }
        if (constraint instanceof ForeignKey fk) {
            return fk.name();
        }
        return ((CheckConstraint) constraint).name();
    }

    /** {@code constraint} named {@code name}. */
    public static TableElement withName(TableElement constraint, String name) {
        if (constraint instanceof PrimaryKey pk) {
            return new PrimaryKey(name, pk.columns());
        }
        if (constraint instanceof UniqueConstraint unique) {
            return new UniqueConstraint(name, unique.columns(), unique.nullsNotDistinct());
        }
        if (constraint instanceof ForeignKey fk) {
            return new ForeignKey(name, fk.columns(), fk.targetSchema(), fk.targetTable(), fk.targetColumns(),
                    fk.onDelete(), fk.onUpdate(), fk.deferrable(), fk.initiallyDeferred());
        }
        return new CheckConstraint(name, ((CheckConstraint) constraint).expression());
    }
}
