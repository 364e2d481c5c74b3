package dev.migrate.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.junit.jupiter.api.io.TempDir;

import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

/** {@code migrate inspect}: the reflected schema, as text and as JSON, with table filters. */
class InspectCommandTest {

    @TempDir
    Path dir;

    @DatabaseTest
    void printsTablesColumnsAndConstraintsButNotTheVersionTable(TestDatabase db) throws SQLException {
        Project project = withSchema(db);

        Project.Run run = project.run("inspect");

        assertThat(run.status()).as(run.err()).isZero();
        String out = run.out().toLowerCase(Locale.ROOT);
        assertThat(out).contains("  table customer\n", "  table orders\n")
            .containsPattern("\\n    email +\\S.*not null")
            .containsPattern("foreign key \\S* ?\\(customer_id\\) -> (\\S+\\.)?customer \\(id\\) on delete cascade")
            .doesNotContain("migrate_version");
    }

    @DatabaseTest
    void jsonWithATableFilterShowsOnlyThatTable(TestDatabase db) throws SQLException {
        Project project = withSchema(db);

        Project.Run run = project.run("inspect", "--table", "customer", "--format", "json");

        assertThat(run.status()).as(run.err()).isZero();
        String out = run.out().toLowerCase(Locale.ROOT);
        assertThat(out).startsWith("[\n  {\n    \"name\": ")
            .contains("\"name\": \"customer\"", "\"name\": \"email\"", "\"nullable\": false")
            .doesNotContain("\"orders\"");
    }

    @DatabaseTest
    void unknownFormatIsNamed(TestDatabase db) throws SQLException {
        Project.Run run = withSchema(db).run("inspect", "--format", "yaml");

        assertThat(run.status()).isEqualTo(255);
        assertThat(run.err()).contains("FAILED: Unknown --format 'yaml'; use text or json");
    }

    private Project withSchema(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, email VARCHAR(200) NOT NULL)");
            statement.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, "
                    + "FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE)");
        }
        Project project = new Project(dir).revision("aaa111", null, null, null)
            .database(db.url(), db.user(), db.password());
        project.run("stamp", "head");
        return project;
    }
}
