package dev.migrate.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Database servers in Docker containers, for machines without local servers. Loaded only when needed; the
 * containers live until the JVM ends (Testcontainers removes them).
 */
final class Containers {

    private Containers() {
    }

    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    static Server start(DatabaseKind kind) {
        JdbcDatabaseContainer<?> container = kind == DatabaseKind.POSTGRESQL
                ? new PostgreSQLContainer("postgres:16-alpine")
                : new MariaDBContainer("mariadb:11").withUsername("root");
        container.start();
        return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                "Testcontainers " + container.getDockerImageName());
    }
}
