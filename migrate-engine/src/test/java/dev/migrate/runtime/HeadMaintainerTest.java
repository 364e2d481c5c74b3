package dev.migrate.runtime;

import static dev.migrate.script.Rev.map;
import static dev.migrate.script.Rev.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.migrate.MigrateException;
import dev.migrate.runtime.VersionChange.Delete;
import dev.migrate.runtime.VersionChange.Insert;
import dev.migrate.runtime.VersionChange.Update;
import dev.migrate.script.MigrationStep;
import dev.migrate.script.MigrationStep.RevisionStep;
import dev.migrate.script.MigrationStep.StampStep;
import dev.migrate.script.Revision;
import dev.migrate.script.RevisionMap;

/** Row bookkeeping per step: Alembic's HeadMaintainer rules (reference §2.7, §2.8) and its traversal tests. */
class HeadMaintainerTest {

    private static MigrationStep up(RevisionMap map, String id) {
        Revision revision = map.find(id).orElseThrow();
        return new RevisionStep(revision, true, revision.down(), List.of(id));
    }

    private static MigrationStep down(RevisionMap map, String id) {
        Revision revision = map.find(id).orElseThrow();
        return new RevisionStep(revision, false, List.of(id), revision.down());
    }

    @Nested
    class DocumentationExample {

        /** branches.rst: 27c6 and ae10 branch off 1975 and merge in 53ff. */
        private final RevisionMap map = map(rev("1975ea83b712"), rev("27c6a30d7c24").down("1975ea83b712"),
                rev("53fffde5ad5").down("ae1027a6acf", "27c6a30d7c24"), rev("ae1027a6acf").down("1975ea83b712"));

        @Test
        void upgradeFromEmptyToTheMergePoint() {
            HeadMaintainer maintainer = new HeadMaintainer(map, List.of());
            List<List<VersionChange>> changes = map.upgradePlan(List.of(), "53fffde5ad5").stream()
                    .map(maintainer::apply).toList();
            assertThat(changes).containsExactly(
                    List.of(new Insert("1975ea83b712")),
                    List.of(new Update("1975ea83b712", "27c6a30d7c24")),
                    List.of(new Insert("ae1027a6acf")),
                    List.of(new Delete("ae1027a6acf"), new Update("27c6a30d7c24", "53fffde5ad5")));
            assertThat(maintainer.heads()).containsExactly("53fffde5ad5");
        }

        @Test
        void downgradeFromTheMergePointToBase() {
            HeadMaintainer maintainer = new HeadMaintainer(map, List.of("53fffde5ad5"));
            List<List<VersionChange>> changes = map.downgradePlan(List.of("53fffde5ad5"), "base").stream()
                    .map(maintainer::apply).toList();
            assertThat(changes).containsExactly(
                    List.of(new Update("53fffde5ad5", "ae1027a6acf"), new Insert("27c6a30d7c24")),
                    List.of(new Delete("ae1027a6acf")),
                    List.of(new Update("27c6a30d7c24", "1975ea83b712")),
                    List.of(new Delete("1975ea83b712")));
            assertThat(maintainer.heads()).isEmpty();
        }
    }

    @Nested
    class Rules {

        private final RevisionMap map = map(rev("a"), rev("b").down("a"), rev("c1").down("b"), rev("c2").down("b"),
                rev("m").down("c1", "c2"), rev("x"));

        @Test
        void baseIsInserted() {
            HeadMaintainer maintainer = new HeadMaintainer(map, List.of("c1"));
            assertThat(maintainer.apply(up(map, "x"))).containsExactly(new Insert("x"));
            assertThat(maintainer.heads()).containsExactly("c1", "x");
        }

        @Test
        void childOfAHeadUpdatesIt() {
            HeadMaintainer maintainer = new HeadMaintainer(map, List.of("a"));
            assertThat(maintainer.apply(up(map, "b"))).containsExactly(new Update("a", "b"));
        }

        @Test
        void branchFromASupersededParentIsInserted() {
            HeadMaintainer maintainer = new HeadMaintainer(map, List.of("c1"));
            assertThat(maintainer.apply(up(map, "c2"))).containsExactly(new Insert("c2"));
            assertThat(maintainer.heads()).containsExactlyInAnyOrder("c1", "c2");
        }

        @Test
        void mergeDeletesAllButTheLastParent() {
            HeadMaintainer maintainer = new HeadMaintainer(map, List.of("c1", "c2"));
            assertThat(maintainer.apply(up(map, "m"))).containsExactly(new Delete("c1"), new Update("c2", "m"));
        }

