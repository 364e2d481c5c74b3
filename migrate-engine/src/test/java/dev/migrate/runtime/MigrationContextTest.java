package dev.migrate.runtime;

import static dev.migrate.script.Rev.map;
import static dev.migrate.script.Rev.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.h2.jdbcx.JdbcDataSource;

import dev.migrate.MigrateException;
import dev.migrate.Migration;
import dev.migrate.operations.Operations;
import dev.migrate.script.MigrationStep;
import dev.migrate.script.Revision;
import dev.migrate.script.RevisionMap;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

class MigrationContextTest {

    private static final EnvironmentContext DEFAULTS = EnvironmentContext.builder().build();

    private final RevisionMap map = map(rev("r1").message("step 1"), rev("r2").down("r1").message("step 2"),
            rev("r3").down("r2").message("step 3"));
    private final Map<String, Migration> migrations = new HashMap<>(Map.of(
            "r1", SqlMigration.table("t1"), "r2", SqlMigration.table("t2"), "r3", SqlMigration.table("t3")));

    @DatabaseTest
    void upgradesFromNothingCreatingTheVersionTable(TestDatabase db) throws SQLException {
        MigrationContext context = MigrationContext.configure(db.connect(), DEFAULTS);
        assertThat(context.run(map, upgradeTo("r3"), this::migration)).containsExactly("r3");
        assertThat(context.currentHeads()).containsExactly("r3");
        assertThat(tables(db)).contains("t1", "t2", "t3");
    }

    @DatabaseTest
    void runsOnlyWhatIsPending(TestDatabase db) {
        MigrationContext context = MigrationContext.configure(db.connect(), DEFAULTS);
        context.run(map, upgradeTo("r2"), this::migration);
        List<String> ran = new ArrayList<>();
        context.run(map, upgradeTo("r3"), revision -> {
            ran.add(revision.id());
            return migration(revision);
        });
        assertThat(ran).containsExactly("r3");
        context.run(map, upgradeTo("r3"), revision -> {
            throw new AssertionError("nothing is pending, yet " + revision.id() + " was loaded");
        });
        assertThat(context.currentHeads()).containsExactly("r3");
    }

    @DatabaseTest
    void downgradeToBaseLeavesAnEmptyVersionTable(TestDatabase db) throws SQLException {
        MigrationContext context = MigrationContext.configure(db.connect(), DEFAULTS);
        context.run(map, upgradeTo("r3"), this::migration);
        assertThat(context.run(map, downgradeTo("r1"), this::migration)).containsExactly("r1");
        assertThat(context.run(map, downgradeTo("base"), this::migration)).isEmpty();
        assertThat(context.versionTable().exists(context.connection())).isTrue();
        assertThat(context.currentHeads()).isEmpty();
        assertThat(tables(db)).doesNotContain("t1", "t2", "t3");
    }

    @DatabaseTest
    void plansFromTheRowsItReadsAndKeepsThemWithTheMap(TestDatabase db) {
        MigrationContext context = MigrationContext.configure(db.connect(), DEFAULTS);
        context.versionTable().createIfMissing(context.connection());
        context.versionTable().insert(context.connection(), "r1");
        List<List<String>> planned = new ArrayList<>();
        List<String> ran = new ArrayList<>();

        List<String> heads = context.run(map, current -> {
            planned.add(current);
            return map.upgradePlan(current, "heads");
        }, revision -> {
            ran.add(revision.id());
            return migration(revision);
        });

        assertThat(planned).containsExactly(List.of("r1"));
        assertThat(ran).containsExactly("r2", "r3");
        assertThat(heads).containsExactly("r3");
        assertThat(context.versionTable().heads(db.connect())).containsExactly("r3");
    }

    @DatabaseTest
    void aRowTheMapDoesNotKnowStopsTheRunBeforeAnythingRuns(TestDatabase db) {
        MigrationContext context = MigrationContext.configure(db.connect(), DEFAULTS);
        context.versionTable().createIfMissing(context.connection());
        context.versionTable().insert(context.connection(), "ffffffffffff");

        assertThatThrownBy(() -> context.run(map, heads -> List.of(), revision -> {
            throw new AssertionError(revision.id() + " was loaded");
        }))
            .isInstanceOf(MigrateException.class)
            .hasMessage("The version table holds 'ffffffffffff', which is not a known revision; check the configured "
                    + "script locations, or stamp the database with --purge");
        assertThat(context.currentHeads()).containsExactly("ffffffffffff");
        MigrationLock.acquire(db.connect(), context.dialect(), context.versionTable(), Duration.ZERO).release();
    }

