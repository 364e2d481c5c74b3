package dev.migrate.autoconfigure.actuate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import tools.jackson.databind.json.JsonMapper;

import dev.migrate.autoconfigure.H2Databases;
import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrationStatus;
import dev.migrate.autoconfigure.MigrationStatus.RevisionDescriptor;
import dev.migrate.autoconfigure.MigrationStatus.State;

class MigrateEndpointTest {

    @RegisterExtension
    final H2Databases databases = new H2Databases();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
                MigrateEndpointAutoConfiguration.class))
        .withPropertyValues("management.endpoints.web.exposure.include=migrate");

    @Test
    void showsADatabaseAtTheHeads() {
        runner.run(context -> {
            MigrationStatus database = database(context);
            assertThat(database.currentHeads()).containsExactly("1b2c3d4e5f6a");
            assertThat(database.scriptHeads()).containsExactly("1b2c3d4e5f6a");
            assertThat(database.upToDate()).isTrue();
            assertThat(database.pendingRevisions()).isEmpty();
            assertThat(database.error()).isNull();
            assertThat(database.revisions()).containsExactly(
                    new RevisionDescriptor("1b2c3d4e5f6a", List.of("0a1b2c3d4e5f"), List.of(), "create invoice",
                            Set.of(), State.CURRENT),
                    new RevisionDescriptor("0a1b2c3d4e5f", List.of(), List.of(), "create account", Set.of(),
                            State.APPLIED));
        });
    }

    @Test
    void showsWhatIsPendingInOrder() {
        runner.withPropertyValues("spring.migrate.upgrade-on-startup=false").run(context -> {
            MigrationStatus database = database(context);
            assertThat(database.currentHeads()).isEmpty();
            assertThat(database.upToDate()).isFalse();
            assertThat(database.pendingRevisions()).containsExactly("0a1b2c3d4e5f", "1b2c3d4e5f6a");
            assertThat(database.revisions()).extracting(RevisionDescriptor::state)
                .containsExactly(State.PENDING, State.PENDING);
        });
    }

    @Test
    void showsBranchesTheirLabelsAndTheStateOfEachRevision() {
        runner.withPropertyValues("spring.migrate.locations=dev.migrate.autoconfigure.branched",
                "spring.migrate.target=left@head").run(context -> {
                    MigrationStatus database = database(context);
                    assertThat(database.currentHeads()).containsExactly("b2b2b2b2b2b2");
                    assertThat(database.scriptHeads()).containsExactlyInAnyOrder("b2b2b2b2b2b2", "c3c3c3c3c3c3");
                    assertThat(database.pendingRevisions()).containsExactly("c3c3c3c3c3c3");
                    assertThat(database.revisions())
                        .extracting(RevisionDescriptor::id, RevisionDescriptor::branchLabels, RevisionDescriptor::state)
                        .containsExactlyInAnyOrder(tuple("a1a1a1a1a1a1", Set.of(), State.APPLIED),
                                tuple("b2b2b2b2b2b2", Set.of("left"), State.CURRENT),
                                tuple("c3c3c3c3c3c3", Set.of(), State.PENDING));
                    assertThat(database.revisions().get(2).id()).as("the base comes last").isEqualTo("a1a1a1a1a1a1");
                });
    }

    @Test
    void showsARevisionTheApplicationDoesNotHaveFirst() {
        DataSource dataSource = databases.newDataSourceAt("ffffffffffff");
        runner.withBean(DataSource.class, () -> dataSource)
            .withPropertyValues("spring.migrate.on-unknown-revision=warn")
            .run(context -> {
                MigrationStatus database = database(context);
                assertThat(database.currentHeads()).containsExactly("ffffffffffff");
                assertThat(database.upToDate()).isFalse();
                assertThat(database.error()).isEqualTo("The database is at revision(s) ffffffffffff that none of the "
                        + "locations db.migrate holds");
                assertThat(database.revisions()).extracting(RevisionDescriptor::id, RevisionDescriptor::state)
                    .containsExactly(tuple("ffffffffffff", State.UNKNOWN), tuple("1b2c3d4e5f6a", State.PENDING),
                            tuple("0a1b2c3d4e5f", State.PENDING));
            });
    }

    @Test
    void theSelectorShowsOneRevisionNamedByAnySymbol() {
        runner.withPropertyValues("spring.migrate.target=0a1b2c3d4e5f").run(context -> {
            MigrateEndpoint endpoint = context.getBean(MigrateEndpoint.class);
            assertThat(selected(endpoint, context, "0a1b")).isEqualTo(new RevisionDescriptor("0a1b2c3d4e5f",
                    List.of(), List.of(), "create account", Set.of(), State.CURRENT));
            assertThat(selected(endpoint, context, "head").id()).isEqualTo("1b2c3d4e5f6a");
            assertThat(selected(endpoint, context, "head").state()).isEqualTo(State.PENDING);
            assertThat(endpoint.revision("fedcba987654")).as("no database has it: 404").isNull();
            assertThat(endpoint.revision("base")).isNull();
        });
    }

    @Test
    void theSelectorFindsARevisionOnlyTheDatabaseHas() {
        DataSource dataSource = databases.newDataSourceAt("ffffffffffff");
        runner.withBean(DataSource.class, () -> dataSource)
            .withPropertyValues("spring.migrate.on-unknown-revision=warn")
            .run(context -> assertThat(selected(context.getBean(MigrateEndpoint.class), context, "ffffffffffff")
                .state()).isEqualTo(State.UNKNOWN));
    }

    @Test
    void writesTheFieldsAsActuatorShowsThem() {
        runner.run(context -> {
            String json = JsonMapper.builder().build().writeValueAsString(context.getBean(MigrateEndpoint.class)
                .migrations());
            assertThat(json).contains("\"migrateInitializer\":{\"currentHeads\":[\"1b2c3d4e5f6a\"],"
                    + "\"scriptHeads\":[\"1b2c3d4e5f6a\"],\"upToDate\":true,\"pendingRevisions\":[],\"revisions\":["
                    + "{\"id\":\"1b2c3d4e5f6a\",\"parents\":[\"0a1b2c3d4e5f\"],\"dependsOn\":[],"
                    + "\"message\":\"create invoice\",\"branchLabels\":[],\"state\":\"CURRENT\"}");
        });
    }

    @Test
    void isAbsentUnlessExposed() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    MigrateAutoConfiguration.class, MigrateEndpointAutoConfiguration.class))
            .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrateEndpoint.class));
    }

    @Test
    void isAbsentWhenMigrateIsDisabled() {
        runner.withPropertyValues("spring.migrate.enabled=false")
            .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrateEndpoint.class));
    }

    private static MigrationStatus database(AssertableApplicationContext context) {
        assertThat(context).hasNotFailed().hasSingleBean(MigrateEndpoint.class);
        return context.getBean(MigrateEndpoint.class).migrations().contexts().get(context.getId()).migrations()
            .get("migrateInitializer");
    }

    private static RevisionDescriptor selected(MigrateEndpoint endpoint, AssertableApplicationContext context,
            String symbol) {
        return endpoint.revision(symbol).contexts().get(context.getId()).migrations().get("migrateInitializer");
    }
}
