package dev.migrate.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that need no database, run through the command line on compiled revision classes: the branch
 * example of Alembic's documentation (a base that branches into a plain branch and a labelled one).
 */
class GraphCommandsTest {

    @TempDir
    Path dir;

    private Project project;

    @BeforeEach
    void branchedProject() {
        project = new Project(dir)
            .revision("1975ea83b712", null, "message = \"create account table\"", null)
            .revision("ae1027a6acf", "\"1975ea83b712\"", "message = \"add a column\"", null)
            .revision("27c6a30d7c24", "\"1975ea83b712\"",
                    "branchLabels = \"shoppingcart\", message = \"add shopping cart table\"", null);
    }

    @Test
    void historyListsNewestFirstWithAlembicsLineFormat() {
        Project.Run run = project.run("history");

        assertThat(run.status()).isZero();
        assertThat(run.lines()).hasSize(3);
        assertThat(run.lines().subList(0, 2)).containsExactlyInAnyOrder(
                "1975ea83b712 -> 27c6a30d7c24 (shoppingcart) (head), add shopping cart table",
                "1975ea83b712 -> ae1027a6acf (head), add a column");
        assertThat(run.lines().get(2)).isEqualTo("<base> -> 1975ea83b712 (branchpoint), create account table");
    }

    @Test
    void historyRangeWithLabelNarrowsToTheBranch() {
        Project.Run run = project.run("history", "-r", "shoppingcart@base:shoppingcart@head");

        assertThat(run.lines()).containsExactly(
                "1975ea83b712 -> 27c6a30d7c24 (shoppingcart) (head), add shopping cart table",
                "<base> -> 1975ea83b712 (branchpoint), create account table");
    }

    @Test
    void historyWithoutColonIsRefused() {
        Project.Run run = project.run("history", "-r", "1975");

        assertThat(run.status()).isEqualTo(255);
        assertThat(run.err()).contains("FAILED: History range requires [start]:[end], [start]:, or :[end]");
    }

    @Test
    void headsMarksEachHeadWithItsLabels() {
        assertThat(project.run("heads").lines()).containsExactlyInAnyOrder(
                "27c6a30d7c24 (shoppingcart) (head)",
                "ae1027a6acf (head)");
    }

    @Test
    void branchesShowsTheBranchPointAndItsChildren() {
        List<String> lines = project.run("branches").lines();

        assertThat(lines.get(0)).isEqualTo("1975ea83b712 (branchpoint)");
        assertThat(lines.subList(1, 3)).containsExactlyInAnyOrder(
                "             -> 27c6a30d7c24 (shoppingcart) (head)",
                "             -> ae1027a6acf (head)");
    }

    @Test
    void showPrintsTheLogEntry() {
        Project.Run run = project.run("show", "1975");

        assertThat(run.out()).startsWith("Rev: 1975ea83b712 (branchpoint)\nParent: <base>\nBranches into: ")
            .contains("Path: db.migrate.V1975ea83b712\n\n    create account table\n");
    }

    @Test
    void unknownRevisionIsNamed() {
        Project.Run run = project.run("show", "nope");

        assertThat(run.status()).isEqualTo(255);
        assertThat(run.err()).isEqualTo("FAILED: Can't locate revision identified by 'nope'\n");
    }

    @Test
    void newRevisionOnSeveralHeadsNeedsAHead() {
        Project.Run run = project.run("revision", "-m", "add phone");

        assertThat(run.status()).isEqualTo(255);
        assertThat(run.err()).contains("FAILED: Multiple heads are present; please specify the head revision on which "
                + "the new revision should be based, or perform a merge.");
        assertThat(project.sourceDirectory()).doesNotExist();
    }

    @Test
    void revisionOnALabelledHeadThenMergeLeavesOneHead() throws Exception {
        Project.Run revision = project.run("revision", "-m", "add phone", "--head", "shoppingcart@head",
                "--rev-id", "3f1a9c2b7d10");
        Path written = project.sourceDirectory().resolve("db/migrate/V3f1a9c2b7d10_AddPhone.java");
        assertThat(revision.status()).isZero();
        assertThat(revision.out()).contains("Generating " + written);
        assertThat(Files.readString(written)).contains("id = \"3f1a9c2b7d10\"", "down = \"27c6a30d7c24\"");

        assertThat(project.run("heads").lines()).containsExactlyInAnyOrder(
                "3f1a9c2b7d10 (shoppingcart) (head)",
                "ae1027a6acf (head)");

        Project.Run merge = project.run("merge", "heads", "-m", "merge branches", "--rev-id", "53fffde5ad5");
        assertThat(merge.status()).isZero();
        assertThat(project.run("heads").lines()).containsExactly("53fffde5ad5 (shoppingcart) (head)");
        assertThat(project.run("history", "-r", "53ff:").lines()).singleElement().asString()
            .endsWith("-> 53fffde5ad5 (shoppingcart) (head) (mergepoint), merge branches");
    }

