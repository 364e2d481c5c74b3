package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.MigrateException;
import dev.migrate.Migration;
import dev.migrate.ddl.DdlImpl;
import dev.migrate.ddl.Dialects;
import dev.migrate.operations.MigrateOperation;
import dev.migrate.operations.OperationExecutor;
import dev.migrate.operations.Operations;
import dev.migrate.script.MigrationStep;
import dev.migrate.script.Revision;
import dev.migrate.script.RevisionMap;

/**
 * Migrations on one connection: its dialect, the version table, the transactions and the running of steps.
 *
 * <p>Transactions follow Alembic. A connection that is already inside a transaction (auto-commit off) belongs to
 * its caller: the context begins, commits and rolls back nothing. Otherwise, with transactional DDL the whole run
 * is one transaction, or one per revision with {@code transactionPerMigration}; without it (MySQL, MariaDB, H2,
 * SQLite, Oracle) each revision still runs in a transaction that holds its version-row changes, while the
 * database commits each DDL statement by itself.
 */
public final class MigrationContext extends RunContext implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MigrationContext.class);

    private final Connection connection;
    private final boolean ownsConnection;
    /** Created by the first step: a start with nothing to run needs no operations. */
    private Operations operations;
    private boolean ownsTransaction;

    private MigrationContext(Connection connection, boolean ownsConnection, EnvironmentContext environment) {
        super(Dialects.detect(Objects.requireNonNull(connection, "connection")), environment);
        this.connection = connection;
        this.ownsConnection = ownsConnection;
        log.info("Context impl {}.", dialect().name());
        log.info("Will assume {} DDL.", transactionalDdl() ? "transactional" : "non-transactional");
    }

    /** A context on {@code connection}, which stays the caller's to close. */
    public static MigrationContext configure(Connection connection, EnvironmentContext environment) {
        return new MigrationContext(connection, false, environment);
    }

    /** A context on a new connection from {@code dataSource}, closed with the context. */
    public static MigrationContext open(DataSource dataSource, EnvironmentContext environment) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        }
        catch (SQLException ex) {
            throw new MigrateException("Could not connect to the database: " + ex.getMessage(), ex);
        }
        try {
            connection.setAutoCommit(true);
            return new MigrationContext(connection, true, environment);
        }
        catch (SQLException | RuntimeException ex) {
            try {
                connection.close();
            }
            catch (SQLException closing) {
                ex.addSuppressed(closing);
            }
            throw ex instanceof MigrateException migrate ? migrate
                    : new MigrateException("Could not prepare the connection: " + ex.getMessage(), ex);
        }
    }

    public Connection connection() {
        return connection;
    }

    /** False: the steps run on the connection. */
    @Override
    public boolean offline() {
        return false;
    }

    /** The revisions in the version table; empty when it is empty or missing (it is not created). */
    public List<String> currentHeads() {
        return versionTable().heads(connection);
    }

    /**
     * The single revision in the version table; empty when there is none.
     *
     * @throws MigrateException when the table holds several heads
     */
    public Optional<String> currentHead() {
        List<String> heads = currentHeads();
        if (heads.size() > 1) {
            throw new MigrateException("Version table '" + versionTable().name() + "' has more than one head present; "
                    + "please use currentHeads()");
        }
        return heads.stream().findFirst();
    }

    /**
     * Runs the steps {@code planner} returns for the current heads, keeping the version rows with a
     * {@link HeadMaintainer} over {@code map}. The heads are read after the lock is taken, so concurrent runs plan
     * from what the previous one left.
     *
     * @return the heads after the run
     */
    public List<String> run(RevisionMap map, Function<List<String>, List<MigrationStep>> planner,
            Function<Revision, Migration> migrations) {
        return run(heads -> MigrationPlan.of(map, heads, planner.apply(heads)), migrations);
    }

    /**
     * Takes the migration lock (unless disabled), reads the current heads, asks {@code planner} for the plan from
     * them, creates the version table if it is missing, and runs each step: the revision's migration, loaded with
     * {@code migrations}, then its version-row changes, then the listeners. Releases the lock at the end, also on
     * failure.
     *
     * <p>A database that is up to date is answered without the lock: the heads are read and planned first, and only
     * when the version table is missing or empty, or the plan has steps, is the lock taken and the heads read again
     * under it; {@code planner} is asked again only if another process moved them in between. Reading committed
     * rows needs no lock, and a run that writes nothing cannot conflict.
     *
     * @return the heads after the run
     * @throws MigrationFailedException when a revision's migration fails
     */
    public List<String> run(Function<List<String>, MigrationPlan> planner, Function<Revision, Migration> migrations) {
        return run(false, planner, migrations);
    }

    /**
     * Stamps {@code destinations} (Alembic's {@code stamp}): moves the version rows as {@link RevisionMap#stampPlan}
     * plans them from the current heads, running no migration, under the lock like {@link #run}. With
     * {@code purge} the version table is emptied first and the stamp planned from no heads ({@code stamp --purge}),
     * the way out when the table holds revisions {@code map} does not know.
     *
     * @return the heads after the stamp
     */
    public List<String> stamp(RevisionMap map, List<String> destinations, boolean purge) {
        return run(purge, heads -> MigrationPlan.of(map, heads, map.stampPlan(heads, destinations)),
                StepRunner::noMigration);
    }

    private List<String> run(boolean purge, Function<List<String>, MigrationPlan> planner,
            Function<Revision, Migration> migrations) {
        boolean external = inExternalTransaction();
        Planned early = purge || !environment().lockEnabled() ? null : planWithoutLock(planner);
        if (early != null && early.plan().steps().isEmpty()) {
            return early.heads(); // up to date: committed rows need no lock to be read, and nothing is written
        }
        return underLock(() -> {
            Optional<List<String>> rows = versionTable().rows(connection);
            List<String> found = rows.orElse(List.of());
            List<String> heads = purge ? List.of() : found;
            MigrationPlan plan = early != null && early.heads().equals(found) ? early.plan() : planner.apply(heads);
            boolean wholeRun = !external && transactionalDdl() && !environment().transactionPerMigration();
            if (wholeRun) {
                begin();
            }
            try {
                if (rows.isEmpty()) {
                    versionTable().create(connection);
                }
                else if (purge) {
                    log.info("Purging {} from the version table", String.join(", ", found));
                    versionTable().clear(connection);
                }
                StepRunner steps = new StepRunner(this, plan, heads, migrations, this::operations,
                        this::announce,
                        change -> versionTable().apply(connection, change));
                for (MigrationStep step : plan.steps()) {
                    runStep(step, steps, external, wholeRun);
                }
                if (wholeRun) {
                    commit();
                }
                return List.copyOf(steps.heads());
            }
            catch (RuntimeException ex) {
                if (wholeRun) {
                    rollback(ex);
                }
                throw ex;
            }
        });
    }

    /**
     * Runs {@code block} outside any transaction, in auto-commit mode (Alembic's {@code autocommit_block}): the
     * context's open transaction is committed first and a new one begun after. For statements a database refuses
     * inside a transaction, such as PostgreSQL's {@code CREATE INDEX CONCURRENTLY}.
     *
     * @throws MigrateException when the connection is inside a transaction its caller began
     */
    public void autocommitBlock(Runnable block) {
        if (inExternalTransaction()) {
            throw new MigrateException("autocommitBlock() needs the transaction to be the migration context's own, "
                    + "but the connection is inside a transaction its caller began; commit it first, or hand the "
                    + "context a connection in auto-commit mode");
        }
        if (!ownsTransaction) {
            block.run();
            return;
        }
        try {
            connection.commit();
            connection.setAutoCommit(true);
        }
        catch (SQLException ex) {
            throw new MigrateException("Could not commit before the autocommit block: " + ex.getMessage(), ex);
        }
        try {
            block.run();
        }
        finally {
            try {
                connection.setAutoCommit(false);
            }
            catch (SQLException ex) {
                throw new MigrateException("Could not begin a transaction after the autocommit block: "
                        + ex.getMessage(), ex);
            }
        }
    }

    private Operations operations() {
        if (operations == null) {
            operations = new Operations(new OnlineExecutor(), environment().implementations());
        }
        return operations;
    }

    /** Closes the connection if the context opened it. */
    @Override
    public void close() {
        if (!ownsConnection) {
            return;
        }
        try {
            connection.close();
        }
        catch (SQLException ex) {
            throw new MigrateException("Could not close the connection: " + ex.getMessage(), ex);
        }
    }

    /** The heads read without the lock and their plan; {@code null} while the version table is missing or empty. */
    private Planned planWithoutLock(Function<List<String>, MigrationPlan> planner) {
        List<String> heads = versionTable().heads(connection);
        return heads.isEmpty() ? null : new Planned(heads, planner.apply(heads));
    }

    private record Planned(List<String> heads, MigrationPlan plan) {
    }

    /** Runs {@code body} holding the migration lock, unless the environment turns it off. */
    @SuppressWarnings("try") // the lock is held for the block, not used in it
    private List<String> underLock(Supplier<List<String>> body) {
        if (!environment().lockEnabled()) {
            return body.get();
        }
        try (MigrationLock lock = MigrationLock.acquire(connection, dialect(), versionTable(),
                environment().lockTimeout())) {
            return body.get();
        }
    }

    private void runStep(MigrationStep step, StepRunner steps, boolean external, boolean wholeRun) {
        boolean ownTransaction = !external && !wholeRun;
        if (ownTransaction) {
            begin();
        }
        try {
            steps.apply(step, aftermath(external, wholeRun, steps.heads()));
            if (ownTransaction) {
                commit();
            }
        }
        catch (RuntimeException ex) {
            if (ownTransaction) {
                rollback(ex);
            }
            throw ex;
        }
    }

    /** Says that {@code step} begins: with the environment's announcer, else in the log. */
    private void announce(MigrationStep step) {
        String line = "Running " + step.describe();
        environment().stepAnnouncer().ifPresentOrElse(announcer -> announcer.accept(line), () -> log.info(line));
    }

    /** What a failure of the next revision leaves behind, for its message. */
    private String aftermath(boolean external, boolean wholeRun, Set<String> heads) {
        if (external) {
            return "The connection is inside its caller's transaction, which the caller must roll back";
        }
        if (!dialect().transactionalDdl()) {
            String kept = heads.isEmpty() ? "no revision" : String.join(", ", heads);
            return dialect().name() + " does not roll back DDL: statements of this revision that ran before the "
                    + "failing one remain applied, and the version table still holds " + kept + "; undo them or "
                    + "make the revision re-runnable, then run again";
        }
        if (wholeRun) {
            return "The run's transaction was rolled back: nothing of this run remains and the version table is as "
                    + "before it";
        }
        return "Its transaction was rolled back: nothing of this revision remains and the version table is unchanged";
    }

    private boolean inExternalTransaction() {
        try {
            return !ownsTransaction && !connection.getAutoCommit();
        }
        catch (SQLException ex) {
            throw new MigrateException("Could not read the connection's auto-commit mode: " + ex.getMessage(), ex);
        }
    }

    private void begin() {
        try {
            connection.setAutoCommit(false);
            ownsTransaction = true;
        }
        catch (SQLException ex) {
            throw new MigrateException("Could not begin a transaction: " + ex.getMessage(), ex);
        }
    }

    private void commit() {
        try {
            connection.commit();
            connection.setAutoCommit(true);
            ownsTransaction = false;
        }
        catch (SQLException ex) {
            throw new MigrateException("Could not commit: " + ex.getMessage(), ex);
        }
    }

    private void rollback(RuntimeException failure) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        }
        catch (SQLException ex) {
            failure.addSuppressed(ex);
        }
        finally {
            ownsTransaction = false;
        }
    }

    /** Runs operations on this context's connection through its dialect. */
    private final class OnlineExecutor implements OperationExecutor {

        @Override
        public void execute(MigrateOperation operation) {
            dialect().execute(connection, operation);
        }

        @Override
        public void autocommitBlock(Runnable block) {
            MigrationContext.this.autocommitBlock(block);
        }

        @Override
        public DdlImpl dialect() {
            return MigrationContext.this.dialect();
        }

        @Override
        public Optional<Connection> connection() {
            return Optional.of(connection);
        }
    }
}
