package dev.migrate.autoconfigure;

import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.MigrateException;
import dev.migrate.autoconfigure.MigrateProperties.UnknownRevisionAction;
import dev.migrate.command.Commands;
import dev.migrate.runtime.EnvironmentContext;
import dev.migrate.runtime.MigrationContext;
import dev.migrate.script.ResolutionException;
import dev.migrate.script.RevisionMap;

/**
 * The startup action when the application defines no {@link MigrateStrategy}: upgrade to the target. A database at
 * a revision the application does not know fails the startup with an {@link UnknownDatabaseRevisionException}, or,
 * with {@link UnknownRevisionAction#WARN}, is left alone with a warning.
 */
final class UpgradeStrategy implements MigrateStrategy {

    private static final Logger log = LoggerFactory.getLogger(UpgradeStrategy.class);

    private final String target;
    private final UnknownRevisionAction onUnknownRevision;
    private final DataSource dataSource;
    private final EnvironmentContext environment;

    UpgradeStrategy(String target, UnknownRevisionAction onUnknownRevision, DataSource dataSource,
            EnvironmentContext environment) {
        this.target = target;
        this.onUnknownRevision = onUnknownRevision;
        this.dataSource = dataSource;
        this.environment = environment;
    }

    @Override
    public void migrate(Commands commands) {
        if (onUnknownRevision == UnknownRevisionAction.WARN) {
            List<String> unknown = unknownRevisions(commands.scripts().revisionMap());
            if (!unknown.isEmpty()) {
                log.warn("Database is at revision(s) {} that no location of {} holds; not upgrading "
                        + "(spring.migrate.on-unknown-revision=warn). Deploy the application version that has them, "
                        + "or stamp the database.", unknown, commands.scripts().locations());
                return;
            }
        }
        try {
            commands.upgrade(target);
        }
        catch (MigrateException ex) {
            if (!(ex.getCause() instanceof ResolutionException)) {
                throw ex;
            }
            List<String> unknown = unknownRevisions(commands.scripts().revisionMap());
            if (unknown.isEmpty()) {
                throw ex;
            }
            throw new UnknownDatabaseRevisionException(unknown, commands.scripts().locations(), ex);
        }
    }

    private List<String> unknownRevisions(RevisionMap map) {
        try (MigrationContext context = MigrationContext.open(dataSource, environment)) {
            return context.currentHeads().stream().filter(id -> map.find(id).isEmpty()).toList();
        }
    }
}
