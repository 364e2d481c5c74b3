package dev.migrate.autoconfigure.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import dev.migrate.autoconfigure.H2Databases;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.ddl.DdlImpl;
import dev.migrate.ddl.Dialects;
import dev.migrate.runtime.EnvironmentContext;
import dev.migrate.runtime.MigrationLock;
import dev.migrate.runtime.VersionTable;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

/** Each startup failure Migrate causes is explained by its analyzer, found the way Spring Boot finds them. */
class MigrateFailureAnalyzersTest {

    @RegisterExtension
    final H2Databases databases = new H2Databases();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class));

    /** The analyzers of {@code spring.factories} that need no constructor arguments, Migrate's among them. */
    private final List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
        .load(FailureAnalyzer.class, null, FailureHandler.handleMessage((message, failure) -> { }));

    @Test
    void aFailedRevisionNamesTheRevisionItsClassAndTheStatement() {
        runner.withPropertyValues("spring.migrate.locations=dev.migrate.autoconfigure.failing").run(context -> {
            FailureAnalysis analysis = analyze(context.getStartupFailure(), MigrationFailedFailureAnalyzer.class);
            assertThat(analysis.getDescription())
                .startsWith("Migrate could not upgrade the database: revision abcdef012345 (class "
                        + "dev.migrate.autoconfigure.failing.Vabcdef012345_InsertIntoMissingTable) failed.\n\n"
                        + "Statement: INSERT INTO missing_table VALUES (1)\n\n"
                        + "Upgrade of revision 'abcdef012345' (insert into missing table) failed: ")
                .contains("MISSING_TABLE");
            assertThat(analysis.getAction()).startsWith("Correct revision abcdef012345 (or the database it runs on)");
        });
    }

    @Test
    void aDatabaseAtAnUnknownRevisionIsBlamedOnAnOlderDeploy() {
        DataSource dataSource = databases.newDataSourceAt("ffffffffffff");
        runner.withBean(DataSource.class, () -> dataSource).run(context -> {
            FailureAnalysis analysis = analyze(context.getStartupFailure(),
                    UnknownDatabaseRevisionFailureAnalyzer.class);
            assertThat(analysis.getDescription()).isEqualTo("Migrate could not upgrade the database: it is at "
                    + "revision ffffffffffff, which the application does not have (none of the locations db.migrate "
                    + "holds it). This happens when an older version of the application starts against a database "
                    + "that a newer version has already upgraded.");
            assertThat(analysis.getAction()).startsWith("Deploy the version of the application that has revision "
                    + "ffffffffffff. To start this version anyway without upgrading, set "
                    + "spring.migrate.on-unknown-revision=warn.");
        });
    }

    @Test
    void severalHeadsForTheTargetHeadAskForAMerge() {
        runner.withPropertyValues("spring.migrate.locations=dev.migrate.autoconfigure.branched",
                "spring.migrate.target=head").run(context -> {
                    FailureAnalysis analysis = analyze(context.getStartupFailure(),
                            MultipleHeadsFailureAnalyzer.class);
                    assertThat(analysis.getDescription()).startsWith("Migrate could not tell which revision to "
                            + "upgrade to: 'head' names a single head, but the revisions have 2: ")
                        .contains("b2b2b2b2b2b2").contains("c3c3c3c3c3c3");
                    assertThat(analysis.getAction()).startsWith("Merge the branches into one head: run the "
                            + "application with the arguments 'migrate merge heads -m \"merge branches\"'");
                });
    }

    @DatabaseTest({DatabaseKind.POSTGRESQL, DatabaseKind.H2})
    void aLockHeldElsewhereNamesTheLockAndTheTimeout(TestDatabase db) throws Exception {
        try (Connection holder = db.connect()) {
            DdlImpl dialect = Dialects.detect(holder);
            MigrationLock held = MigrationLock.acquire(holder, dialect,
                    VersionTable.of(dialect, EnvironmentContext.builder().build()), Duration.ZERO);
            DataSource dataSource = new SimpleDriverDataSource(DriverManager.getDriver(db.url()), db.url(), db.user(),
                    db.password());
            runner.withBean(DataSource.class, () -> dataSource)
                .withPropertyValues("spring.migrate.lock.timeout=200ms")
                .run(context -> {
                    FailureAnalysis analysis = analyze(context.getStartupFailure(),
                            MigrationLockTimeoutFailureAnalyzer.class);
                    assertThat(analysis.getDescription()).isEqualTo("Migrate could not upgrade the database: "
                            + "another session held the migration lock '" + held.name() + "' for longer than the "
                            + "lock timeout of 200ms. Another instance of the application, or a migration job, is "
                            + "probably migrating the same database.");
                    assertThat(analysis.getAction()).contains("raise spring.migrate.lock.timeout");
                });
            held.release();
        }
    }

    private FailureAnalysis analyze(Throwable failure, Class<? extends FailureAnalyzer> expected) {
        assertThat(failure).as("the startup failure").isNotNull();
        assertThat(analyzers).as("registered in spring.factories").hasAtLeastOneElementOfType(expected);
        List<FailureAnalysis> analyses = analyzers.stream()
            .filter(expected::isInstance)
            .map(analyzer -> analyzer.analyze(failure))
            .toList();
        assertThat(analyses).singleElement().isNotNull();
        List<FailureAnalyzer> others = analyzers.stream()
            .filter(analyzer -> analyzer.getClass().getPackageName().equals(expected.getPackageName()))
            .filter(analyzer -> !expected.isInstance(analyzer))
            .toList();
        assertThat(others).as("Migrate's other analyzers stay silent")
            .allSatisfy(analyzer -> assertThat(analyzer.analyze(failure)).isNull());
        return analyses.get(0);
    }
}
