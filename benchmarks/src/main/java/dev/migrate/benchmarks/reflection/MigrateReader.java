package dev.migrate.benchmarks.reflection;

import java.sql.Connection;

import dev.migrate.ddl.Dialects;
import dev.migrate.ddl.InspectionScope;
import dev.migrate.schema.Column;
import dev.migrate.schema.Schema;

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
        return summary(inspect(connection));
    }

    /** One read of the benchmark's schema, exactly as {@code migrate inspect} makes it. */
    static Schema inspect(Connection connection) {
        return Dialects.detect(connection).inspector()
            .inspect(connection, InspectionScope.schemas(ReflectedDatabase.SCHEMA)).get(0);
    }

    /** How much of the schema {@code schema} holds. */
    static SchemaSummary summary(Schema schema) {
        return schema.tables().stream()
            .map(table -> new SchemaSummary(1, table.columns().size(), table.primaryKey() == null ? 0 : 1,
                    table.foreignKeys().size(), table.uniqueConstraints().size(), table.indexes().size(),
                    table.checkConstraints().size(), (table.comment() == null ? 0 : 1)
                            + (int) table.columns().stream().map(Column::comment).filter(c -> c != null).count()))
            .reduce(SchemaSummary.NONE, SchemaSummary::plus);
    }
}
