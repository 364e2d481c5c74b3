package dev.migrate.autoconfigure;

import static dev.migrate.autoconfigure.H2Databases.hasTable;
import static dev.migrate.autoconfigure.H2Databases.versions;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.migrate.MigrateException;
import dev.migrate.config.Config;
import dev.migrate.runtime.EnvironmentContext;
import dev.migrate.runtime.MigrationContext;
import dev.migrate.runtime.MigrationFailedException;

@ExtendWith(OutputCaptureExtension.class)
class MigrateAutoConfigurationTest {

    private static final String HEAD = "1b2c3d4e5f6a";

    @RegisterExtension
    final H2Databases databases = new H2Databases();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class));

    @Test
    void upgradesTheEmbeddedDatabaseToTheHeadOnStartup(CapturedOutput output) {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(MigrateInitializer.class);
            DataSource dataSource = context.getBean(DataSource.class);
            assertThat(versions(dataSource, "migrate_version")).containsExactly(HEAD);
            assertThat(hasTable(dataSource, "ACCOUNT")).isTrue();
            assertThat(hasTable(dataSource, "INVOICE")).isTrue();
            assertThat(output.getOut()).as("steps are logged, not printed").doesNotContain("Running upgrade");
        });
    }

    @Test
    void upgradesToTheConfiguredTarget() {
        runner.withPropertyValues("spring.migrate.target=0a1b2c3d4e5f").run(context -> {
            DataSource dataSource = context.getBean(DataSource.class);
            assertThat(versions(dataSource, "migrate_version")).containsExactly("0a1b2c3d4e5f");
            assertThat(hasTable(dataSource, "INVOICE")).isFalse();
        });
    }

    @Test
    void usesTheConfiguredVersionTable() {
        runner.withPropertyValues("spring.migrate.version-table=app_version").run(context -> {
            DataSource dataSource = context.getBean(DataSource.class);
            assertThat(versions(dataSource, "app_version")).containsExactly(HEAD);
            assertThat(hasTable(dataSource, "MIGRATE_VERSION")).isFalse();
        });
    }

    @Test
    void putsTheVersionTableInTheConfiguredSchema() {
        DataSource dataSource = databases.newDataSource();
        new JdbcTemplate(dataSource).execute("CREATE SCHEMA ops");
        runner.withBean(DataSource.class, () -> dataSource)
            .withPropertyValues("spring.migrate.version-table-schema=ops")
            .run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(versions(dataSource, "ops.migrate_version")).containsExactly(HEAD);
                assertThat(hasTable(dataSource, "MIGRATE_VERSION")).isTrue();
                assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT TABLE_SCHEMA FROM "
                        + "INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'MIGRATE_VERSION'", String.class))
                    .isEqualTo("OPS");
            });
    }

    @Test
    void doesNothingWhenDisabled() {
        runner.withPropertyValues("spring.migrate.enabled=false").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(MigrateInitializer.class);
            assertThat(hasTable(context.getBean(DataSource.class), "ACCOUNT")).isFalse();
        });
    }

    @Test
    void backsOffWithoutADataSource() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class))
            .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrateInitializer.class));
    }

    @Test
    void migratesAPrivateDataSourceFromTheUrlWithTheApplicationCredentials() {
        String url = databases.newUrl();
        runner.withPropertyValues("spring.migrate.url=" + url, "spring.datasource.username=sa").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(versions(H2Databases.dataSource(url), "migrate_version")).containsExactly(HEAD);
            assertThat(hasTable(context.getBean(DataSource.class), "ACCOUNT")).isFalse();
        });
    }

    @Test
    void migratesTheApplicationDatabaseAsTheConfiguredUser() {
        DataSource dataSource = databases.newDataSource();
        new JdbcTemplate(dataSource).execute("CREATE USER migrator PASSWORD 'secret' ADMIN");
        List<String> users = new CopyOnWriteArrayList<>();
        runner.withBean(DataSource.class, () -> dataSource)
            .withPropertyValues("spring.migrate.user=migrator", "spring.migrate.password=secret")
            .withBean(MigrateConfigurationCustomizer.class, () -> (config, environment) -> environment.listener(
                    (migration, info) -> users.add(userName(((MigrationContext) migration).connection()))))
            .run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(users).containsExactly("MIGRATOR", "MIGRATOR");
                assertThat(versions(dataSource, "migrate_version")).containsExactly(HEAD);
            });
    }

    @Test
    void migratesTheUrlWhenTheApplicationHasNoDataSource() {
        String url = databases.newUrl();
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class))
            .withPropertyValues("spring.migrate.url=" + url, "spring.migrate.user=sa")
            .run(context -> {
                assertThat(context).hasNotFailed().hasSingleBean(MigrateInitializer.class);
                assertThat(versions(H2Databases.dataSource(url), "migrate_version")).containsExactly(HEAD);
            });
    }

    @Test
    void failsWhenNoDataSourceIsTheOne() {
        runner.withBean("first", DataSource.class, databases::newDataSource)
            .withBean("second", DataSource.class, databases::newDataSource)
            .run(context -> assertThat(findMigrateException(context.getStartupFailure())).hasMessage(
                    "Migrate found no single DataSource to migrate: mark one DataSource bean @Primary or "
                            + "@MigrateDataSource, or set spring.migrate.url"));
    }

    @Test
    void failsWhenTheDriverOfTheUrlIsUnknown() {
        runner.withPropertyValues("spring.migrate.url=jdbc:nosuchdb://localhost/app").run(context -> assertThat(
                findMigrateException(context.getStartupFailure())).hasMessage("Cannot tell the JDBC driver of "
                        + "spring.migrate.url 'jdbc:nosuchdb://localhost/app'; set spring.migrate.driver-class-name"));
    }

    @Test
    void anApplicationInitializerReplacesTheDefaultButKeepsSchemaManagement() {
        DataSource dataSource = databases.newDataSource();
        runner.withBean(DataSource.class, () -> dataSource)
            .withBean(MigrateInitializer.class, () -> new MigrateInitializer(Config.builder().build(),
                    EnvironmentContext.builder().build(), dataSource, commands -> commands.upgrade("0a1b2c3d4e5f")))
            .run(context -> {
                assertThat(context).hasSingleBean(MigrateInitializer.class);
                assertThat(versions(dataSource, "migrate_version")).containsExactly("0a1b2c3d4e5f");
                assertThat(context.getBean(MigrateSchemaManagementProvider.class).getSchemaManagement(dataSource))
                    .isEqualTo(SchemaManagement.MANAGED);
            });
    }

    @Test
    void theQualifiedDataSourceWinsOverTheMainOne() {
        DataSource main = databases.newDataSource();
        DataSource migrated = databases.newDataSource();
        runner.withBean("mainDataSource", DataSource.class, () -> main)
            .withUserConfiguration(QualifiedDataSourceConfiguration.class)
            .withBean(QualifiedDataSourceConfiguration.Target.class,
                    () -> new QualifiedDataSourceConfiguration.Target(migrated))
            .run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBean(DataSource.class)).isSameAs(main);
                assertThat(versions(migrated, "migrate_version")).containsExactly(HEAD);
                assertThat(hasTable(main, "ACCOUNT")).isFalse();
            });
    }

    @Test
    void appliesCustomizersInOrder() {
        runner.withBean("first", MigrateConfigurationCustomizer.class,
                () -> (config, environment) -> environment.versionTable("first_version"))
            .run(context -> {
                DataSource dataSource = context.getBean(DataSource.class);
                assertThat(versions(dataSource, "first_version")).containsExactly(HEAD);
                assertThat(hasTable(dataSource, "MIGRATE_VERSION")).isFalse();
            });
    }

    @Test
    void aStrategyReplacesTheUpgrade() {
        runner.withBean(MigrateStrategy.class, () -> commands -> commands.stamp(List.of("heads"), false)).run(context -> {
            DataSource dataSource = context.getBean(DataSource.class);
            assertThat(versions(dataSource, "migrate_version")).containsExactly(HEAD);
            assertThat(hasTable(dataSource, "ACCOUNT")).isFalse();
        });
    }

    @Test
    void jdbcTemplateUsersSeeTheMigratedSchema() {
        runner.withConfiguration(AutoConfigurations.of(JdbcTemplateAutoConfiguration.class))
            .withUserConfiguration(AccountCounterConfiguration.class)
            .run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBean(AccountCounter.class).accountsAtStartup).isZero();
            });
    }

    @Test
    void dataScriptsRunAfterTheMigration() {
        runner.withConfiguration(AutoConfigurations.of(DataSourceInitializationAutoConfiguration.class))
            .withPropertyValues("spring.sql.init.mode=always",
                    "spring.sql.init.data-locations=classpath:accounts-data.sql")
            .run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(new JdbcTemplate(context.getBean(DataSource.class))
                    .queryForList("SELECT name FROM account", String.class)).containsExactly("seeded by data.sql");
            });
    }

    @Test
    void aFailingRevisionFailsStartupWithTheEnginesMessage() {
        runner.withPropertyValues("spring.migrate.locations=dev.migrate.autoconfigure.failing").run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            assertThat(failure).rootCause().hasMessageContaining("missing_table".toUpperCase());
            MigrateException migrate = findMigrateException(failure);
            assertThat(migrate).hasMessageStartingWith(
                    "Upgrade of revision 'abcdef012345' (insert into missing table) failed");
        });
    }

    @Test
    void anUnknownRevisionInTheDatabaseFailsStartupByDefault() {
        DataSource dataSource = databases.newDataSourceAt("ffffffffffff");
        runner.withBean(DataSource.class, () -> dataSource).run(context -> {
            assertThat(context).hasFailed();
            assertThat(findMigrateException(context.getStartupFailure()))
                .isInstanceOfSatisfying(UnknownDatabaseRevisionException.class, unknown -> {
                    assertThat(unknown.revisions()).containsExactly("ffffffffffff");
                    assertThat(unknown.locations()).containsExactly("db.migrate");
                })
                .hasMessage("Can't locate revision identified by 'ffffffffffff': the database is at a revision that "
                        + "none of the locations db.migrate holds");
            assertThat(versions(dataSource, "migrate_version")).containsExactly("ffffffffffff");
        });
    }

    @Test
    void anUnknownTargetIsNotBlamedOnTheDatabase() {
        runner.withPropertyValues("spring.migrate.target=0a1b2c3d4e5f").run(first -> {
            DataSource dataSource = first.getBean(DataSource.class);
            runner.withBean(DataSource.class, () -> dataSource)
                .withPropertyValues("spring.migrate.target=fedcba987654")
                .run(context -> assertThat(findMigrateException(context.getStartupFailure()))
                    .isNotInstanceOf(UnknownDatabaseRevisionException.class)
                    .hasMessage("Can't locate revision identified by 'fedcba987654'"));
        });
    }

    @Test
    void withUpgradeOnStartupOffTheDatabaseIsLeftAsItIs() {
        runner.withPropertyValues("spring.migrate.upgrade-on-startup=false").run(context -> {
            assertThat(context).hasNotFailed();
            MigrateInitializer initializer = context.getBean(MigrateInitializer.class);
            assertThat(initializer.migratesOnStartup()).isFalse();
            assertThat(initializer.getStartupRun()).isEmpty();
            assertThat(hasTable(context.getBean(DataSource.class), "MIGRATE_VERSION")).isFalse();
            assertThat(context.getBean(MigrateSchemaManagementProvider.class)
                .getSchemaManagement(context.getBean(DataSource.class))).isEqualTo(SchemaManagement.MANAGED);
        });
    }

    @Test
    void withUpgradeOnStartupOffTheStrategyIsNotRun() {
        runner.withPropertyValues("spring.migrate.upgrade-on-startup=false")
            .withBean(MigrateStrategy.class, () -> commands -> {
                throw new AssertionError("the strategy ran");
            })
            .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void migratesThroughConnectionDetailsOfItsOwn() {
        String url = databases.newUrl();
        runner.withBean(MigrateConnectionDetails.class, () -> new MigrateConnectionDetails() {

            @Override
            public String getUsername() {
                return "sa";
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        }).run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(PropertiesMigrateConnectionDetails.class);
            assertThat(versions(H2Databases.dataSource(url), "migrate_version")).containsExactly(HEAD);
            assertThat(hasTable(context.getBean(DataSource.class), "ACCOUNT")).isFalse();
        });
    }

    @Test
    void jdbcConnectionDetailsAloneActivateMigrate() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class))
            .withBean(JdbcConnectionDetails.class, () -> new JdbcConnectionDetails() {

                @Override
                public String getUsername() {
                    return "sa";
                }

                @Override
                public String getPassword() {
                    return "";
                }

                @Override
                public String getJdbcUrl() {
                    return databases.newUrl();
                }
            })
            .run(context -> assertThat(findMigrateException(context.getStartupFailure()))
                .as("active, and looking for the DataSource Boot builds from the details")
                .hasMessageStartingWith("Migrate found no single DataSource to migrate"));
    }

    @Test
    void applicationRunListenersAreToldAboutEachRevision() {
        List<String> events = new CopyOnWriteArrayList<>();
        runner.withBean(MigrateRunListener.class, () -> new MigrateRunListener() {

            @Override
            public void runStarting(MigrateInitializer initializer) {
                events.add("starting " + initializer.getBeanName());
            }

            @Override
            public void revisionRun(MigrateInitializer initializer, RevisionRun run) {
                assertThat(run.time()).isPositive();
                events.add(run.revision() + (run.upgrade() ? " up " : " down ") + run.succeeded());
            }

            @Override
            public void runFinished(MigrateInitializer initializer, Throwable failure) {
                events.add("finished " + failure);
            }
        }).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(events).containsExactly("starting migrateInitializer", "0a1b2c3d4e5f up true",
                    "1b2c3d4e5f6a up true", "finished null");
        });
    }

    @Test
    void stepsWrittenAsSqlAreNoRevisionRun() {
        List<String> events = new CopyOnWriteArrayList<>();
        runner.withBean(MigrateStrategy.class, () -> commands -> commands.upgrade("heads", true))
            .withBean(MigrateRunListener.class, () -> new MigrateRunListener() {

                @Override
                public void revisionRun(MigrateInitializer initializer, RevisionRun run) {
                    events.add(run.revision());
                }

                @Override
                public void runFinished(MigrateInitializer initializer, Throwable failure) {
                    events.add("finished " + failure);
                }
            })
            .run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(events).containsExactly("finished null");
                assertThat(context.getBean(MigrateInitializer.class).getStartupRun())
                    .hasValueSatisfying(run -> assertThat(run.revisionsRun()).isZero());
            });
    }

    @Test
    void runListenersAreToldWhichRevisionFailed() {
        List<MigrateRunListener.RevisionRun> runs = new CopyOnWriteArrayList<>();
        List<Throwable> finished = new CopyOnWriteArrayList<>();
        runner.withPropertyValues("spring.migrate.locations=dev.migrate.autoconfigure.failing")
            .withBean(MigrateRunListener.class, () -> new MigrateRunListener() {

                @Override
                public void revisionRun(MigrateInitializer initializer, RevisionRun run) {
                    runs.add(run);
                }

                @Override
                public void runFinished(MigrateInitializer initializer, Throwable failure) {
                    finished.add(failure);
                }
            })
            .run(context -> {
                assertThat(context).hasFailed();
                assertThat(runs).singleElement().satisfies(run -> {
                    assertThat(run.revision()).isEqualTo("abcdef012345");
                    assertThat(run.succeeded()).isFalse();
                    assertThat(run.failure()).isInstanceOf(MigrationFailedException.class);
                });
                assertThat(finished).singleElement().isSameAs(runs.get(0).failure());
            });
    }

    @Test
    void anUnknownRevisionInTheDatabaseOnlyWarnsWhenAskedTo(CapturedOutput output) {
        DataSource dataSource = databases.newDataSourceAt("ffffffffffff");
        runner.withBean(DataSource.class, () -> dataSource)
            .withPropertyValues("spring.migrate.on-unknown-revision=warn")
            .run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(versions(dataSource, "migrate_version")).containsExactly("ffffffffffff");
                assertThat(hasTable(dataSource, "ACCOUNT")).isFalse();
                assertThat(output).contains("Database is at revision(s) [ffffffffffff] that no location of "
                        + "[db.migrate] holds; not upgrading");
            });
    }

    @Test
    void reportsTheMigratedDataSourceAsManaged() {
        DataSource other = databases.newDataSource();
        runner.run(context -> {
            MigrateSchemaManagementProvider provider = context.getBean(MigrateSchemaManagementProvider.class);
            assertThat(provider.getSchemaManagement(context.getBean(DataSource.class)))
                .isEqualTo(SchemaManagement.MANAGED);
            assertThat(provider.getSchemaManagement(other)).isEqualTo(SchemaManagement.UNMANAGED);
        });
    }

    private static String userName(Connection connection) {
        try {
            return connection.getMetaData().getUserName();
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static MigrateException findMigrateException(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MigrateException migrate) {
                return migrate;
            }
        }
        throw new AssertionError("No MigrateException in the startup failure", failure);
    }

    /** Reads the account table while it is created, as an application's repository would. */
    static final class AccountCounter {

        final int accountsAtStartup;

        AccountCounter(JdbcTemplate jdbc) {
            this.accountsAtStartup = jdbc.queryForObject("SELECT COUNT(*) FROM account", Integer.class);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class QualifiedDataSourceConfiguration {

        /** The database the qualified DataSource reaches. */
        record Target(DataSource dataSource) {
        }

        @Bean(defaultCandidate = false)
        @MigrateDataSource
        DataSource migrateDataSource(Target target) {
            return target.dataSource();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class AccountCounterConfiguration {

        @Bean
        AccountCounter accountCounter(JdbcTemplate jdbc) {
            return new AccountCounter(jdbc);
        }
    }
}