    @DatabaseTest
    void readingTheHeadsNeverCreatesTheVersionTable(TestDatabase db) {
        MigrationContext context = MigrationContext.configure(db.connect(), DEFAULTS);
        assertThat(context.currentHeads()).isEmpty();
        assertThat(context.currentHead()).isEmpty();
        assertThat(context.versionTable().exists(context.connection())).isFalse();
    }

    @DatabaseTest({DatabaseKind.H2})
    void currentHeadRefusesSeveralHeads(TestDatabase db) {
        MigrationContext context = MigrationContext.configure(db.connect(), DEFAULTS);
        context.versionTable().createIfMissing(context.connection());
        context.versionTable().insert(context.connection(), "a");
        context.versionTable().insert(context.connection(), "b");
        assertThatThrownBy(context::currentHead).isInstanceOf(MigrateException.class)
            .hasMessage("Version table 'migrate_version' has more than one head present; please use currentHeads()");
    }

    @DatabaseTest
    void listenersSeeEachStepBeforeItIsCommitted(TestDatabase db) {
        List<MigrationInfo> seen = new ArrayList<>();
        List<List<String>> committedMeanwhile = new ArrayList<>();
        Connection observer = db.connect();
        EnvironmentContext environment = EnvironmentContext.builder().listener((context, info) -> {
            seen.add(info);
            committedMeanwhile.add(new VersionTable(context.dialect(), null, "migrate_version", 255, true)
                .heads(observer));
        }).build();
        MigrationContext context = MigrationContext.configure(db.connect(), environment);
        context.run(map, upgradeTo("r2"), this::migration);

        assertThat(seen).extracting(MigrationInfo::heads).containsExactly(Set.of("r1"),
                Set.of("r2"));
        MigrationInfo second = seen.get(1);
        assertThat(second.isUpgrade()).isTrue();
        assertThat(second.isMigration()).isTrue();
        assertThat(second.upRevisionIds()).containsExactly("r2");
        assertThat(second.downRevisionIds()).containsExactly("r1");
        assertThat(second.sourceRevisionIds()).containsExactly("r1");
        assertThat(second.destinationRevisionIds()).containsExactly("r2");
        assertThat(second.revision()).map(Revision::message).contains("step 2");
        assertThat(committedMeanwhile.get(0)).isEmpty();
        assertThat(committedMeanwhile.get(1)).doesNotContain("r2");
    }

    @DatabaseTest
    void listenersAreToldAsEachStepBeginsBeforeItsMigrationRuns(TestDatabase db) {
        List<String> events = new ArrayList<>();
        EnvironmentContext environment = EnvironmentContext.builder().listener(new VersionApplyListener() {

            @Override
            public void beforeVersionApply(RunContext context, MigrationStep step) {
                events.add("before " + step.describe() + " " + tablesSeen(((MigrationContext) context).connection()));
            }

            @Override
            public void onVersionApply(RunContext context, MigrationInfo info) {
                events.add("after " + info.step().describe());
            }
        }).build();
        MigrationContext.configure(db.connect(), environment).run(map, upgradeTo("r2"), this::migration);

        assertThat(events).containsExactly("before upgrade  -> r1, step 1 []", "after upgrade  -> r1, step 1",
                "before upgrade r1 -> r2, step 2 [t1]", "after upgrade r1 -> r2, step 2");
    }

    /** The tables t1, t2, … that {@code connection} sees. */
    private static List<String> tablesSeen(Connection connection) {
        List<String> names = new ArrayList<>();
        try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
        return names.stream().filter(name -> name.matches("t[0-9]")).sorted().toList();
    }

    @DatabaseTest
    void stampStepsMoveRowsWithoutRunningMigrations(TestDatabase db) {
        MigrationContext context = MigrationContext.configure(db.connect(), DEFAULTS);
        List<MigrationInfo> seen = new ArrayList<>();
        MigrationContext listening = MigrationContext.configure(context.connection(),
                EnvironmentContext.builder().listener((c, info) -> seen.add(info)).build());
        listening.run(map, heads -> map.stampPlan(heads, List.of("r2")), revision -> {
            throw new AssertionError("a stamp runs no migration");
        });
        assertThat(context.currentHeads()).containsExactly("r2");
        assertThat(seen).singleElement().satisfies(info -> {
            assertThat(info.isStamp()).isTrue();
            assertThat(info.revision()).isEmpty();
        });
    }

