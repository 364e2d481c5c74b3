package dev.migrate.sample.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sample on the PostgreSQL and MariaDB servers with the profile of that name, each in a schema of its own: the
 * revisions run, Hibernate's {@code validate} accepts the schema they made, and the seeded rows are there.
 */
class ServerClinicTest {

    /** What both servers must show once the application started. */
    abstract static class Checks {

        @Autowired
        private JdbcClient jdbc;

        @Autowired
        private OwnerRepository owners;

        @Test
        void theDatabaseIsAtTheHeadAndJpaReadsTheSeededRows() {
            assertThat(jdbc.sql("SELECT version_num FROM migrate_version").query(String.class).list())
                .containsExactly("c5b0d3e8f247");
            assertThat(owners.findByLastNameOrderByFirstName("Davis")).extracting(Owner::getFirstName)
                .containsExactly("Betty");
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
