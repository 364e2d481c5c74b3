package dev.migrate.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

/**
 * {@code --sql} through the command line: the script on standard output, no connection, Alembic's restrictions, and
 * the printed script run on each database.
 */
class OfflineCommandsTest {

    /** Nothing listens on port 1: a command that tried to connect would fail. */
    private static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:1/nowhere";

    private static final String UPGRADE_TO_HEAD = """
            BEGIN;

            CREATE TABLE migrate_version (version_num VARCHAR(255) NOT NULL, CONSTRAINT migrate_version_pkc PRIMARY \
            KEY (version_num));

            -- Running upgrade  -> aaa111

            CREATE TABLE t_a (id INTEGER);

            INSERT INTO migrate_version (version_num) VALUES ('aaa111');

            -- Running upgrade aaa111 -> bbb222

            CREATE TABLE t_b (id INTEGER);

            UPDATE migrate_version SET version_num = 'bbb222' WHERE version_num = 'aaa111';

            -- Running upgrade bbb222 -> ccc333

            CREATE TABLE t_c (id INTEGER);

            UPDATE migrate_version SET version_num = 'ccc333' WHERE version_num = 'bbb222';

            COMMIT;

            """;

    @TempDir
    Path dir;

    private Project project() {
        return new Project(dir)
            .revision("aaa111", null, "message = \"create a\"", "CREATE TABLE t_a (id INTEGER)")
            .revision("bbb222", "\"aaa111\"", "message = \"create b\"", "CREATE TABLE t_b (id INTEGER)")
            .revision("ccc333", "\"bbb222\"", "message = \"create c\"", "CREATE TABLE t_c (id INTEGER)");
    }

    @Test
    void upgradeWritesTheScriptForTheUrlsDialectWithoutConnecting() {
        Project project = project().database(UNREACHABLE, "nobody", null);

        Project.Run run = project.run("upgrade", "head", "--sql");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(UPGRADE_TO_HEAD);
        assertThat(project.run("upgrade", "base:head", "--sql").out()).isEqualTo(UPGRADE_TO_HEAD);
    }

    @Test
    void aRangeStartsWhereItSaysAndQuietStillPrintsTheScript() {
        Project.Run run = project().database(UNREACHABLE, "nobody", null).run("-q", "upgrade", "--sql", "bbb2:head");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                BEGIN;

                -- Running upgrade bbb222 -> ccc333

                CREATE TABLE t_c (id INTEGER);

                UPDATE migrate_version SET version_num = 'ccc333' WHERE version_num = 'bbb222';

                COMMIT;

                """);
    }

    @Test
    void downgradeNeedsAStartAndEnd() {
        Project project = project().dialect("sqlite");

        Project.Run refused = project.run("downgrade", "--sql", "aaa111");
        Project.Run range = project.run("downgrade", "--sql", "ccc333:aaa111");

        assertThat(refused.status()).isEqualTo(255);
        assertThat(refused.err()).isEqualTo("FAILED: downgrade with --sql requires <fromrev>:<torev>\n");
        assertThat(range.status()).as(range.err()).isZero();
        assertThat(range.out()).isEqualTo("""
                -- Running downgrade ccc333 -> bbb222

                UPDATE migrate_version SET version_num = 'bbb222' WHERE version_num = 'ccc333';

                -- Running downgrade bbb222 -> aaa111

                UPDATE migrate_version SET version_num = 'aaa111' WHERE version_num = 'bbb222';

                """);
    }

    @Test
    void stampTakesOneStartForAllItsRevisionsAndRefusesPurge() {
        Project project = project().dialect("h2");

        assertThat(project.run("stamp", "--sql", "aaa111:ccc333").out()).isEqualTo("""
                -- Running stamp_revision aaa111 -> ccc333

                UPDATE migrate_version SET version_num = 'ccc333' WHERE version_num = 'aaa111';

                """);
        assertThat(project.run("stamp", "--sql", "bbb222").out())
            .startsWith("CREATE TABLE migrate_version ")
            .endsWith("INSERT INTO migrate_version (version_num) VALUES ('bbb222');\n\n");
        assertThat(project.run("stamp", "--sql", "aaa111:bbb222", "bbb222:ccc333").err())
            .isEqualTo("FAILED: Stamp operation with --sql only supports a single starting revision at a time\n");
        assertThat(project.run("stamp", "--sql", "--purge", "bbb222").err())
            .isEqualTo("FAILED: Can't use --purge with --sql mode\n");
    }

    @Test
    void ensureVersionWritesTheCreateTableOfTheConfiguredDialect() {
        Project.Run run = project().dialect("mssql").database(UNREACHABLE, null, null).run("ensure_version", "--sql");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                BEGIN TRANSACTION;

                CREATE TABLE migrate_version (version_num VARCHAR(255) NOT NULL, CONSTRAINT migrate_version_pkc \
                PRIMARY KEY (version_num));
                GO

                COMMIT;
                GO

                """);
    }

    @Test
    void withoutDialectOrUrlOrWithAnUnknownDialectTheFailureSaysWhatToSet() {
        Project.Run unknown = project().dialect("db2").run("upgrade", "head", "--sql");
        Project.Run none = project().run("upgrade", "head", "--sql");

        assertThat(unknown.err()).isEqualTo("FAILED: No dialect named 'db2'; known are postgresql, mysql, mariadb, h2, "
                + "sqlite, mssql, oracle\n");
        assertThat(none.status()).isEqualTo(255);
        assertThat(none.err()).isEqualTo("FAILED: --sql needs to know the database: set 'dialect' (one of "
                + "postgresql, mysql, mariadb, h2, sqlite, mssql, oracle) or 'url' in migrate.properties or the file "
                + "given with -c\n");
    }

    @Test
    void helpListsTheOption() {
        assertThat(project().run("upgrade", "--help").out())
            .contains("usage: migrate upgrade [-h] revision [--sql] [--tag TAG]")
            .contains("  --sql ");
    }

    @DatabaseTest
    void thePrintedScriptBringsTheDatabaseToTheHead(TestDatabase db) throws SQLException {
        Project project = project().database(db.url(), db.user(), db.password());

        Project.Run script = project.run("upgrade", "heads", "--sql");
        db.executeScript(script.out());

        assertThat(script.status()).as(script.err()).isZero();
        assertThat(project.run("current").lines()).containsExactly("ccc333 (head)");
        assertThat(project.run("upgrade", "heads").lines()).as("nothing is left to run").isEmpty();
    }
}