    @DatabaseTest({DatabaseKind.POSTGRESQL})
    void underTransactionalDdlAFailureUndoesTheWholeRun(TestDatabase db) throws SQLException {
        migrations.put("r2", new SqlMigration(List.of("CREATE TABLE t2 (id INT)", "CREATE TABLE t1 (id INT)"),
                List.of()));
        MigrationContext context = MigrationContext.configure(db.connect(), DEFAULTS);

        assertThatThrownBy(() -> context.run(map, upgradeTo("r3"), this::migration))
            .isInstanceOfSatisfying(MigrationFailedException.class, failure -> {
                assertThat(failure.revision().id()).isEqualTo("r2");
                assertThat(failure.statement()).contains("CREATE TABLE t1 (id INT)");
            })
            .hasMessageStartingWith("Upgrade of revision 'r2' (step 2) failed: ")
            .hasMessageContaining("[SQL: CREATE TABLE t1 (id INT)]")
            .hasMessageContaining("relation \"t1\" already exists")
            .hasMessageEndingWith("The run's transaction was rolled back: nothing of this run remains and the version "
                    + "table is as before it");
        assertThat(context.versionTable().exists(context.connection())).isFalse();
        assertThat(tables(db)).doesNotContain("t1", "t2");
    }

    @DatabaseTest({DatabaseKind.POSTGRESQL})
    void withATransactionPerMigrationAFailureUndoesOnlyTheFailingRevision(TestDatabase db) throws SQLException {
        migrations.put("r2", new SqlMigration(List.of("CREATE TABLE t2 (id INT)", "CREATE TABLE t1 (id INT)"),
                List.of()));
        MigrationContext context = MigrationContext.configure(db.connect(),
                EnvironmentContext.builder().transactionPerMigration(true).build());

        assertThatThrownBy(() -> context.run(map, upgradeTo("r3"), this::migration))
            .isInstanceOf(MigrationFailedException.class)
            .hasMessageEndingWith("Its transaction was rolled back: nothing of this revision remains and the version "
                    + "table is unchanged");
        assertThat(context.currentHeads()).containsExactly("r1");
        assertThat(tables(db)).contains("t1").doesNotContain("t2", "t3");
    }

    @DatabaseTest({DatabaseKind.POSTGRESQL})
    void turningTransactionalDdlOffGivesEachRevisionItsOwnTransaction(TestDatabase db) throws SQLException {
        migrations.put("r2", new SqlMigration(List.of("CREATE TABLE t2 (id INT)", "CREATE TABLE t1 (id INT)"),
                List.of()));
        MigrationContext context = MigrationContext.configure(db.connect(),
                EnvironmentContext.builder().transactionalDdl(false).build());
        assertThat(context.transactionalDdl()).isFalse();

        assertThatThrownBy(() -> context.run(map, upgradeTo("r3"), this::migration))
            .hasMessageEndingWith("Its transaction was rolled back: nothing of this revision remains and the version "
                    + "table is unchanged");
        assertThat(context.currentHeads()).containsExactly("r1");
        assertThat(tables(db)).contains("t1").doesNotContain("t2");
    }

    @DatabaseTest({DatabaseKind.MARIADB, DatabaseKind.H2})
    void withoutTransactionalDdlTheVersionTableHoldsExactlyTheCompletedRevisions(TestDatabase db)
            throws SQLException {
        migrations.put("r2", new SqlMigration(List.of("CREATE TABLE t2 (id INT)", "CREATE TABLE t1 (id INT)"),
                List.of()));
        MigrationContext context = MigrationContext.configure(db.connect(), DEFAULTS);

        assertThatThrownBy(() -> context.run(map, upgradeTo("r3"), this::migration))
            .isInstanceOfSatisfying(MigrationFailedException.class,
                    failure -> assertThat(failure.statement()).contains("CREATE TABLE t1 (id INT)"))
            .hasMessageStartingWith("Upgrade of revision 'r2' (step 2) failed: ")
            .hasMessageContaining("already exists")
            .hasMessageEndingWith(context.dialect().name() + " does not roll back DDL: statements of this revision "
                    + "that ran before the failing one remain applied, and the version table still holds r1; undo "
                    + "them or make the revision re-runnable, then run again");
        assertThat(context.currentHeads()).containsExactly("r1");
        assertThat(tables(db)).contains("t1", "t2").doesNotContain("t3");
    }

    @DatabaseTest({DatabaseKind.SQLITE})
    void sqliteKeepsEachRevisionInItsOwnTransaction(TestDatabase db) throws SQLException {
        migrations.put("r2", new SqlMigration(List.of("CREATE TABLE t2 (id INT)", "CREATE TABLE t1 (id INT)"),
                List.of()));
        MigrationContext context = MigrationContext.configure(db.connect(), DEFAULTS);
        assertThatThrownBy(() -> context.run(map, upgradeTo("r3"), this::migration))
            .isInstanceOf(MigrationFailedException.class);
        assertThat(context.currentHeads()).containsExactly("r1");
        assertThat(tables(db)).contains("t1").doesNotContain("t3");
    }