        @Test
        void mergeWithOneParentImpliedUpdatesThePresentOne() {
            RevisionMap twoLines = map(rev("a"), rev("b").down("a"), rev("c").down("b"), rev("m").down("a", "x"),
                    rev("x"));
            HeadMaintainer maintainer = new HeadMaintainer(twoLines, List.of("c", "x"));
            assertThat(maintainer.apply(up(twoLines, "m"))).containsExactly(new Update("x", "m"));
        }

        @Test
        void unmergeUpdatesToTheFirstParentAndInsertsTheOthers() {
            HeadMaintainer maintainer = new HeadMaintainer(map, List.of("m"));
            assertThat(maintainer.apply(down(map, "m"))).containsExactly(new Update("m", "c1"), new Insert("c2"));
        }

        @Test
        void downgradeToAParentAnotherRowImpliesDeletesTheBranch() {
            HeadMaintainer maintainer = new HeadMaintainer(map, List.of("c1", "c2"));
            assertThat(maintainer.apply(down(map, "c2"))).containsExactly(new Delete("c2"));
            assertThat(maintainer.heads()).containsExactly("c1");
        }

        @Test
        void downgradeOfABaseDeletesIt() {
            HeadMaintainer maintainer = new HeadMaintainer(map, List.of("a", "x"));
            assertThat(maintainer.apply(down(map, "a"))).containsExactly(new Delete("a"));
        }

        @Test
        void downgradeToTheParentUpdates() {
            HeadMaintainer maintainer = new HeadMaintainer(map, List.of("c1"));
            assertThat(maintainer.apply(down(map, "c1"))).containsExactly(new Update("c1", "b"));
        }

