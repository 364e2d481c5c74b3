package dev.migrate.runtime;

import static dev.migrate.script.Rev.map;
import static dev.migrate.script.Rev.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.migrate.Migration;
import dev.migrate.ddl.DdlImpl;
import dev.migrate.ddl.Dialects;
import dev.migrate.script.Revision;
import dev.migrate.script.RevisionMap;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

class MigrationLockTest {

    private static final Duration SHORT = Duration.ofMillis(150);
    private static final Duration PATIENT = Duration.ofSeconds(10);
    private static final RevisionMap LINE = map(rev("r1"), rev("r2").down("r1"));

    private static List<String> upgrade(MigrationContext context, String destination,
            Function<Revision, Migration> migrations) {
        return context.run(LINE, heads -> LINE.upgradePlan(heads, destination), migrations);
    }

    @DatabaseTest
    void aSecondConnectionWaitsForTheTimeoutAndSaysWhy(TestDatabase db) {
        Connection first = db.connect();
        Connection second = db.connect();
        DdlImpl dialect = Dialects.detect(first);
        VersionTable table = VersionTable.of(dialect, EnvironmentContext.builder().build());

        MigrationLock held = MigrationLock.acquire(first, dialect, table, SHORT);
        assertThat(held.name()).isEqualTo("migrate:" + db.schema() + ".migrate_version");
        long started = System.nanoTime();
        assertThatThrownBy(() -> MigrationLock.acquire(second, dialect, table, SHORT))
            .isInstanceOfSatisfying(MigrationLockTimeoutException.class, timeout -> {
                assertThat(timeout.lockName()).isEqualTo(held.name());
                assertThat(timeout.timeout()).isEqualTo(SHORT);
            })
            .hasMessage("Could not take the migration lock 'migrate:" + db.schema() + ".migrate_version' on "
                    + dialect.name() + " within 150 ms: another process is migrating this database. Wait for it to "
                    + "finish, raise the lock timeout (EnvironmentContext.Builder.lockTimeout), or turn the lock off "
                    + "(lockEnabled(false)) if only one process ever migrates this database");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(SHORT);

        held.release();
        MigrationLock.acquire(second, dialect, table, Duration.ZERO).release();
    }

    @DatabaseTest
    void theLockDiesWithTheConnectionHoldingIt(TestDatabase db) throws SQLException {
        Connection first = db.connect();
        Connection second = db.connect();
        DdlImpl dialect = Dialects.detect(first);
        VersionTable table = VersionTable.of(dialect, EnvironmentContext.builder().build());

        MigrationLock.acquire(first, dialect, table, SHORT);
        first.close();
        MigrationLock.acquire(second, dialect, table, PATIENT).release();
    }

    @DatabaseTest
    void eachVersionTableHasItsOwnLock(TestDatabase db) {
        Connection first = db.connect();
        Connection second = db.connect();
        DdlImpl dialect = Dialects.detect(first);
        MigrationLock.acquire(first, dialect, new VersionTable(dialect, null, "app_version", 255, true), SHORT);
        MigrationLock.acquire(second, dialect, new VersionTable(dialect, null, "audit_version", 255, true), SHORT)
            .release();
    }

    @DatabaseTest
    void aRunWaitsForTheLockUnlessItIsTurnedOff(TestDatabase db) {
        Connection holder = db.connect();
        DdlImpl dialect = Dialects.detect(holder);
        MigrationLock.acquire(holder, dialect, VersionTable.of(dialect, EnvironmentContext.builder().build()), SHORT);
        Map<String, SqlMigration> migrations = Map.of("r1", SqlMigration.table("t1"));

        MigrationContext waiting = MigrationContext.configure(db.connect(),
                EnvironmentContext.builder().lockTimeout(SHORT).build());
        assertThatThrownBy(() -> upgrade(waiting, "r1", revision -> migrations.get(revision.id())))
            .hasMessageStartingWith("Could not take the migration lock");
        assertThat(waiting.versionTable().exists(waiting.connection())).isFalse();

        MigrationContext unlocked = MigrationContext.configure(db.connect(),
                EnvironmentContext.builder().lockEnabled(false).build());
        assertThat(upgrade(unlocked, "r1", revision -> migrations.get(revision.id()))).containsExactly("r1");
    }

    @DatabaseTest
    void aDatabaseThatIsUpToDateIsAnsweredWithoutWaitingForTheLock(TestDatabase db) {
        Map<String, SqlMigration> migrations = Map.of("r1", SqlMigration.table("t1"), "r2", SqlMigration.table("t2"));
        MigrationContext first = MigrationContext.configure(db.connect(), EnvironmentContext.builder().build());
        upgrade(first, "r1", revision -> migrations.get(revision.id()));
        Connection holder = db.connect();
        MigrationLock.acquire(holder, first.dialect(), first.versionTable(), SHORT);

        MigrationContext booting = MigrationContext.configure(db.connect(),
                EnvironmentContext.builder().lockTimeout(SHORT).build());
        assertThat(upgrade(booting, "r1", revision -> migrations.get(revision.id()))).containsExactly("r1");
        assertThatThrownBy(() -> upgrade(booting, "r2", revision -> migrations.get(revision.id())))
            .hasMessageStartingWith("Could not take the migration lock");
        assertThat(booting.currentHeads()).containsExactly("r1");
    }

    @DatabaseTest
    void aRunReleasesTheLockAlsoWhenItFails(TestDatabase db) {
        MigrationContext context = MigrationContext.configure(db.connect(), EnvironmentContext.builder().build());
        SqlMigration broken = new SqlMigration(List.of("CREATE TABLE"), List.of());
        assertThatThrownBy(() -> upgrade(context, "r1", revision -> broken))
            .isInstanceOf(MigrationFailedException.class);

        Connection other = db.connect();
        MigrationLock.acquire(other, context.dialect(), context.versionTable(), Duration.ZERO).release();
    }

    @DatabaseTest({DatabaseKind.POSTGRESQL})
    void insideTheCallersTransactionTheLockEndsWithThatTransactionEvenAfterAFailure(TestDatabase db)
            throws SQLException {
        Connection connection = db.connect();
        connection.setAutoCommit(false);
        MigrationContext context = MigrationContext.configure(connection, EnvironmentContext.builder().build());
        Connection other = db.connect();

        upgrade(context, "r1", revision -> SqlMigration.table("t1"));
        assertThatThrownBy(() -> MigrationLock.acquire(other, context.dialect(), context.versionTable(), SHORT))
            .hasMessageStartingWith("Could not take the migration lock");
        connection.commit();
        MigrationLock.acquire(other, context.dialect(), context.versionTable(), Duration.ZERO).release();

        SqlMigration broken = new SqlMigration(List.of("CREATE TABLE"), List.of());
        assertThatThrownBy(() -> upgrade(context, "r2", revision -> broken))
            .isInstanceOf(MigrationFailedException.class);
        connection.rollback();
        MigrationLock.acquire(other, context.dialect(), context.versionTable(), Duration.ZERO).release();
    }

    @DatabaseTest
    void aDialectWithoutALockSaysHowToGoOn(TestDatabase db) {
        DdlImpl oracle = Dialects.named("oracle");
        assertThatThrownBy(() -> MigrationLock.acquire(db.connect(), oracle,
                new VersionTable(oracle, null, "migrate_version", 255, true), SHORT))
            .hasMessage("The oracle dialect has no migration lock; turn it off with "
                    + "EnvironmentContext.Builder.lockEnabled(false) and make sure only one process migrates the "
                    + "database at a time");
    }
}