    @DatabaseTest
    void aRowThatDoesNotMatchStopsTheRunAndRollsBackTheRevision(TestDatabase db) {
        MigrationContext context = MigrationContext.configure(db.connect(), DEFAULTS);
        context.run(map, upgradeTo("r1"), this::migration);
        Revision r3 = map.find("r3").orElseThrow();
        MigrationPlan wrong = new MigrationPlan() {
            @Override
            public List<MigrationStep> steps() {
                return List.of(new MigrationStep.RevisionStep(r3, true, List.of("r2"), List.of("r3")));
            }

            @Override
            public List<VersionChange> rowChanges(MigrationStep step) {
                return List.of(new VersionChange.Update("r2", "r3"));
            }
        };
        assertThatThrownBy(() -> context.run(heads -> wrong, this::migration))
            .isInstanceOf(MigrateException.class)
            .hasMessage("Online migration expected to match one row when updating 'r2' to 'r3' in 'migrate_version'; "
                    + "0 found");
        assertThat(context.currentHeads()).containsExactly("r1");
    }

    @DatabaseTest({DatabaseKind.POSTGRESQL, DatabaseKind.SQLITE})
    void aConnectionInsideTheCallersTransactionIsLeftToTheCaller(TestDatabase db) throws SQLException {
        Connection connection = db.connect();
        connection.setAutoCommit(false);
        MigrationContext context = MigrationContext.configure(connection, DEFAULTS);
        assertThat(context.run(map, upgradeTo("r2"), this::migration)).containsExactly("r2");
        assertThat(connection.getAutoCommit()).isFalse();
        assertThatThrownBy(() -> context.autocommitBlock(() -> { }))
            .hasMessageStartingWith("autocommitBlock() needs the transaction to be the migration context's own");
        connection.rollback();
        assertThat(context.currentHeads()).isEmpty();
        assertThat(tables(db)).doesNotContain("t1", "t2");
    }

    @DatabaseTest({DatabaseKind.POSTGRESQL})
    void anAutocommitBlockRunsWhatPostgresqlRefusesInsideATransaction(TestDatabase db) throws SQLException {
        String concurrently = "CREATE INDEX CONCURRENTLY ix_t1_id ON t1 (id)";
        migrations.put("r2", new SqlMigration(List.of(concurrently), List.of()));
        MigrationContext context = MigrationContext.configure(db.connect(), DEFAULTS);
        assertThatThrownBy(() -> context.run(map, upgradeTo("r2"), this::migration))
            .hasMessageContaining("cannot run inside a transaction block");

        migrations.put("r2", new Migration() {
            @Override
            public void upgrade(Operations op) {
                op.autocommitBlock(() -> op.execute(concurrently));
            }

            @Override
            public void downgrade(Operations op) {
            }
        });
        assertThat(context.run(map, upgradeTo("r3"), this::migration)).containsExactly("r3");
        try (ResultSet indexes = context.connection().getMetaData().getIndexInfo(null, db.schema(), "t1", false,
                false)) {
            List<String> names = new ArrayList<>();
            while (indexes.next()) {
                names.add(indexes.getString("INDEX_NAME"));
            }
            assertThat(names).contains("ix_t1_id");
        }
    }

    @DatabaseTest({DatabaseKind.H2})
    void aContextOpenedFromADataSourceClosesItsConnection(TestDatabase db) throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(db.url());
        dataSource.setUser("sa");
        Connection connection;
        try (MigrationContext context = MigrationContext.open(dataSource, DEFAULTS)) {
            connection = context.connection();
            assertThat(context.run(map, upgradeTo("r1"), this::migration)).containsExactly("r1");
        }
        assertThat(connection.isClosed()).isTrue();
    }

    @DatabaseTest({DatabaseKind.H2})
    void aMigrationThatFailsOutsideSqlIsNamedToo(TestDatabase db) {
        migrations.put("r1", new Migration() {
            @Override
            public void upgrade(Operations op) {
                throw new IllegalStateException("no customers file");
            }

            @Override
            public void downgrade(Operations op) {
            }
        });
        MigrationContext context = MigrationContext.configure(db.connect(), DEFAULTS);
        assertThatThrownBy(() -> context.run(map, upgradeTo("r1"), this::migration))
            .isInstanceOfSatisfying(MigrationFailedException.class,
                    failure -> assertThat(failure.statement()).isEmpty())
            .hasMessageStartingWith("Upgrade of revision 'r1' (step 1) failed: "
                    + "java.lang.IllegalStateException: no customers file. ");
    }

    private Function<List<String>, List<MigrationStep>> upgradeTo(String destination) {
        return heads -> map.upgradePlan(heads, destination);
    }

    private Function<List<String>, List<MigrationStep>> downgradeTo(String destination) {
        return heads -> map.downgradePlan(heads, destination);
    }

    private Migration migration(Revision revision) {
        return migrations.get(revision.id());
    }

    /** The test database's tables, lower-cased. */
    static List<String> tables(TestDatabase db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = db.connect();
                ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(),
                        connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

}
