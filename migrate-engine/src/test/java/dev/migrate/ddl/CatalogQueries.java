package dev.migrate.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.IntFunction;

import dev.migrate.schema.Schema;
import dev.migrate.testing.CountingConnection;

/** Counts the catalog queries an inspection runs, for the tests that check it does not grow with the tables. */
public final class CatalogQueries {

    private CatalogQueries() {
    }

    /**
     * Creates tables {@code from} to {@code to - 1} with the statements {@code tableDdl} gives (each table with one
     * foreign key, index, unique constraint and check) and counts the queries reading the default schema, which
     * must then hold {@code to} such tables.
     */
    public static int toInspect(Connection connection, IntFunction<List<String>> tableDdl, int from, int to)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (int i = from; i < to; i++) {
                for (String sql : tableDdl.apply(i)) {
                    statement.addBatch(sql);
                }
            }
            statement.executeBatch();
        }
        CountingConnection counting = new CountingConnection(connection);
        Schema schema = Dialects.detect(connection).inspector()
            .inspect(counting.connection(), InspectionScope.defaultSchema()).get(0);
        assertThat(schema.tables()).hasSize(to);
        assertThat(schema.tables()).allSatisfy(table -> {
            assertThat(table.foreignKeys()).hasSize(1);
            assertThat(table.indexes()).hasSize(1);
            assertThat(table.uniqueConstraints()).hasSize(1);
            assertThat(table.checkConstraints()).hasSize(1);
        });
        return counting.executed();
    }
}
