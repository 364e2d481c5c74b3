package dev.migrate.autoconfigure.testcontainers;

import java.util.UUID;

import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A JDBC "container" whose database is an in-memory H2 database of this JVM, so that Spring Boot's
 * {@code @ServiceConnection} wiring can be exercised without a Docker engine: starting it does nothing, and it
 * reports H2's URL and credentials.
 */
class EmbeddedH2Container extends JdbcDatabaseContainer<EmbeddedH2Container> {

    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    EmbeddedH2Container() {
        super(DockerImageName.parse("embedded-h2"));
    }

    @Override
    public void start() {
        // the database is embedded: nothing to start
    }

    @Override
    public String getDockerImageName() {
        return "embedded-h2";
    }

    @Override
    public String getDriverClassName() {
        return "org.h2.Driver";
    }

    @Override
    public String getJdbcUrl() {
        return url;
    }

    @Override
    public String getUsername() {
        return "sa";
    }

    @Override
    public String getPassword() {
        return "";
    }

    @Override
    protected String getTestQueryString() {
        return "SELECT 1";
    }
}
