package dev.migrate.autoconfigure.actuate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import dev.migrate.autoconfigure.MigrateInitializer;
import dev.migrate.autoconfigure.MigrationStatus;

/**
 * Health of the migrated databases. {@code UP} when each is at every head; {@code DOWN} when one is at a revision
 * the application does not have, or has revisions pending while the startup upgrade is off (nothing will bring it
 * up to date); {@code OUT_OF_SERVICE} when one has revisions pending although the startup upgrade is on (a target
 * short of the heads, or a downgrade since). The details hold each database's heads by initializer bean name.
 */
public class MigrateHealthIndicator extends AbstractHealthIndicator {

    private final Map<String, MigrateInitializer> initializers;

    /** Health of the databases of {@code initializers}, keyed by bean name. */
    public MigrateHealthIndicator(Map<String, MigrateInitializer> initializers) {
        super("Migrate health check failed");
        this.initializers = new LinkedHashMap<>(initializers);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Status status = Status.UP;
        Map<String, DatabaseHealth> details = new LinkedHashMap<>();
        for (Map.Entry<String, MigrateInitializer> entry : initializers.entrySet()) {
            MigrationStatus database = MigrationStatus.read(entry.getValue());
            details.put(entry.getKey(), new DatabaseHealth(database.currentHeads(), database.scriptHeads(),
                    database.pendingRevisions().size(), database.error()));
            status = worse(status, statusOf(database, entry.getValue()));
        }
        builder.status(status).withDetails(details);
    }

    private static Status statusOf(MigrationStatus database, MigrateInitializer initializer) {
        if (database.error() != null) {
            return Status.DOWN;
        }
        if (database.upToDate()) {
            return Status.UP;
        }
        return initializer.migratesOnStartup() ? Status.OUT_OF_SERVICE : Status.DOWN;
    }

    private static Status worse(Status a, Status b) {
        List<Status> severity = List.of(Status.DOWN, Status.OUT_OF_SERVICE, Status.UP);
        return severity.indexOf(a) <= severity.indexOf(b) ? a : b;
    }

    /**
     * What the health details show of one database.
     *
     * @param currentHeads     the revisions in its version table
     * @param scriptHeads      the heads of the revision graph
     * @param pendingRevisions how many revisions are not applied yet
     * @param error            what stops an upgrade, or {@code null}
     */
    public record DatabaseHealth(List<String> currentHeads, List<String> scriptHeads, int pendingRevisions,
            String error) {
    }
}
