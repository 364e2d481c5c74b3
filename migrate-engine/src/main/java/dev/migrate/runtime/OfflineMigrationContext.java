package dev.migrate.runtime;

import java.sql.Connection;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.Migration;
import dev.migrate.ddl.DdlImpl;
import dev.migrate.operations.MigrateOperation;
import dev.migrate.operations.OperationExecutor;
import dev.migrate.operations.Operations;
import dev.migrate.script.MigrationStep;
import dev.migrate.script.Revision;
import dev.migrate.script.RevisionMap;

/**
 * Migrations written as a SQL script instead of run (Alembic's offline, {@code --sql}, mode). There is no
 * connection: the dialect is given, and a run starts from given heads (the start of a {@code start:end} range)
 * instead of reading the version table.
 *
 * <p>Each step writes a {@code -- Running upgrade a -> b} comment, the statements of its migration, then its
 * version-row statements, kept by the same {@link HeadMaintainer} rules as online. A step that starts from no
 * revision is preceded by the version table's {@code CREATE TABLE}. With transactional DDL the script opens and
 * commits one transaction around the whole run, or one per revision with {@code transactionPerMigration}; without
 * it, none. Version-apply listeners are called for each step as online, as Alembic calls them in offline mode: after
 * the step's statements are written, before its {@code COMMIT}.
 */
public final class OfflineMigrationContext extends RunContext {

    private static final Logger log = LoggerFactory.getLogger(OfflineMigrationContext.class);

    private static final String AFTERMATH = "The SQL script written so far is incomplete; do not run it";

    private final SqlScript script;
    private final Operations operations;

    private OfflineMigrationContext(DdlImpl dialect, EnvironmentContext environment, Appendable output) {
        super(dialect, environment);
        this.script = new SqlScript(dialect, output);
        this.operations = new Operations(new OfflineExecutor(), environment.implementations());
        log.info("Context impl {}.", dialect.name());
        log.info("Generating static SQL");
        log.info("Will assume {} DDL.", transactionalDdl() ? "transactional" : "non-transactional");
    }

    /** A context that writes SQL for {@code dialect} to {@code output}. */
    public static OfflineMigrationContext configure(DdlImpl dialect, EnvironmentContext environment,
            Appendable output) {
        return new OfflineMigrationContext(dialect, environment, output);
    }

    /** True: the steps are written as SQL. */
    @Override
    public boolean offline() {
        return true;
    }

    /**
     * Writes the steps {@code planner} returns for {@code startingHeads}: each revision's migration, loaded with
     * {@code migrations}, and its version-row statements.
     *
     * @param startingHeads the revisions the database is taken to be at; empty for an empty database
     * @return the heads the script leaves the version table at
     * @throws MigrationFailedException when a revision's migration fails
     */
    public List<String> run(RevisionMap map, Collection<String> startingHeads,
            Function<List<String>, List<MigrationStep>> planner, Function<Revision, Migration> migrations) {
        List<String> heads = List.copyOf(startingHeads);
        return run(MigrationPlan.of(map, heads, planner.apply(heads)), heads, migrations);
    }

    /**
     * Writes the version-row statements that stamp {@code destinations} over {@code startingHeads}, as
     * {@link RevisionMap#stampPlan} plans them, running no migration.
     *
     * @return the heads the script leaves the version table at
     */
    public List<String> stamp(RevisionMap map, Collection<String> startingHeads, List<String> destinations) {
        List<String> heads = List.copyOf(startingHeads);
        return run(MigrationPlan.of(map, heads, map.stampPlan(heads, destinations)), heads,
                StepRunner::noMigration);
    }

    /** Writes the version table's {@code CREATE TABLE} (Alembic's {@code ensure_version --sql}). */
    public void createVersionTable() {
        inRunTransaction(() -> script.statement(versionTable().createSql()));
    }

    private List<String> run(MigrationPlan plan, List<String> startingHeads,
            Function<Revision, Migration> migrations) {
        StepRunner steps = new StepRunner(this, plan, startingHeads, migrations, () -> operations, this::announce,
                change -> script.statement(versionTable().sql(change)));
        boolean perRevision = transactionalDdl() && environment().transactionPerMigration();
        inRunTransaction(() -> {
            for (MigrationStep step : plan.steps()) {
                if (perRevision) {
                    script.begin();
                }
                if (steps.heads().isEmpty()) {
                    script.statement(versionTable().createSql());
                }
                steps.apply(step, AFTERMATH);
                if (perRevision) {
                    script.commit();
                }
            }
        });
        return List.copyOf(steps.heads());
    }

    /** Logs the step and writes its comment into the script. */
    private void announce(MigrationStep step) {
        log.info("Running {}", step.describe());
        script.comment("Running " + step.shortDescription());
    }

    /** Writes {@code body} inside the run's transaction, if the run has one, and flushes the script. */
    private void inRunTransaction(Runnable body) {
        boolean wholeRun = transactionalDdl() && !environment().transactionPerMigration();
        try {
            if (wholeRun) {
                script.begin();
            }
            body.run();
            if (wholeRun) {
                script.commit();
            }
        }
        finally {
            script.flush();
        }
    }

    /** Writes operations' statements to the script. */
    private final class OfflineExecutor implements OperationExecutor {

        @Override
        public void execute(MigrateOperation operation) {
            dialect().statements(operation).forEach(script::statement);
        }

        /** Commits the open transaction before the block and begins a new one after it, as Alembic writes it. */
        @Override
        public void autocommitBlock(Runnable block) {
            boolean transactional = transactionalDdl();
            if (transactional) {
                script.commit();
            }
            block.run();
            if (transactional) {
                script.begin();
            }
        }

        @Override
        public DdlImpl dialect() {
            return OfflineMigrationContext.this.dialect();
        }

        /** None: offline there is no database. */
        @Override
        public Optional<Connection> connection() {
            return Optional.empty();
        }
    }
}
