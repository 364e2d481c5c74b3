package dev.migrate.runtime;

import static dev.migrate.script.Rev.map;
import static dev.migrate.script.Rev.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.migrate.MigrateException;
import dev.migrate.script.RevisionMap;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

/**
 * The version table after real runs on every database (reference §2.7, §2.8): the rows are read back on a connection
 * of their own after each run, and the tables the revisions create show which migrations ran. The graphs are those of
 * Alembic's branches.rst.
 */
class VersionBookkeepingTest {

    private static final String ACCOUNT = "1975ea83b712";
    private static final String CART = "27c6a30d7c24";
    private static final String CART_COLUMN = "d747a8a8879";
    private static final String COLUMN = "ae1027a6acf";
    private static final String ACCOUNT_COLUMN = "55af2cb1c267";
    private static final String MERGE = "53fffde5ad5";
    private static final String NETWORKING = "3cac04ae8714";
    private static final String IP = "109ec7d132bf";
    private static final String DNS = "29f859a13ea";
    private static final String IP_ACCOUNT = "2a95102259be";

    /** 27c6 and ae10 branch off 1975 and merge in 53ff. */
    private static final RevisionMap MERGED = map(rev(ACCOUNT), rev(CART).down(ACCOUNT), rev(COLUMN).down(ACCOUNT),
            rev(MERGE).down(COLUMN, CART));

    /**
     * The final tree of "Working with Multiple Bases": the shoppingcart branch (27c6, d747) and ae10 → 55af off
     * 1975, and the networking base 3cac → 109e → 29f8 → 2a95, where 2a95 depends on 55af.
     */
    private static final RevisionMap BASES = map(rev(ACCOUNT), rev(CART).down(ACCOUNT).labels("shoppingcart"),
            rev(CART_COLUMN).down(CART), rev(COLUMN).down(ACCOUNT), rev(ACCOUNT_COLUMN).down(COLUMN),
            rev(NETWORKING).labels("networking"), rev(IP).down(NETWORKING), rev(DNS).down(IP),
            rev(IP_ACCOUNT).down(DNS).dependsOn(ACCOUNT_COLUMN));

    @DatabaseTest
    void upgradeFromEmptyToAMergePointThroughBothBranches(TestDatabase db) throws SQLException {
        Project project = new Project(db, MERGED);
        assertThat(project.upgrade(MERGE)).containsExactly(MERGE);
        assertThat(project.rowsAfterEachStep()).containsExactly(Set.of(ACCOUNT), Set.of(CART), Set.of(CART, COLUMN),
                Set.of(MERGE));
        project.assertRows(MERGE);
        project.assertApplied(ACCOUNT, CART, COLUMN, MERGE);
    }

    @DatabaseTest
    void downgradeUnmergesThenFollowsTheRemainingBranch(TestDatabase db) throws SQLException {
        Project project = new Project(db, MERGED);
        project.upgrade(MERGE);
        assertThat(project.downgrade(ACCOUNT)).containsExactly(ACCOUNT);
        assertThat(project.rowsAfterEachStep()).containsExactly(Set.of(COLUMN, CART), Set.of(CART), Set.of(ACCOUNT));
        project.assertRows(ACCOUNT);
        project.assertApplied(ACCOUNT);
    }

    @DatabaseTest
    void downgradeToBaseLeavesAnEmptyVersionTable(TestDatabase db) throws SQLException {
        Project project = new Project(db, MERGED);
        project.upgrade(MERGE);
        assertThat(project.downgrade("base")).isEmpty();
        project.assertRows();
        assertThat(project.versionTableExists()).isTrue();
        project.assertApplied();
    }

