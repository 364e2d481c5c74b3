package dev.migrate.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.migrate.MigrateException;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

/** What every dialect's inspector does alike; each dialect's fixture test checks what it reads. */
class InspectorTest {

    @DatabaseTest
    void readsOnlyWhatTheFilterIncludesAndLeavesOutTheVersionTable(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (id INTEGER)");
            statement.execute("CREATE TABLE tmp_scratch (id INTEGER)");
            statement.execute("CREATE TABLE migrate_version (version_num VARCHAR(32) NOT NULL)");
            DdlImpl dialect = Dialects.detect(connection);
            String scratch = dialect.catalogName("tmp_scratch");

            List<Schema> schemas = dialect.inspector().inspect(connection, InspectionScope.defaultSchema()
                .filter((name, kind, schema) -> kind != NameFilter.Kind.TABLE || !name.equals(scratch)));

            assertThat(schemas).extracting(Schema::name).containsExactly(db.schema());
            assertThat(schemas.get(0).tables()).extracting(Table::name)
                .containsExactly(dialect.catalogName("kept"));
        }
    }

    @DatabaseTest
    void namesASchemaThatDoesNotExist(TestDatabase db) {
        try (Connection connection = db.connect()) {
            assertThatThrownBy(() -> Dialects.detect(connection).inspector()
                .inspect(connection, InspectionScope.schemas("no_such_schema")))
                .isInstanceOf(MigrateException.class)
                .hasMessage("Schema 'no_such_schema' does not exist; create it or leave it out of the schemas to "
                        + "inspect");
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @DatabaseTest({DatabaseKind.H2, DatabaseKind.SQLITE})
    void runsAsManyCatalogQueriesForTwoHundredTablesAsForTenOnEmbeddedDatabases(TestDatabase db)
            throws SQLException {
        try (Connection connection = db.connect()) {
            int queriesForTen = CatalogQueries.toInspect(connection, InspectorTest::table, 0, 10);
            int queriesForTwoHundred = CatalogQueries.toInspect(connection, InspectorTest::table, 10, 200);

            assertThat(queriesForTwoHundred).isEqualTo(queriesForTen);
        }
    }

    private static List<String> table(int i) {
        return List.of("CREATE TABLE t" + i + " (id INTEGER PRIMARY KEY, name VARCHAR(20) UNIQUE, parent INTEGER "
                + "REFERENCES t" + Math.max(i - 1, 0) + " (id), CHECK (length(name) > 1))",
                "CREATE INDEX t" + i + "_parent ON t" + i + " (parent)");
    }
}
