package dev.migrate.autoconfigure.actuate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.context.ApplicationContext;

import dev.migrate.MigrateException;
import dev.migrate.autoconfigure.MigrateInitializer;
import dev.migrate.runtime.MigrationContext;
import dev.migrate.script.MigrationStep;
import dev.migrate.script.Revision;
import dev.migrate.script.RevisionMap;

/**
 * The {@code migrate} endpoint: for each migrated DataSource of the application context and its ancestors, the
 * revisions the database is at, the heads of the revision graph, and the revisions an upgrade to the heads would run.
 */
@Endpoint(id = "migrate")
public class MigrateEndpoint {

    private final ApplicationContext context;

    public MigrateEndpoint(ApplicationContext context) {
        this.context = context;
    }

    /** Where each database stands, by application context id, then by initializer bean name. */
    @ReadOperation
    public MigrateDescriptor migrations() {
        Map<String, ContextMigrations> contexts = new LinkedHashMap<>();
        for (ApplicationContext target = context; target != null; target = target.getParent()) {
            Map<String, DatabaseMigrations> databases = new LinkedHashMap<>();
            target.getBeansOfType(MigrateInitializer.class).forEach((name, initializer) ->
                    databases.put(name, describe(initializer)));
            ApplicationContext parent = target.getParent();
            contexts.put(target.getId(), new ContextMigrations(databases, parent != null ? parent.getId() : null));
        }
        return new MigrateDescriptor(contexts);
    }

    private static DatabaseMigrations describe(MigrateInitializer initializer) {
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
            return new DatabaseMigrations(current, heads, pending, null);
        }
        catch (MigrateException ex) {
            return new DatabaseMigrations(current, heads, List.of(), ex.getMessage());
        }
    }

    /**
     * The endpoint's answer.
     *
     * @param contexts the migrated databases by application context id
     */
    public record MigrateDescriptor(Map<String, ContextMigrations> contexts) implements OperationResponseBody {
    }

    /**
     * The migrated databases of one application context.
     *
     * @param migrations where each database stands, by initializer bean name
     * @param parentId   the id of the parent context, or {@code null}
     */
    public record ContextMigrations(Map<String, DatabaseMigrations> migrations, String parentId) {
    }

    /**
     * Where one database stands.
     *
     * @param current the revisions in its version table
     * @param heads   the heads of the revision graph
     * @param pending the revisions an upgrade to the heads would run, in order
     * @param error   why the pending revisions cannot be planned (such as an unknown current revision), or
     *                {@code null}
     */
    public record DatabaseMigrations(List<String> current, List<String> heads, List<PendingRevision> pending,
            String error) {
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
