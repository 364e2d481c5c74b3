package dev.migrate.autoconfigure.actuate;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import dev.migrate.autoconfigure.MigrateInitializer;

/**
 * Health of the migrated databases: {@code UP} when each is at every head, {@code OUT_OF_SERVICE} when a database
 * has revisions to run, {@code DOWN} when one is at a revision the application does not know or cannot be read.
 * The details hold each database's {@link MigrationStatus} by initializer bean name.
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
        Map<String, MigrationStatus> statuses = new LinkedHashMap<>();
        initializers.forEach((name, initializer) -> statuses.put(name, MigrationStatus.read(initializer)));
        if (statuses.values().stream().anyMatch(status -> status.error() != null)) {
            builder.down();
        }
        else if (statuses.values().stream().allMatch(MigrationStatus::upToDate)) {
            builder.up();
        }
        else {
            builder.outOfService();
        }
        builder.withDetails(statuses);
    }
}
