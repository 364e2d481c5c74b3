package dev.migrate.sample.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sample as a user starts it, on embedded H2: the revisions run before JPA, Hibernate validates the entities
 * against the migrated schema, and the data, the endpoint and the health check are served over HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(QuickstartApplicationTest.StartupQuery.class)
class QuickstartApplicationTest {

    private static final String HEAD = "c5b0d3e8f247";

    /** A bean that reads a migrated table while the context starts, which works only if Migrate ran first. */
    @TestConfiguration
    static class StartupQuery {

        @Bean
        Long ownersAtStartup(JdbcClient jdbc) {
            return jdbc.sql("SELECT COUNT(*) FROM owner").query(Long.class).single();
        }
    }

    @Value("${local.server.port}")
    private int port;

    @Autowired
    private Long ownersAtStartup;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aBeanQueriesAMigratedTableWhileTheContextStarts() {
        assertThat(ownersAtStartup).isEqualTo(2);
    }

    @Test
    void theDatabaseIsAtTheHeadRevision() {
        assertThat(jdbc.sql("SELECT version_num FROM migrate_version").query(String.class).list())
            .containsExactly(HEAD);
    }

    @Test
    void servesTheSeededOwnersThroughJpa() throws Exception {
        String owners = get("/owners");

        assertThat(JsonPath.<List<String>>read(owners, "$[*].name")).containsExactlyInAnyOrder("George Franklin",
                "Betty Davis");
        assertThat(JsonPath.<List<String>>read(owners, "$[?(@.name == 'George Franklin')].pets[*]"))
            .containsExactly("Leo");
    }

    @Test
    void theEndpointShowsTheCurrentRevisionAndTheHealthCheckIsUp() throws Exception {
        String migrate = get("/actuator/migrate");
        List<String> current = JsonPath.read(migrate, "$.contexts.*.migrations.*.currentHeads[*]");
        assertThat(current).containsExactly(HEAD);
        assertThat(JsonPath.<List<Boolean>>read(migrate, "$.contexts.*.migrations.*.upToDate")).containsExactly(true);
        assertThat(JsonPath.<List<String>>read(get("/actuator/migrate/" + HEAD),
                "$.contexts.*.migrations.*.state")).containsExactly("CURRENT");
        String health = get("/actuator/health");
        assertThat(JsonPath.<String>read(health, "$.components.migrate.status")).isEqualTo("UP");
        assertThat(JsonPath.<List<String>>read(health, "$.components.migrate.details.*.currentHeads[*]"))
            .containsExactly(HEAD);
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return response.body();
    }
}
