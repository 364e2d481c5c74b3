package dev.migrate.autoconfigure.command;

import static dev.migrate.autoconfigure.H2Databases.hasTable;
import static dev.migrate.autoconfigure.H2Databases.versions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.migrate.autoconfigure.H2Databases;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateInitializer;
import dev.migrate.command.CommandLine;
import dev.migrate.config.Config;
import dev.migrate.runtime.EnvironmentContext;

@ExtendWith(OutputCaptureExtension.class)
class MigrateCommandRunnerTest {

    @RegisterExtension
    final H2Databases databases = new H2Databases();

    /** A context set up as the command run listener sets it up: beans initialised lazily, no startup upgrade. */
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class))
        .withInitializer(context -> context.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor()))
        .withPropertyValues("spring.migrate.upgrade-on-startup=false");

    @Test
    void runsTheCommandOnTheMigratedDatabase(CapturedOutput output) {
        runner.run(context -> {
            MigrateCommandRunner commands = context.getBean(MigrateCommandRunner.class);
            DataSource dataSource = context.getBean(DataSource.class);

            assertThat(commands.run(List.of("upgrade", "heads"))).isZero();
            assertThat(output.getOut().lines()).containsExactly("Running upgrade  -> 0a1b2c3d4e5f, create account",
                    "Running upgrade 0a1b2c3d4e5f -> 1b2c3d4e5f6a, create invoice");
            assertThat(output.getErr()).as("printed, so not logged as well").doesNotContain("Running upgrade");
            assertThat(versions(dataSource, "migrate_version")).containsExactly("1b2c3d4e5f6a");

            assertThat(commands.run(List.of("downgrade", "-1"))).isZero();
            assertThat(hasTable(dataSource, "INVOICE")).isFalse();
            assertThat(commands.run(List.of("current"))).isZero();
            assertThat(output.getOut()).endsWith("0a1b2c3d4e5f" + System.lineSeparator());
            assertThat(output.getErr()).doesNotContain("FAILED");
        });
    }

    @Test
    void usesTheSettingsAndCustomizersOfTheApplication(CapturedOutput output) {
        runner.withPropertyValues("spring.migrate.version-table=app_version")
            .withBean(dev.migrate.autoconfigure.MigrateConfigurationCustomizer.class,
                    () -> (config, environment) -> environment.listener((migration, info) -> System.out
                        .println("customizer saw " + info.step().describe())))
            .run(context -> {
                assertThat(context.getBean(MigrateCommandRunner.class).run(List.of("upgrade", "+1"))).isZero();
                assertThat(output.getOut()).contains("customizer saw upgrade  -> 0a1b2c3d4e5f, create account");
                assertThat(versions(context.getBean(DataSource.class), "app_version")).containsExactly("0a1b2c3d4e5f");
            });
    }

    @Test
    void writesOfflineSqlForTheDatabaseOfTheUrlWithoutTouchingIt(CapturedOutput output) {
        runner.withPropertyValues("spring.datasource.url=" + databases.newUrl()).run(context -> {
            assertThat(context.getBean(MigrateCommandRunner.class).run(List.of("upgrade", "heads", "--sql")))
                .isZero();
            assertThat(output.getOut()).contains("CREATE TABLE migrate_version")
                .contains("CREATE TABLE account (id INT PRIMARY KEY, name VARCHAR(100))")
                .contains("INSERT INTO migrate_version (version_num) VALUES ('0a1b2c3d4e5f')");
            assertThat(hasTable(context.getBean(DataSource.class), "MIGRATE_VERSION")).isFalse();
        });
    }

    @Test
    void writesOfflineSqlForTheConfiguredDialect(CapturedOutput output) {
        runner.withPropertyValues("spring.migrate.dialect=postgresql").run(context -> {
            assertThat(context.getBean(MigrateCommandRunner.class).run(List.of("upgrade", "+1", "--sql"))).isZero();
            assertThat(output.getOut()).startsWith("BEGIN;").contains("CREATE TABLE account");
        });
    }

    @Test
    void aFailedCommandSaysWhyOnStandardError(CapturedOutput output) {
        runner.run(context -> {
            assertThat(context.getBean(MigrateCommandRunner.class).run(List.of("upgrade", "fedcba987654")))
                .isEqualTo(CommandLine.EXIT_FAILED);
            assertThat(failures(output)).containsExactly("FAILED: Can't locate revision identified by 'fedcba987654'");
            assertThat(hasTable(context.getBean(DataSource.class), "ACCOUNT")).isFalse();
        });
    }

    @Test
    void aMigrateConfigurationThatCannotBeBuiltIsAFailedCommand(CapturedOutput output) {
        runner.withBean("first", DataSource.class, databases::newDataSource)
            .withBean("second", DataSource.class, databases::newDataSource)
            .run(context -> {
                assertThat(context.getBean(MigrateCommandRunner.class).run(List.of("current")))
                    .isEqualTo(CommandLine.EXIT_FAILED);
                assertThat(failures(output)).containsExactly("FAILED: Migrate found no single DataSource to "
                        + "migrate: mark one DataSource bean @Primary or @MigrateDataSource, or set spring.migrate.url");
            });
    }

    @Test
    void severalInitializersLeaveTheCommandWithoutADatabase(CapturedOutput output) {
        runner.withBean("one", MigrateInitializer.class, this::leavingAlone)
            .withBean("other", MigrateInitializer.class, this::leavingAlone)
            .run(context -> {
                assertThat(context.getBean(MigrateCommandRunner.class).run(List.of("current")))
                    .isEqualTo(CommandLine.EXIT_FAILED);
                assertThat(failures(output)).containsExactly("FAILED: The migrate command runs on one database, but "
                        + "the application defines several MigrateInitializer beans; mark the one to use @Primary");
            });
    }

    @Test
    void backsOffWithARunnerOfTheApplication() {
        MigrateCommandRunner own = new MigrateCommandRunner(null);
        runner.withBean(MigrateCommandRunner.class, () -> own)
            .run(context -> assertThat(context.getBean(MigrateCommandRunner.class)).isSameAs(own));
    }

    /** The lines of standard error that report a failed command (the rest is logging). */
    private static List<String> failures(CapturedOutput output) {
        return output.getErr().lines().filter(line -> line.startsWith("FAILED:")).toList();
    }

    private MigrateInitializer leavingAlone() {
        return new MigrateInitializer(Config.builder().build(), EnvironmentContext.builder().build(),
                databases.newDataSource());
    }
}