    @DatabaseTest
    void upgradeOfOneBranchWithItsLabelLeavesTheOthersAlone(TestDatabase db) throws SQLException {
        Project project = new Project(db, BASES);
        project.upgrade("shoppingcart@head");
        project.assertRows(CART_COLUMN);
        project.assertApplied(ACCOUNT, CART, CART_COLUMN);

        project.upgrade(COLUMN.substring(0, 4) + "@head");
        assertThat(project.rowsAfterEachStep()).containsExactly(Set.of(CART_COLUMN, COLUMN),
                Set.of(CART_COLUMN, ACCOUNT_COLUMN));
        project.assertRows(CART_COLUMN, ACCOUNT_COLUMN);
        project.assertApplied(ACCOUNT, CART, CART_COLUMN, COLUMN, ACCOUNT_COLUMN);
    }

    @DatabaseTest
    void aHeadThatIsOnlyADependencyIsNeverStoredOnceItsDependentIsApplied(TestDatabase db) throws SQLException {
        Project project = new Project(db, BASES);
        project.upgrade("networking@head");
        project.assertRows(IP_ACCOUNT);
        project.assertApplied(ACCOUNT, COLUMN, ACCOUNT_COLUMN, NETWORKING, IP, DNS, IP_ACCOUNT);

        project.upgrade("heads");
        project.assertRows(IP_ACCOUNT, CART_COLUMN);
        project.assertApplied(ACCOUNT, COLUMN, ACCOUNT_COLUMN, NETWORKING, IP, DNS, IP_ACCOUNT, CART, CART_COLUMN);
    }

    @DatabaseTest
    void downgradeOfOneBaseWithItsLabelLeavesTheDependencyInPlace(TestDatabase db) throws SQLException {
        Project project = new Project(db, BASES);
        project.upgrade("heads");
        project.downgrade("networking@base");
        project.assertRows(CART_COLUMN, ACCOUNT_COLUMN);
        project.assertApplied(ACCOUNT, CART, CART_COLUMN, COLUMN, ACCOUNT_COLUMN);
    }

    @DatabaseTest
    void downgradeOneStepOnEachOfTwoBranches(TestDatabase db) throws SQLException {
        Project project = new Project(db, BASES);
        project.upgrade("heads");
        project.downgrade("networking@-1");
        project.assertRows(DNS, ACCOUNT_COLUMN, CART_COLUMN);
        project.downgrade("shoppingcart@-1");
        project.assertRows(DNS, ACCOUNT_COLUMN, CART);
        project.assertApplied(ACCOUNT, CART, COLUMN, ACCOUNT_COLUMN, NETWORKING, IP, DNS);
    }

    @DatabaseTest
    void stampUpAcrossAMergeAndDownAgainRunsNothing(TestDatabase db) throws SQLException {
        Project project = new Project(db, MERGED);
        assertThat(project.stamp(ACCOUNT)).containsExactly(ACCOUNT);
        project.assertRows(ACCOUNT);
        project.stamp(MERGE);
        project.assertRows(MERGE);
        project.stamp(CART);
        project.assertRows(CART);
        project.stamp(CART);
        assertThat(project.rowsAfterEachStep()).isEmpty();
        project.assertRows(CART);
        project.assertApplied();
    }

    @DatabaseTest
    void stampOfANewBranchAddsARowAndStampUpToTheirDescendantMergesThem(TestDatabase db) throws SQLException {
        Project project = new Project(db, BASES);
        project.stamp("shoppingcart@head");
        project.stamp(NETWORKING);
        project.assertRows(CART_COLUMN, NETWORKING);
        project.stamp(COLUMN);
        project.assertRows(CART_COLUMN, NETWORKING, COLUMN);
        project.stamp("networking@head");
        project.assertRows(CART_COLUMN, IP_ACCOUNT);
        project.stamp(COLUMN);
        project.assertRows(CART_COLUMN, COLUMN);
        project.assertApplied();
    }

