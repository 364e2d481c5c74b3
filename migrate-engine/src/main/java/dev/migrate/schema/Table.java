package dev.migrate.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table: its columns in their order and its constraints and indexes. Constraints and indexes are kept sorted by
 * name (unnamed ones last, in the order given), so that two tables with the same content are equal however they
 * were read.
 *
 * @param schema            the table's schema
 * @param name              its name
 * @param columns           its columns, in table order
 * @param primaryKey        its primary key, or {@code null}
 * @param uniqueConstraints its unique constraints
 * @param indexes           its indexes, other than those backing its primary key and unique constraints
 * @param foreignKeys       its foreign keys
 * @param checkConstraints  its check constraints
 * @param comment           its comment, or {@code null}
 */
public record Table(String schema, String name, List<Column> columns, PrimaryKey primaryKey,
        List<UniqueConstraint> uniqueConstraints, List<Index> indexes, List<ForeignKey> foreignKeys,
        List<CheckConstraint> checkConstraints, String comment) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniqueConstraints = Names.sorted(uniqueConstraints, UniqueConstraint::name);
        indexes = Names.sorted(indexes, Index::name);
        foreignKeys = Names.sorted(foreignKeys, ForeignKey::name);
        checkConstraints = Names.sorted(checkConstraints, CheckConstraint::name);
    }

    /** A builder of a table called {@code name} in {@code schema}. */
    public static Builder builder(String schema, String name) {
        return new Builder(schema, name);
    }

    /** The column called {@code name}, if the table has one. */
    public Optional<Column> column(String name) {
        return columns.stream().filter(column -> column.name().equals(name)).findFirst();
    }

    /** Collects a table's parts; {@link #build()} makes the immutable {@link Table}. */
    public static final class Builder {

        private final String schema;
        private final String name;
        private final List<Column> columns = new ArrayList<>();
        private PrimaryKey primaryKey;
        private final List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<CheckConstraint> checkConstraints = new ArrayList<>();
        private String comment;

        private Builder(String schema, String name) {
            this.schema = schema;
            this.name = name;
        }

        public Builder column(Column column) {
            columns.add(column);
            return this;
        }

        public Builder primaryKey(PrimaryKey primaryKey) {
            this.primaryKey = primaryKey;
            return this;
        }

        public Builder unique(UniqueConstraint constraint) {
            uniqueConstraints.add(constraint);
            return this;
        }

        public Builder index(Index index) {
            indexes.add(index);
            return this;
        }

        public Builder foreignKey(ForeignKey foreignKey) {
            foreignKeys.add(foreignKey);
            return this;
        }

        public Builder check(CheckConstraint check) {
            checkConstraints.add(check);
            return this;
        }

        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        public Table build() {
            return new Table(schema, name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys,
                    checkConstraints, comment);
        }
    }
}
