package dev.migrate.benchmarks.reflection;

import java.sql.Connection;
import java.util.List;

/** The ways of reading the benchmark's schema that are compared, each on a connection of its own. */
enum Contender {

    MIGRATE("Migrate inspector") {
        @Override
        SchemaReader reader(Connection connection, ReflectedDatabase database, List<String> tables) {
            return new MigrateReader(connection);
        }
    },
    LIQUIBASE("Liquibase snapshot") {
        @Override
        SchemaReader reader(Connection connection, ReflectedDatabase database, List<String> tables) {
            return new LiquibaseReader(connection, database.schemaIsCatalog());
        }
    },
    HIBERNATE_GROUPED("Hibernate, grouped") {
        @Override
        SchemaReader reader(Connection connection, ReflectedDatabase database, List<String> tables) {
            return new HibernateReader(connection, database.schemaIsCatalog(), tables, true);
        }
    },
    HIBERNATE_PER_TABLE("Hibernate, per table") {
        @Override
        SchemaReader reader(Connection connection, ReflectedDatabase database, List<String> tables) {
            return new HibernateReader(connection, database.schemaIsCatalog(), tables, false);
        }
    };

    final String label;

    Contender(String label) {
        this.label = label;
    }

    /** A reader of the schema of {@code tables} in {@code database}, on {@code connection}. */
    abstract SchemaReader reader(Connection connection, ReflectedDatabase database, List<String> tables);
}
