package dev.migrate.operations.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.migrate.MigrateException;
import dev.migrate.ddl.DdlImpl;
import dev.migrate.operations.MigrateOperation;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexElement;

/**
 * {@code op.createIndex(…)}: {@code CREATE [UNIQUE] INDEX}, with PostgreSQL's {@code CONCURRENTLY}, access method,
 * {@code INCLUDE} and {@code WHERE} where given. Reversed by {@link DropIndexOp}.
 *
 * @param schema       the table's schema, or {@code null}
 * @param table        the table
 * @param index        the index: name, keys, uniqueness, the partial-index predicate and included columns
 * @param ifNotExists  whether to do nothing when the index exists
 * @param concurrently whether to build it without locking out writes (PostgreSQL; needs an autocommit block)
 * @param using        the access method ({@code gin}, {@code hash}, …; PostgreSQL), or {@code null}
 */
public record CreateIndexOp(String schema, String table, Index index, boolean ifNotExists, boolean concurrently,
        String using) implements MigrateOperation {

    public CreateIndexOp {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    @Override
    public List<String> toSql(DdlImpl dialect) {
        return dialect.compiler().createIndex(this);
    }

    @Override
    public MigrateOperation reverse() {
        return new DropIndexOp(schema, table, index.name(), false, concurrently, this);
    }

    /** Collects an index for {@code op.createIndex(name, table, index -> …)}; each method returns this builder. */
    public static final class Builder {

        private final List<IndexElement> elements = new ArrayList<>();
        private final List<String> include = new ArrayList<>();
        private boolean unique;
        private String where;
        private boolean ifNotExists;
        private boolean concurrently;
        private String using;

        /** Ascending keys on {@code columns}. */
        public Builder columns(String... columns) {
            for (String column : columns) {
                elements.add(IndexElement.column(column));
            }
            return this;
        }

        /** A descending key on {@code column}. */
        public Builder descending(String column) {
            elements.add(IndexElement.column(column).desc());
            return this;
        }

        /** A key on an SQL expression, such as {@code lower(email)}. */
        public Builder expression(String expression) {
            elements.add(IndexElement.expression(expression));
            return this;
        }

        /** A unique index. */
        public Builder unique() {
            unique = true;
            return this;
        }

        /** A partial index over the rows {@code predicate} selects. */
        public Builder where(String predicate) {
            where = predicate;
            return this;
        }

        /** Non-key columns carried in the index ({@code INCLUDE}). */
        public Builder include(String... columns) {
            include.addAll(List.of(columns));
            return this;
        }

        /** Skips creation when the index exists. */
        public Builder ifNotExists() {
            ifNotExists = true;
            return this;
        }

        /** Builds it without locking out writes (PostgreSQL; run it in {@code op.autocommitBlock}). */
        public Builder concurrently() {
            concurrently = true;
            return this;
        }

        /** The access method ({@code gin}, {@code hash}, …; PostgreSQL). */
        public Builder using(String method) {
            using = method;
            return this;
        }

        /** The operation creating index {@code name} on {@code table} in {@code schema}. */
        public CreateIndexOp build(String schema, String table, String name) {
            if (elements.isEmpty()) {
                throw new MigrateException("Index " + name + " on " + table + " needs at least one column or "
                        + "expression");
            }
            return new CreateIndexOp(schema, table, new Index(name, elements, unique, where, include), ifNotExists,
                    concurrently, using);
        }
    }
}
