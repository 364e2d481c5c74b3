package dev.migrate.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A schema (a database, on MySQL and MariaDB): its tables, sequences and enum types, each kept sorted by name.
 *
 * @param name      the schema's name
 * @param tables    its tables
 * @param sequences its free-standing sequences
 * @param enumTypes its named enum types
 */
public record Schema(String name, List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes) {

    public Schema {
        Objects.requireNonNull(name, "name");
        tables = Names.sorted(tables, Table::name);
        sequences = Names.sorted(sequences, Sequence::name);
        enumTypes = Names.sorted(enumTypes, EnumType::name);
    }

    /** The table called {@code name}, if the schema has one. */
    public Optional<Table> table(String name) {
        return tables.stream().filter(table -> table.name().equals(name)).findFirst();
    }
}
