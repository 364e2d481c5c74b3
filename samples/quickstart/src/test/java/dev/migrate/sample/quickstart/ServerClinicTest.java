package dev.migrate.sample.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.migrate.autoconfigure.MigrationStatus;
import dev.migrate.autoconfigure.actuate.MigrateEndpoint;
import dev.migrate.autoconfigure.actuate.MigrateHealthIndicator;

/**
 * The sample on the PostgreSQL and MariaDB servers with the profile of that name, each in a schema of its own: the
 * revisions run, Hibernate's {@code validate} accepts the schema they made, the seeded rows are there, and the
 * endpoint, the health indicator and the meters report the head revision.
 */
class ServerClinicTest {

    private static final String HEAD = "c5b0d3e8f247";

    /** What both servers must show once the application started. */
    abstract static class Checks {

        @Autowired
        private JdbcClient jdbc;

        @Autowired
        private OwnerRepository owners;

        @Autowired
        private MigrateEndpoint endpoint;

        @Autowired
        private MigrateHealthIndicator health;

        @Autowired
        private MeterRegistry meters;

        @Test
        void theDatabaseIsAtTheHeadAndJpaReadsTheSeededRows() {
            assertThat(jdbc.sql("SELECT version_num FROM migrate_version").query(String.class).list())
                .containsExactly(HEAD);
            assertThat(owners.findByLastNameOrderByFirstName("Davis")).extracting(Owner::getFirstName)
                .containsExactly("Betty");
        }

        @Test
        void theEndpointHealthAndMetersReportTheHeadRevision() {
            MigrationStatus status = endpoint.migrations().contexts().values().iterator().next().migrations().values()
                .iterator().next();
            assertThat(status.currentHeads()).containsExactly(HEAD);
            assertThat(status.upToDate()).isTrue();

            Health migrate = health.health(true);
            assertThat(migrate.getStatus()).isEqualTo(Status.UP);
            assertThat(migrate.getDetails().toString()).contains(HEAD);

            assertThat(meters.get("migrate.revision").tags("revision", HEAD, "direction", "upgrade", "outcome",
                    "success").timer().count()).isEqualTo(1);
            assertThat(meters.get("migrate.revisions.pending").gauge().value()).isZero();
        }
    }

    @Nested
    @SpringBootTest
    @ActiveProfiles("postgresql")
    class OnPostgresql extends Checks {

        private static final ServerSchema schema = ServerSchema.postgresql();

        @BeforeAll
        static void createSchema() {
            schema.create();
        }

        @DynamicPropertySource
        static void datasource(DynamicPropertyRegistry registry) {
            registry.add("spring.datasource.url", schema::url);
        }

        @AfterAll
        static void dropSchema() throws SQLException {
            schema.drop();
        }
    }

    @Nested
    @SpringBootTest
    @ActiveProfiles("mariadb")
    class OnMariaDb extends Checks {

        private static final ServerSchema schema = ServerSchema.mariadb();

        @BeforeAll
        static void createSchema() {
            schema.create();
        }

        @DynamicPropertySource
        static void datasource(DynamicPropertyRegistry registry) {
            registry.add("spring.datasource.url", schema::url);
        }

        @AfterAll
        static void dropSchema() throws SQLException {
            schema.drop();
        }
    }
}
