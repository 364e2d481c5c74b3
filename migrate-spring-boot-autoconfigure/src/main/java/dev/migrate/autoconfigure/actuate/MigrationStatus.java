package dev.migrate.autoconfigure.actuate;

import java.util.List;

import dev.migrate.MigrateException;
import dev.migrate.autoconfigure.MigrateInitializer;
import dev.migrate.runtime.MigrationContext;
import dev.migrate.script.MigrationStep;
import dev.migrate.script.Revision;
import dev.migrate.script.RevisionMap;

/**
 * Where one migrated database stands, read from its version table and the revision graph.
 *
 * @param current the revisions in its version table
 * @param heads   the heads of the revision graph
 * @param pending the revisions an upgrade to the heads would run, in order
 * @param error   why the pending revisions cannot be planned (such as an unknown current revision), or {@code null}
 */
public record MigrationStatus(List<String> current, List<String> heads, List<PendingRevision> pending,
        String error) {

    /** Reads the status of the database {@code initializer} migrates; one connection, one version-table query. */
    public static MigrationStatus read(MigrateInitializer initializer) {
        List<String> current;
        try (MigrationContext database = MigrationContext.open(initializer.getDataSource(),
                initializer.getEnvironment())) {
            current = database.currentHeads();
        }
        RevisionMap map = initializer.getCommands().scripts().revisionMap();
        List<String> heads = map.heads().stream().map(Revision::id).toList();
        try {
            List<PendingRevision> pending = map.upgradePlan(current, "heads").stream()
                .filter(MigrationStep.RevisionStep.class::isInstance)
                .map(step -> ((MigrationStep.RevisionStep) step).revision())
                .map(revision -> new PendingRevision(revision.id(), revision.message()))
                .toList();
            return new MigrationStatus(current, heads, pending, null);
        }
        catch (MigrateException ex) {
            return new MigrationStatus(current, heads, List.of(), ex.getMessage());
        }
    }

    /** Whether the database is at every head with nothing to run. */
    public boolean upToDate() {
        return error == null && pending.isEmpty();
    }

    /**
     * A revision not yet applied.
     *
     * @param id      its id
     * @param message its message
     */
    public record PendingRevision(String id, String message) {
    }
}
