package dev.migrate.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.migrate.config.Config;
import dev.migrate.runtime.EnvironmentContext;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

/**
 * The command line run as the Spring Boot runner runs it: on a DataSource the caller gives, with the caller's run
 * options, never reading a config file.
 */
class CommandLineOnDataSourceTest {

    private static final Config FIXTURES = Config.builder().locations(List.of("dev.migrate.script.fixture")).build();

    @DatabaseTest
    void runsOnTheGivenDataSourceWithTheGivenEnvironment(TestDatabase db) throws SQLException {
        List<Map<String, String>> seen = new CopyOnWriteArrayList<>();
        EnvironmentContext environment = EnvironmentContext.builder()
            .versionTable("app_version")
            .listener((context, info) -> seen.add(context.environment().xArguments()))
            .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .run(FIXTURES, environment, new DriverManagerDataSource(db.url(), db.user(), db.password()),
                    "-x", "tenant=blue", "upgrade", "heads");

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "Running upgrade  -> 1a2b3c4d5e6f, create account",
                "Running upgrade 1a2b3c4d5e6f -> 9f8e7d6c5b4a, add email");
        assertThat(seen).as("the caller's listener, with the -x argument added")
            .containsExactly(Map.of("tenant", "blue"), Map.of("tenant", "blue"));
        assertThat(rows(db, "app_version")).containsExactly("9f8e7d6c5b4a");
    }

    @DatabaseTest
    void aFailureOnTheDataSourceIsReportedLikeAnyOther(TestDatabase db) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = new CommandLine(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .run(FIXTURES, EnvironmentContext.builder().build(),
                    new DriverManagerDataSource(db.url(), db.user(), db.password()), "upgrade", "nosuchrev");

        assertThat(status).isEqualTo(CommandLine.EXIT_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8))
            .isEqualTo("FAILED: Can't locate revision identified by 'nosuchrev'" + System.lineSeparator());
    }

    private static List<String> rows(TestDatabase db, String table) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version_num FROM " + table)) {
            List<String> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        }
    }
}
