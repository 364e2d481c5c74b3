package dev.migrate.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import dev.migrate.autoconfigure.MigrationStatus.State;
import dev.migrate.autoconfigure.command.MigrateCommandRunner;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

/** The startup upgrade, the status the endpoint and health read, and the command runner, on each database. */
class MigrateOnEachDatabaseTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class));

    @DatabaseTest
    void upgradesOnStartupReportsTheStatusAndRunsCommands(TestDatabase db) throws SQLException {
        DataSource dataSource = new SimpleDriverDataSource(DriverManager.getDriver(db.url()), db.url(), db.user(),
                db.password());
        runner.withBean(DataSource.class, () -> dataSource).run(context -> {
            assertThat(context).hasNotFailed();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            assertThat(jdbc.queryForList("SELECT version_num FROM migrate_version", String.class))
                .containsExactly("1b2c3d4e5f6a");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM invoice", Integer.class)).isZero();

            MigrationStatus status = MigrationStatus.read(context.getBean(MigrateInitializer.class));
            assertThat(status.upToDate()).isTrue();
            assertThat(status.revisions()).extracting(MigrationStatus.RevisionDescriptor::state)
                .containsExactly(State.CURRENT, State.APPLIED);

            assertThat(context.getBean(MigrateCommandRunner.class).run(List.of("downgrade", "base"))).isZero();
            assertThat(jdbc.queryForList("SELECT version_num FROM migrate_version", String.class)).isEmpty();
            assertThat(MigrationStatus.read(context.getBean(MigrateInitializer.class)).pendingRevisions())
                .containsExactly("0a1b2c3d4e5f", "1b2c3d4e5f6a");
        });
    }
}
