package dev.migrate.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

/**
 * The commands that use the database, run through the command line against each database: a linear history of
 * three revisions, each creating a table.
 */
class OnlineCommandsTest {

    @TempDir
    Path dir;

    private Project project(TestDatabase db) {
        return new Project(dir)
            .revision("aaa111", null, "message = \"create a\"", "CREATE TABLE t_a (id INTEGER)")
            .revision("bbb222", "\"aaa111\"", "message = \"create b\"", "CREATE TABLE t_b (id INTEGER)")
            .revision("ccc333", "\"bbb222\"", "message = \"create c\"", "CREATE TABLE t_c (id INTEGER)")
            .database(db.url(), db.user(), db.password());
    }

    @DatabaseTest
    void upgradeRunsEachPendingRevisionAndCurrentShowsTheHead(TestDatabase db) throws SQLException {
        Project project = project(db);

        Project.Run upgrade = project.run("upgrade", "head");

        assertThat(upgrade.status()).as(upgrade.err()).isZero();
        assertThat(upgrade.lines()).containsExactly(
                "Running upgrade  -> aaa111, create a",
                "Running upgrade aaa111 -> bbb222, create b",
                "Running upgrade bbb222 -> ccc333, create c");
        assertThat(versionRows(db)).containsExactly("ccc333");
        assertThat(tableExists(db, "t_c")).isTrue();
        assertThat(project.run("current").lines()).containsExactly("ccc333 (head)");
        assertThat(project.run("upgrade", "head").lines()).isEmpty();
    }

    @DatabaseTest
    void currentOnAnEmptyDatabaseCreatesNothing(TestDatabase db) throws SQLException {
        Project.Run run = project(db).run("current");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.lines()).isEmpty();
        assertThat(tableExists(db, "migrate_version")).isFalse();
    }

    @DatabaseTest
    void relativeUpgradeAndDowngradeMoveStepByStep(TestDatabase db) throws SQLException {
        Project project = project(db);

        project.run("upgrade", "+2");
        assertThat(versionRows(db)).containsExactly("bbb222");

        Project.Run downgrade = project.run("downgrade", "-1");
        assertThat(downgrade.lines()).containsExactly("Running downgrade bbb222 -> aaa111, create b");
        assertThat(versionRows(db)).containsExactly("aaa111");

        project.run("downgrade", "base");
        assertThat(versionRows(db)).isEmpty();
        assertThat(tableExists(db, "migrate_version")).as("the version table is never dropped").isTrue();
    }

    @DatabaseTest
    void stampMovesTheVersionWithoutRunningMigrations(TestDatabase db) throws SQLException {
        Project project = project(db);

        Project.Run stamp = project.run("stamp", "bbb2");

        assertThat(stamp.status()).as(stamp.err()).isZero();
        assertThat(versionRows(db)).containsExactly("bbb222");
        assertThat(tableExists(db, "t_a")).isFalse();

        project.run("upgrade", "heads");
        assertThat(tableExists(db, "t_c")).isTrue();
        assertThat(tableExists(db, "t_b")).as("stamped revisions do not run").isFalse();

        project.run("stamp", "base");
        assertThat(versionRows(db)).isEmpty();
    }

    @DatabaseTest
    void stampPurgeReplacesARevisionTheCodeDoesNotKnow(TestDatabase db) throws SQLException {
        Project project = project(db);
        project.run("stamp", "aaa111");
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE migrate_version SET version_num = 'fff999'");
        }

        Project.Run refused = project.run("upgrade", "head");
        assertThat(refused.err()).contains("FAILED: Can't locate revision identified by 'fff999'");
        assertThat(versionRows(db)).containsExactly("fff999");

        Project.Run purged = project.run("stamp", "--purge", "bbb222");
        assertThat(purged.status()).as(purged.err()).isZero();
        assertThat(versionRows(db)).containsExactly("bbb222");
    }

    @DatabaseTest
    void checkHeadsFailsWhileTheDatabaseIsBehind(TestDatabase db) {
        Project project = project(db);
        project.run("upgrade", "aaa111");

        Project.Run run = project.run("current", "--check-heads");

        assertThat(run.status()).isEqualTo(255);
        assertThat(run.err()).contains("FAILED: Database is not on all head revisions");
    }

    @DatabaseTest
    void historyIndicatesAndRangesFromTheCurrentRevision(TestDatabase db) {
        Project project = project(db);
        project.run("upgrade", "bbb222");

        assertThat(project.run("history", "-i").lines()).containsExactly(
                "bbb222 -> ccc333 (head), create c",
                "aaa111 -> bbb222 (current), create b",
                "<base> -> aaa111, create a");
        assertThat(project.run("history", "-r", "current:").lines()).containsExactly(
                "bbb222 -> ccc333 (head), create c",
                "aaa111 -> bbb222, create b");
        assertThat(project.run("show", "current").out()).startsWith("Rev: bbb222\nParent: aaa111\n");
    }

    @DatabaseTest
    void rangesAndUnknownTargetsAreRefusedAndChangeNothing(TestDatabase db) throws SQLException {
        Project project = project(db);
        project.run("upgrade", "aaa111");

        Project.Run range = project.run("upgrade", "aaa111:ccc333");
        assertThat(range.err()).contains("FAILED: Range revision not allowed");

        Project.Run unknown = project.run("upgrade", "zzzz");
        assertThat(unknown.status()).isEqualTo(255);
        assertThat(unknown.err()).contains("FAILED: Can't locate revision identified by 'zzzz'");
        assertThat(versionRows(db)).containsExactly("aaa111");
    }

    @DatabaseTest
    void aBrokenGraphFailsTheUpgradeWithItsOwnMessageAndTouchesNothing(TestDatabase db) throws SQLException {
        Project project = project(db)
            .revision("ddd444", "\"cccXXX\"", "message = \"create d\"", "CREATE TABLE t_d (id INTEGER)");

        Project.Run upgrade = project.run("upgrade", "heads");

        assertThat(upgrade.status()).isEqualTo(255);
        assertThat(upgrade.err()).contains("FAILED: Revision cccXXX referenced from ddd444 is not present");
        assertThat(tableExists(db, "migrate_version")).isFalse();
        assertThat(tableExists(db, "t_a")).isFalse();
    }

    @DatabaseTest
    void ensureVersionCreatesTheEmptyVersionTable(TestDatabase db) throws SQLException {
        Project.Run run = project(db).run("ensure_version");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(tableExists(db, "migrate_version")).isTrue();
        assertThat(versionRows(db)).isEmpty();
    }

    private static List<String> versionRows(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version_num FROM migrate_version")) {
            List<String> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        }
    }

    private static boolean tableExists(TestDatabase db, String table) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0").close();
            return true;
        }
        catch (SQLException ex) {
            return false;
        }
    }
}