    @DatabaseTest
    void stampHeadsDownToTheirCommonAncestorAndBackThenABranchsBaseThenBase(TestDatabase db) throws SQLException {
        Project project = new Project(db, BASES);
        project.stamp("heads");
        project.assertRows(CART_COLUMN, IP_ACCOUNT);
        project.stamp(ACCOUNT);
        project.assertRows(ACCOUNT);
        project.stamp("heads");
        project.assertRows(CART_COLUMN, IP_ACCOUNT);
        project.stamp("networking@base");
        project.assertRows(CART_COLUMN);
        assertThat(project.stamp("base")).isEmpty();
        project.assertRows();
        assertThat(project.versionTableExists()).isTrue();
        project.assertApplied();
    }

    @DatabaseTest
    void stampWithPurgeReplacesRowsTheMapDoesNotKnow(TestDatabase db) throws SQLException {
        Project project = new Project(db, BASES);
        project.stamp(CART_COLUMN);
        project.context.versionTable().insert(project.context.connection(), "ffffffffffff");

        assertThatThrownBy(() -> project.stamp("heads")).isInstanceOf(MigrateException.class)
            .hasMessage("No such revision or branch 'ffffffffffff'");
        project.assertRows(CART_COLUMN, "ffffffffffff");

        assertThat(project.context.stamp(BASES, List.of("heads"), true))
            .containsExactlyInAnyOrder(CART_COLUMN, IP_ACCOUNT);
        project.assertRows(CART_COLUMN, IP_ACCOUNT);
        assertThat(project.context.stamp(BASES, List.of("base"), true)).isEmpty();
        project.assertRows();
        project.assertApplied();
    }

    @DatabaseTest
    void stampWithPurgeCreatesAMissingVersionTable(TestDatabase db) throws SQLException {
        Project project = new Project(db, MERGED);
        assertThat(project.context.stamp(MERGED, List.of(CART), true)).containsExactly(CART);
        project.assertRows(CART);
    }

    /**
     * One test database migrated over one revision map, where each revision creates the table {@code t_<id>} and
     * drops it on the way down.
     */
    private static final class Project {

        private final TestDatabase db;
        private final RevisionMap map;
        private final MigrationContext context;
        private final List<Set<String>> rowsAfterEachStep = new ArrayList<>();

        Project(TestDatabase db, RevisionMap map) {
            this.db = db;
            this.map = map;
            EnvironmentContext environment = EnvironmentContext.builder()
                .listener((context, info) -> rowsAfterEachStep.add(
                        Set.copyOf(((MigrationContext) context).currentHeads())))
                .build();
            this.context = MigrationContext.configure(db.connect(), environment);
        }

        List<String> upgrade(String destination) {
            rowsAfterEachStep.clear();
            return context.run(map, heads -> map.upgradePlan(heads, destination),
                    revision -> SqlMigration.table("t_" + revision.id()));
        }

        List<String> downgrade(String destination) {
            rowsAfterEachStep.clear();
            return context.run(map, heads -> map.downgradePlan(heads, destination),
                    revision -> SqlMigration.table("t_" + revision.id()));
        }

        List<String> stamp(String destination) {
            rowsAfterEachStep.clear();
            return context.stamp(map, List.of(destination), false);
        }

        /** The version rows each step of the last run left, read inside its transaction. */
        List<Set<String>> rowsAfterEachStep() {
            return rowsAfterEachStep;
        }

        /** The version table's rows, read on a connection of their own. */
        void assertRows(String... ids) throws SQLException {
            try (Connection reader = db.connect()) {
                assertThat(context.versionTable().heads(reader)).containsExactlyInAnyOrder(ids);
            }
        }

        /** The revisions whose tables exist: those whose upgrade ran and whose downgrade did not. */
        void assertApplied(String... ids) throws SQLException {
            assertThat(MigrationContextTest.tables(db)).filteredOn(name -> name.startsWith("t_"))
                .map(name -> name.substring(2))
                .containsExactlyInAnyOrder(ids);
        }

        boolean versionTableExists() {
            return context.versionTable().exists(db.connect());
        }
    }
}