        @Test
        void headsAreAStableReadOnlyView() {
            HeadMaintainer maintainer = new HeadMaintainer(map, List.of("x", "c2", "c1"));
            assertThat(maintainer.heads()).containsExactly("x", "c2", "c1");
            assertThatThrownBy(() -> maintainer.heads().add("a")).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Errors {

        private final RevisionMap map = map(rev("a"), rev("b").down("a"), rev("c").down("b"));

        @Test
        void upgradeToACurrentHead() {
            assertThatThrownBy(() -> new HeadMaintainer(map, List.of("b")).apply(up(map, "b")))
                    .isInstanceOf(MigrateException.class)
                    .hasMessage("Cannot upgrade to b: it is already a current head (current heads: b)");
        }

        @Test
        void upgradeWhoseParentIsNotApplied() {
            assertThatThrownBy(() -> new HeadMaintainer(map, List.of("a")).apply(up(map, "c")))
                    .hasMessage("Cannot upgrade to c: b, which it depends on, is not applied (current heads: a)");
            assertThatThrownBy(() -> new HeadMaintainer(map, List.of()).apply(up(map, "b")))
                    .hasMessage("Cannot upgrade to b: a, which it depends on, is not applied (current heads: none)");
        }

        @Test
        void downgradeOfARevisionThatIsNotAHead() {
            assertThatThrownBy(() -> new HeadMaintainer(map, List.of("c")).apply(down(map, "b")))
                    .hasMessage("Cannot downgrade b: it is not a current head (current heads: c)");
        }

        @Test
        void unknownRow() {
            assertThatThrownBy(() -> new HeadMaintainer(map, List.of("fake")))
                    .isInstanceOf(MigrateException.class)
                    .hasMessage("The version table holds 'fake', which is not a known revision; check the configured "
                            + "script locations, or stamp the database with --purge");
        }
    }

    @Nested
    class Stamps {

        private final RevisionMap map = map(rev("a"), rev("b").down("a"), rev("c1").down("b"), rev("c2").down("b"));

        @Test
        void toBaseDeletes() {
            HeadMaintainer maintainer = new HeadMaintainer(map, List.of("c1", "c2"));
            assertThat(maintainer.apply(new StampStep(List.of("c1"), List.of(), false, true)))
                    .containsExactly(new Delete("c1"));
        }

        @Test
        void newBranchInserts() {
            HeadMaintainer maintainer = new HeadMaintainer(map, List.of("c1"));
            assertThat(maintainer.apply(new StampStep(List.of(), List.of("c2"), true, true)))
                    .containsExactly(new Insert("c2"));
        }

        @Test
        void moveMergesThePresentRows() {
            HeadMaintainer maintainer = new HeadMaintainer(map, List.of("c1", "c2"));
            assertThat(maintainer.apply(new StampStep(List.of("c1", "c2"), List.of("a"), false, false)))
                    .containsExactly(new Delete("c1"), new Update("c2", "a"));
        }

        @Test
        void moveWhoseSourcesAreGoneInserts() {
            HeadMaintainer maintainer = new HeadMaintainer(map, List.of("c1"));
            assertThat(maintainer.apply(new StampStep(List.of("b"), List.of("c2"), true, false)))
                    .containsExactly(new Insert("c2"));
        }

        @Test
        void moveOntoAnExistingRowDropsTheSources() {
            HeadMaintainer maintainer = new HeadMaintainer(map, List.of("a", "c1"));
            assertThat(maintainer.apply(new StampStep(List.of("a"), List.of("c1"), true, false)))
                    .containsExactly(new Delete("a"));
            assertThat(maintainer.heads()).containsExactly("c1");
        }
    }

    @Nested
    class Traversals {

        @Test
        void twinMerge() {
            RevisionMap map = map(rev("a"), rev("b1").down("a"), rev("b2").down("a"), rev("b3").down("a"),
                    rev("c1").down("b1", "b2", "b3"), rev("c2").down("b1", "b2", "b3"), rev("d1").down("c1"),
                    rev("d2").down("c2"));
            HeadMaintainer maintainer = new HeadMaintainer(map, List.of("a"));
            assertHeadsAfterEachStep(map, maintainer,
                    new String[] {"b3", "b1", "b2", "c2", "d2", "c1", "d1"},
                    List.of(List.of("b3"), List.of("b1", "b3"), List.of("b1", "b2", "b3"), List.of("c2"),
                            List.of("d2"), List.of("c1", "d2"), List.of("d1", "d2")));
        }

        @Test
        void notQuiteTwinMerge() {
            RevisionMap map = map(rev("a"), rev("b1").down("a"), rev("b2").down("a"), rev("b3").down("a"),
                    rev("c1").down("b1", "b2"), rev("c2").down("b2", "b3"), rev("d1").down("c1"),
                    rev("d2").down("c2"));
            HeadMaintainer maintainer = new HeadMaintainer(map, List.of("a"));
            assertHeadsAfterEachStep(map, maintainer,
                    new String[] {"b2", "b3", "c2", "d2", "b1", "c1", "d1"},
                    List.of(List.of("b2"), List.of("b2", "b3"), List.of("c2"), List.of("d2"), List.of("b1", "d2"),
                            List.of("c1", "d2"), List.of("d1", "d2")));
        }

        private void assertHeadsAfterEachStep(RevisionMap map, HeadMaintainer maintainer, String[] upgrades,
                List<List<String>> expected) {
            for (int i = 0; i < upgrades.length; i++) {
                maintainer.apply(up(map, upgrades[i]));
                assertThat(maintainer.heads()).as("after %s", upgrades[i])
                        .containsExactlyInAnyOrderElementsOf(expected.get(i));
            }
        }

        @Test
        void downgradeToADependencyKeptByAnotherHead() {
            RevisionMap map = map(rev("c1"), rev("d1").down("c1"), rev("b2"), rev("c2").down("b2").dependsOn("c1"));
            HeadMaintainer maintainer = new HeadMaintainer(map, List.of("c2", "d1"));
            assertThat(maintainer.apply(down(map, "d1"))).containsExactly(new Delete("d1"));
            assertThat(maintainer.heads()).containsExactly("c2");
        }

        @Test
        void downgradeOfADependencyOnlyBaseReinsertsWhatNoOtherRowImplies() {
            RevisionMap map = map(rev("a3"), rev("amerge").down("a3"), rev("b1"), rev("b2"), rev("c1"),
                    rev("cmerge").down("c1"), rev("d1").dependsOn("a3", "b2", "c1"));
            HeadMaintainer maintainer = new HeadMaintainer(map, List.of("amerge", "d1", "b1", "cmerge"));
            assertThat(maintainer.apply(down(map, "d1"))).containsExactly(new Update("d1", "b2"));
            assertThat(maintainer.heads()).containsExactlyInAnyOrder("amerge", "b1", "b2", "cmerge");
        }

        @Test
        void upgradeOfADependencyOnlyBase() {
            RevisionMap map = map(rev("base1"), rev("a1").down("base1"), rev("b1").down("a1"),
                    rev("c2").dependsOn("a1"));
            assertThat(new HeadMaintainer(map, List.of("a1")).apply(up(map, "c2")))
                    .containsExactly(new Update("a1", "c2"));
            assertThat(new HeadMaintainer(map, List.of("b1")).apply(up(map, "c2"))).containsExactly(new Insert("c2"));
        }
    }
}
