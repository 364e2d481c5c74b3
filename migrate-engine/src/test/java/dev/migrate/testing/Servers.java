package dev.migrate.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the PostgreSQL and MariaDB servers, once per JVM: the URL in {@code MIGRATE_TEST_<KIND>_URL} (with
 * {@code _USER} and {@code _PASSWORD}), else the local server on 127.0.0.1 if it answers, else a Testcontainers
 * container when a Docker engine is available. When none is, tests of that database are skipped with the reason,
 * unless {@code MIGRATE_TEST_REQUIRE} (a comma-separated list such as {@code postgresql,mariadb}) names it: then
 * they fail.
 */
final class Servers {

    private static final Logger log = LoggerFactory.getLogger(Servers.class);

    private static final Map<DatabaseKind, Resolution> RESOLVED = new ConcurrentHashMap<>();

    private Servers() {
    }

    /** The server of {@code kind}; skips (or fails, when required) the calling test when there is none. */
    static Server of(DatabaseKind kind) {
        Resolution resolution = RESOLVED.computeIfAbsent(kind, Servers::resolve);
        if (resolution.server() != null) {
            return resolution.server();
        }
        if (required().contains(kind.id())) {
            throw new IllegalStateException(resolution.reason() + " (required by MIGRATE_TEST_REQUIRE)");
        }
        Assumptions.abort(resolution.reason());
        throw new AssertionError("unreachable");
    }

    private static Resolution resolve(DatabaseKind kind) {
        String prefix = "MIGRATE_TEST_" + kind.name();
        String url = System.getenv(prefix + "_URL");
        if (url != null && !url.isBlank()) {
            Server server = new Server(url, System.getenv(prefix + "_USER"), System.getenv(prefix + "_PASSWORD"),
                    prefix + "_URL");
            String failure = probe(server);
            if (failure != null) {
                throw new IllegalStateException(prefix + "_URL is set to " + url + " but no database answers: "
                        + failure);
            }
            return new Resolution(server, null);
        }
        Server local = local(kind);
        String localFailure = reachable(kind) ? probe(local) : "nothing listens on 127.0.0.1:" + port(kind);
        if (localFailure == null) {
            return new Resolution(local, null);
        }
        String containerFailure = Containers.dockerAvailable() ? null : "no Docker engine for Testcontainers";
        if (containerFailure == null) {
            return new Resolution(Containers.start(kind), null);
        }
        String reason = kind.id() + " is not available: " + prefix + "_URL is not set, the local server does not "
                + "answer (" + localFailure + "), and there is " + containerFailure;
        log.warn("{}; its tests are skipped (set MIGRATE_TEST_REQUIRE={} to fail them instead)", reason, kind.id());
        return new Resolution(null, reason);
    }

    private static Server local(DatabaseKind kind) {
        return kind == DatabaseKind.POSTGRESQL
                ? new Server("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "", "local PostgreSQL")
                : new Server("jdbc:mariadb://127.0.0.1:3306/test", "root", "", "local MariaDB");
    }

    private static int port(DatabaseKind kind) {
        return kind == DatabaseKind.POSTGRESQL ? 5432 : 3306;
    }

    private static boolean reachable(DatabaseKind kind) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port(kind)), 500);
            return true;
        }
        catch (IOException ex) {
            return false;
        }
    }

    /** Null when a connection succeeds, else why not. */
    private static String probe(Server server) {
        try (Connection connection = server.connect(server.url())) {
            return connection.isValid(2) ? null : "the connection is not valid";
        }
        catch (SQLException ex) {
            return ex.getMessage();
        }
    }

    private static Set<String> required() {
        String value = System.getenv("MIGRATE_TEST_REQUIRE");
        return value == null ? Set.of()
                : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .collect(Collectors.toSet());
    }

    private record Resolution(Server server, String reason) {
    }
}
