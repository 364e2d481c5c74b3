package dev.migrate.benchmarks.reflection;

import java.sql.Connection;

import dev.migrate.ddl.Dialects;
import dev.migrate.ddl.InspectionScope;
import dev.migrate.schema.Column;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;

/**
 * Migrate: the dialect's inspector reads the schema into the neutral model, as {@code migrate inspect} and
 * autogenerate do (the dialect detected from the connection on every read).
 */
final class MigrateReader implements SchemaReader {

    private final Connection connection;

    MigrateReader(Connection connection) {
        this.connection = connection;
    }

    @Override
    public SchemaSummary read() {
        Schema schema = Dialects.detect(connection).inspector()
            .inspect(connection, InspectionScope.schemas(ReflectedDatabase.SCHEMA)).get(0);
        int columns = 0;
        int primaryKeys = 0;
        int foreignKeys = 0;
        int uniques = 0;
        int indexes = 0;
        int checks = 0;
        int comments = 0;
        for (Table table : schema.tables()) {
            columns += table.columns().size();
            primaryKeys += table.primaryKey() == null ? 0 : 1;
            foreignKeys += table.foreignKeys().size();
            uniques += table.uniqueConstraints().size();
            indexes += table.indexes().size();
            checks += table.checkConstraints().size();
            comments += (table.comment() == null ? 0 : 1)
                    + (int) table.columns().stream().map(Column::comment).filter(c -> c != null).count();
        }
        return new SchemaSummary(schema.tables().size(), columns, primaryKeys, foreignKeys, uniques, indexes, checks,
                comments);
    }
}
