package dev.migrate.autoconfigure.actuate;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.context.ApplicationContext;

import dev.migrate.autoconfigure.MigrateInitializer;

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
            Map<String, MigrationStatus> databases = new LinkedHashMap<>();
            target.getBeansOfType(MigrateInitializer.class).forEach((name, initializer) ->
                    databases.put(name, MigrationStatus.read(initializer)));
            ApplicationContext parent = target.getParent();
            contexts.put(target.getId(), new ContextMigrations(databases, parent != null ? parent.getId() : null));
        }
        return new MigrateDescriptor(contexts);
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
    public record ContextMigrations(Map<String, MigrationStatus> migrations, String parentId) {
    }
}
