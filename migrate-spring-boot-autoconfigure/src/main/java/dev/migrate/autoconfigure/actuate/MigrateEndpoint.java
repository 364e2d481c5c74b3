package dev.migrate.autoconfigure.actuate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.context.ApplicationContext;

import dev.migrate.autoconfigure.MigrateInitializer;
import dev.migrate.autoconfigure.MigrationStatus;
import dev.migrate.autoconfigure.MigrationStatus.RevisionDescriptor;
import dev.migrate.script.Revision;
import dev.migrate.script.RevisionException;
import dev.migrate.script.RevisionMap;

/**
 * The {@code migrate} endpoint: for each migrated DataSource of the application context and its ancestors, where
 * the database stands ({@link MigrationStatus}); {@code /actuator/migrate/{revision}} shows one revision, named by
 * id, partial id, branch label or any other symbol that names one revision.
 */
@Endpoint(id = "migrate")
public class MigrateEndpoint {

    private final ApplicationContext context;

    public MigrateEndpoint(ApplicationContext context) {
        this.context = context;
    }

    /** Where each database stands, by application context id, then by initializer bean name. */
    @ReadOperation
    public MigrateDescriptor<MigrationStatus> migrations() {
        return describe(initializer -> Optional.of(MigrationStatus.read(initializer)));
    }

    /**
     * One revision in each database whose application has it (or whose version table holds it); {@code null}, which
     * the endpoint answers with 404, when none has it.
     */
    @ReadOperation
    public MigrateDescriptor<RevisionDescriptor> revision(@Selector String revision) {
        MigrateDescriptor<RevisionDescriptor> found = describe(initializer -> find(initializer, revision));
        boolean any = found.contexts().values().stream().anyMatch(databases -> !databases.migrations().isEmpty());
        return any ? found : null;
    }

    private static Optional<RevisionDescriptor> find(MigrateInitializer initializer, String symbol) {
        Revision resolved = resolve(initializer.getCommands().scripts().revisionMap(), symbol);
        String id = resolved != null ? resolved.id() : symbol;
        return MigrationStatus.read(initializer).revisions().stream()
            .filter(descriptor -> descriptor.id().equals(id))
            .findFirst();
    }

    /** The one revision of the application's that {@code symbol} names, or {@code null} (an unknown id, say). */
    private static Revision resolve(RevisionMap map, String symbol) {
        try {
            return map.resolveOne(symbol);
        }
        catch (RevisionException ex) {
            return null;
        }
    }

    private <T> MigrateDescriptor<T> describe(Function<MigrateInitializer, Optional<T>> reader) {
        Map<String, ContextMigrations<T>> contexts = new LinkedHashMap<>();
        for (ApplicationContext target = context; target != null; target = target.getParent()) {
            Map<String, T> databases = new LinkedHashMap<>();
            target.getBeansOfType(MigrateInitializer.class)
                .forEach((name, initializer) -> reader.apply(initializer).ifPresent(found -> databases.put(name, found)));
            ApplicationContext parent = target.getParent();
            contexts.put(target.getId(), new ContextMigrations<>(databases, parent != null ? parent.getId() : null));
        }
        return new MigrateDescriptor<>(contexts);
    }

    /**
     * The endpoint's answer.
     *
     * @param contexts the migrated databases by application context id
     * @param <T>      what is shown of each database
     */
    public record MigrateDescriptor<T>(Map<String, ContextMigrations<T>> contexts) implements OperationResponseBody {
    }

    /**
     * The migrated databases of one application context.
     *
     * @param migrations what is shown of each database, by initializer bean name
     * @param parentId   the id of the parent context, or {@code null}
     * @param <T>        what is shown of each database
     */
    public record ContextMigrations<T>(Map<String, T> migrations, String parentId) {
    }
}
