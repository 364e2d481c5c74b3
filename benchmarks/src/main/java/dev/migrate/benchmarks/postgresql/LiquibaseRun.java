package dev.migrate.benchmarks.postgresql;

import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.ChangeExecListenerCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Liquibase: {@code update} of the generated formatted-SQL changelog. Its anonymous usage analytics are turned off
 * (this machine has no route to them, and a user who measures start-up would turn them off too); its update summary
 * goes to the log, as with Spring Boot's defaults, and its log shows warnings only, as Migrate's and Flyway's
 * logs show nothing in this benchmark.
 */
final class LiquibaseRun implements Contender {

    private static final String CHANGELOG = "db/liquibase/changelog.sql";

    /** Held so the level set on it is not lost when the logger is collected. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    @Override
    public String name() {
        return "Liquibase";
    }

    @Override
    public String schema() {
        return "bench_liquibase";
    }

    @Override
    public int migrate(Target target) throws Exception {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
        AtomicInteger ran = new AtomicInteger();
        AbstractChangeExecListener counter = new AbstractChangeExecListener() {
            @Override
            public void ran(ChangeSet changeSet, DatabaseChangeLog changeLog, Database database,
                    ChangeSet.ExecType execType) {
                ran.incrementAndGet();
            }
        };
        Map<String, Object> scope = Map.of(
                AnalyticsArgs.ENABLED.getKey(), false,
                Scope.Attr.ui.name(), new LoggerUIService(),
                Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(LiquibaseRun.class.getClassLoader()));
        try (Connection connection = target.connect()) {
            Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                .addArgumentValue(ChangeExecListenerCommandStep.CHANGE_EXEC_LISTENER_ARG, counter)
                .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                .execute());
        }
        return ran.get();
    }

    @Override
    public Class<?> nothingPendingMain() {
        return LiquibaseRun.class;
    }

    /** Runs Liquibase's {@code update} once against the target on the command line. */
    public static void main(String[] args) throws Exception {
        NothingPending.check(new LiquibaseRun(), args);
    }
}