    @Test
    void revisionOnANonHeadNeedsSplice() {
        Project.Run refused = project.run("revision", "-m", "fork", "--head", "1975ea83b712");
        assertThat(refused.err()).contains("FAILED: Revision 1975ea83b712 is not a head revision; please specify "
                + "--splice to create a new branch from this revision");

        Project.Run spliced = project.run("revision", "-m", "fork", "--head", "1975ea83b712", "--splice",
                "--rev-id", "aaaa11112222");
        assertThat(spliced.status()).isZero();
        assertThat(project.run("branches").lines().subList(1, 4)).contains("             -> aaaa11112222 (head)");
    }

    @Test
    void newRootWithDependencyKeepsTheLabel() throws Exception {
        Project.Run run = project.run("revision", "-m", "networking", "--head", "base", "--depends-on",
                "shoppingcart", "--branch-label", "networking", "--rev-id", "bbbb11112222");

        assertThat(run.status()).isZero();
        String source = Files.readString(project.sourceDirectory().resolve("db/migrate/V"
                + "bbbb11112222_Networking.java"));
        assertThat(source).contains("dependsOn = \"shoppingcart\"", "branchLabels = \"networking\"")
            .doesNotContain("down =");
        assertThat(project.run("show", "networking").out()).contains("Also depends on: 27c6a30d7c24");
    }

    @Test
    void severalLocationsNeedAVersionPathUnlessTheParentHasOne() {
        Project twoLocations = new Project(dir.resolve("two"))
            .revision("db.migrate", "aaaa00000001", null, null, null)
            .revision("db.seed", "bbbb00000001", null, "branchLabels = \"seed\"", null)
            .locations("db.migrate", "db.seed");

        Project.Run root = twoLocations.run("revision", "-m", "new root", "--head", "base");
        assertThat(root.err()).contains("FAILED: Multiple version locations present, please specify --version-path");

        Project.Run wrong = twoLocations.run("revision", "-m", "x", "--head", "base", "--version-path", "db.other");
        assertThat(wrong.err()).contains("FAILED: Path db.other is not represented in current version locations "
                + "(db.migrate, db.seed)");

        Project.Run onSeed = twoLocations.run("revision", "-m", "more seed", "--head", "seed@head", "--rev-id",
                "bbbb00000002");
        assertThat(onSeed.status()).as(onSeed.err()).isZero();
        assertThat(twoLocations.sourceDirectory().resolve("db/seed/Vbbbb00000002_MoreSeed.java")).exists();
        assertThat(twoLocations.run("heads").lines()).containsExactlyInAnyOrder("aaaa00000001 (head)",
                "bbbb00000002 (seed) (head)");
    }

    @Test
    void existingRevisionIdIsRefused() {
        Project.Run run = project.run("revision", "-m", "again", "--head", "ae1027a6acf", "--rev-id", "27c6a30d7c24");

        assertThat(run.err()).contains("FAILED: Revision 27c6a30d7c24 is already present (db.migrate.V27c6a30d7c24)");
    }

    @Test
    void helpListsEveryCommandAndUnknownCommandIsAUsageError() {
        Project.Run help = project.run("--help");
        assertThat(help.status()).isZero();
        for (CommandSpec command : CommandLine.Catalog.COMMANDS) {
            assertThat(help.out()).contains("  " + command.name());
        }

        Project.Run unknown = project.run("upgrayedd");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("migrate: error: argument command: invalid choice: 'upgrayedd'");
    }

    @Test
    void commandsThatNeedADatabaseSayHowToConfigureOne() {
        Project.Run run = project.run("current");

        assertThat(run.status()).isEqualTo(255);
        assertThat(run.err()).contains("FAILED: No database configured: set 'url'");
    }
}
