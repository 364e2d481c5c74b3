package dev.migrate.operations.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.migrate.MigrateException;
import dev.migrate.ddl.DdlImpl;
import dev.migrate.operations.MigrateOperation;
import dev.migrate.schema.IndexElement;

/**
 * {@code op.createExcludeConstraint(…)}: PostgreSQL's {@code ALTER TABLE … ADD CONSTRAINT name EXCLUDE USING gist
 * (c WITH =, …) [WHERE (…)] [DEFERRABLE] [INITIALLY …]}, which no two rows may both satisfy. Other databases refuse
 * it. Reversed by {@link DropConstraintOp}.
 *
 * @param schema     the table's schema, or {@code null}
 * @param table      the table
 * @param name       the constraint's name
 * @param elements   the columns or expressions, each with the operator two rows must not both satisfy
 * @param using      the index access method, {@code gist} unless given
 * @param where      the predicate selecting the rows the constraint applies to, or {@code null}
 * @param deferrable {@code DEFERRABLE} ({@code true}), {@code NOT DEFERRABLE} ({@code false}) or neither
 *                   ({@code null})
 * @param initially  {@code DEFERRED} or {@code IMMEDIATE}, or {@code null}
 */
public record CreateExcludeConstraintOp(String schema, String table, String name, List<Element> elements,
        String using, String where, Boolean deferrable, String initially) implements MigrateOperation {

    /**
     * One element of an exclusion constraint: a column or expression and the operator compared with it.
     *
     * @param key      the column or expression
     * @param operator the operator, such as {@code =} or {@code &&}
     */
    public record Element(IndexElement key, String operator) {

        public Element {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(operator, "operator");
        }
    }

    public CreateExcludeConstraintOp {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(using, "using");
        elements = List.copyOf(elements);
        if (elements.isEmpty()) {
            throw new MigrateException("Exclude constraint " + name + " on " + table + " needs at least one "
                    + "element: a column or expression with its operator");
        }
    }

    @Override
    public List<String> toSql(DdlImpl dialect) {
        return dialect.compiler().createExcludeConstraint(this);
    }

    @Override
    public MigrateOperation reverse() {
        return new DropConstraintOp(schema, table, name, null, false, this);
    }

    /**
     * Collects an exclusion constraint for {@code op.createExcludeConstraint(name, table, ex -> …)}; each method
     * returns this builder.
     */
    public static final class Builder {

        private final List<Element> elements = new ArrayList<>();
        private String using = "gist";
        private String where;
        private Boolean deferrable;
        private String initially;

        /** Column {@code column} compared with {@code operator}: {@code column("during", "&&")}. */
        public Builder column(String column, String operator) {
            elements.add(new Element(IndexElement.column(column), operator));
            return this;
        }

        /** An SQL expression compared with {@code operator}: {@code expression("int4range(lo, hi)", "&&")}. */
        public Builder expression(String expression, String operator) {
            elements.add(new Element(IndexElement.expression(expression), operator));
            return this;
        }

        /** The index access method, {@code gist} unless given. */
        public Builder using(String method) {
            using = method;
            return this;
        }

        /** Applies the constraint only to the rows {@code predicate} selects. */
        public Builder where(String predicate) {
            where = predicate;
            return this;
        }

        /** {@code DEFERRABLE}, or {@code NOT DEFERRABLE} when {@code false}. */
        public Builder deferrable(boolean value) {
            deferrable = value;
            return this;
        }

        /** {@code INITIALLY DEFERRED} or {@code INITIALLY IMMEDIATE}. */
        public Builder initially(String when) {
            initially = when;
            return this;
        }

        /** The operation creating exclusion constraint {@code name} on {@code table} in {@code schema}. */
        public CreateExcludeConstraintOp build(String schema, String table, String name) {
            return new CreateExcludeConstraintOp(schema, table, name, elements, using, where, deferrable, initially);
        }
    }
}
