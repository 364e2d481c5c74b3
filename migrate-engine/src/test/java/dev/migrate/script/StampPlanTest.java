package dev.migrate.script;

import static dev.migrate.script.Rev.map;
import static dev.migrate.script.Rev.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.migrate.runtime.HeadMaintainer;
import dev.migrate.runtime.VersionChange;
import dev.migrate.runtime.VersionChange.Delete;
import dev.migrate.runtime.VersionChange.Insert;
import dev.migrate.runtime.VersionChange.Update;
import dev.migrate.script.MigrationStep.StampStep;

/** Stamp plans and the rows they move (Alembic's _stamp_revs tests of test_version_traversal and test_command). */
class StampPlanTest {

    /** The row changes of stamping {@code destinations} over {@code rows}, all steps together. */
    static List<VersionChange> changes(RevisionMap map, List<String> rows, String... destinations) {
        HeadMaintainer maintainer = new HeadMaintainer(map, rows);
        List<VersionChange> changes = new ArrayList<>();
        for (MigrationStep step : map.stampPlan(rows, List.of(destinations))) {
            changes.addAll(maintainer.apply(step));
        }
        return changes;
    }

    @Test
    void stampToBaseDeletesTheRow() {
        RevisionMap map = RevisionMapResolutionTest.chain();
        assertThat(map.stampPlan(List.of("d"), List.of("base")))
                .containsExactly(new StampStep(List.of("d"), List.of(), false, true));
        assertThat(changes(map, List.of("d"), "base")).containsExactly(new Delete("d"));
        assertThat(map.stampPlan(List.of("d"), List.of())).containsExactly(new StampStep(List.of("d"), List.of(),
                false, true));
    }

    @Test
    void stampUpAndDownALine() {
        RevisionMap map = RevisionMapResolutionTest.chain();
        assertThat(changes(map, List.of(), "c")).containsExactly(new Insert("c"));
        assertThat(changes(map, List.of("a"), "d")).containsExactly(new Update("a", "d"));
        assertThat(changes(map, List.of("d"), "a")).containsExactly(new Update("d", "a"));
        assertThat(changes(map, List.of("d"), "d")).isEmpty();
        assertThat(changes(map, List.of("a"), "head")).containsExactly(new Update("a", "e"));
        assertThat(changes(map, List.of(), "b+1")).containsExactly(new Insert("c"));
    }

    @Nested
    class Branched {

        private final RevisionMap map = RevisionMapResolutionTest.branched();

        @Test
        void downAcrossBranchesToTheBranchPoint() {
            assertThat(map.stampPlan(List.of("d1", "c2"), List.of("b")))
                    .containsExactly(new StampStep(List.of("d1", "c2"), List.of("b"), false, false));
            assertThat(changes(map, List.of("d1", "c2"), "b")).containsExactly(new Delete("d1"), new Update("c2", "b"));
        }

        @Test
        void toALabelledBaseRemovesOnlyThatBranch() {
            assertThat(map.stampPlan(List.of("d1", "c2"), List.of("c1branch@base")))
                    .containsExactly(new StampStep(List.of("d1"), List.of(), false, true));
            assertThat(changes(map, List.of("d1", "c2"), "c1branch@base")).containsExactly(new Delete("d1"));
        }

        @Test
        void toALabelledHeadMovesOnlyThatBranch() {
            assertThat(changes(map, List.of("d1", "c2"), "c2branch@head")).containsExactly(new Update("c2", "d2"));
        }

        @Test
        void ambiguousHead() {
            assertThatThrownBy(() -> map.stampPlan(List.of(), List.of("head")))
                    .isInstanceOfSatisfying(MultipleHeadsException.class,
                            e -> assertThat(e.heads()).containsExactly("d1", "d2"))
                    .hasMessage("Multiple heads are present; please specify a single target revision");
        }
    }

    @Nested
    class Merged {

        private final RevisionMap map = map(rev("a"), rev("b").down("a"), rev("c1").down("b"), rev("d1").down("c1"),
                rev("c2").down("b").labels("c2branch"), rev("d2").down("c2"), rev("e").down("d1", "d2"),
                rev("f").down("e"));

        @Test
        void downAcrossTheMergePoint() {
            assertThat(changes(map, List.of("e"), "c2")).containsExactly(new Update("e", "c2"));
            assertThat(changes(map, List.of("e"), "a")).containsExactly(new Update("e", "a"));
        }

        @Test
        void upAcrossTheMergePoint() {
            assertThat(changes(map, List.of("c2"), "e")).containsExactly(new Update("c2", "e"));
            assertThat(changes(map, List.of("d1", "c2"), "e")).containsExactly(new Delete("d1"), new Update("c2", "e"));
            assertThat(changes(map, List.of("b"), "e")).containsExactly(new Update("b", "e"));
        }

        @Test
        void labelledHeadAcrossTheMergeFromBothBranches() {
            assertThat(changes(map, List.of("d1", "c2"), "c2branch@head"))
                    .containsExactly(new Delete("d1"), new Update("c2", "f"));
        }
    }

    @Test
    void acrossADependency() {
        RevisionMap map = map(rev("a1").labels("lib1"), rev("b1").down("a1"), rev("c1").down("b1"), rev("a2"),
                rev("b2").down("a2"), rev("c2").down("b2").dependsOn("c1"), rev("d1").down("c1"), rev("e1").down("d1"),
                rev("f1").down("e1"));
        assertThat(Plans.stamp(map, List.of("e1", "c2"), "b1")).containsExactly("b1");
    }

    @Test
    void forestOfTwoRoots() {
        RevisionMap map = map(rev("a1"), rev("b1").down("a1"), rev("a2"), rev("b2").down("a2"));
        assertThat(map.stampPlan(List.of(), List.of("heads"))).extracting(MigrationStep::to)
                .containsExactlyInAnyOrder(List.of("b1"), List.of("b2"));
        assertThat(map.stampPlan(List.of("b1", "b2"), List.of("heads"))).isEmpty();
        assertThat(changes(map, List.of(), "b1@head")).containsExactly(new Insert("b1"));
    }

    @Nested
    class MultipleHeads {

        /** a → b → c, b → d → e, b → f: Alembic's multi_heads_fixture. */
        private final RevisionMap map = map(rev("a"), rev("b").down("a"), rev("c").down("b"), rev("d").down("b"),
                rev("e").down("d"), rev("f").down("b"));

        @Test
        void heads() {
            assertThat(changes(map, List.of(), "heads")).containsExactly(new Insert("c"), new Insert("e"),
                    new Insert("f"));
        }

        @Test
        void nonsensicalDestinationsAreStampedAsGiven() {
            assertThat(changes(map, List.of(), "a", "e", "f")).containsExactly(new Insert("a"), new Insert("e"),
                    new Insert("f"));
        }

        @Test
        void fromARealAncestor() {
            assertThat(changes(map, List.of("a"), "e", "f")).containsExactly(new Update("a", "e"), new Insert("f"));
            assertThat(changes(map, List.of("b"), "c", "e", "f")).containsExactly(new Update("b", "c"),
                    new Insert("e"), new Insert("f"));
        }

        @Test
        void versionAlreadyThere() {
            assertThat(changes(map, List.of("c", "e"), "c", "e")).isEmpty();
        }

        @Test
        void headsOverRowsOnDifferentBranchesKeepsEveryBranch() {
            // Alembic merges every filtered row into the first destination here and loses c.
            assertThat(Plans.stamp(map, List.of("c", "d"), "heads")).containsExactlyInAnyOrder("c", "e", "f");
            assertThat(changes(map, List.of("c", "d"), "heads")).containsExactly(new Update("d", "e"),
                    new Insert("f"));
        }
    }

    @Test
    void twoRootsOneLabelledHead() {
        RevisionMap map = map(rev("a1"), rev("b1").down("a1"), rev("c1").down("b1"), rev("a2"), rev("b2").down("a2"),
                rev("c2").down("b2"));
        assertThat(changes(map, List.of(), "heads")).containsExactly(new Insert("c1"), new Insert("c2"));
        assertThat(changes(map, List.of(), "c1@head")).containsExactly(new Insert("c1"));
    }

    @Test
    void twinMergesFromTheSameParents() {
        RevisionMap map = map(rev("a"), rev("b1").down("a"), rev("b2").down("a"), rev("b3").down("a"),
                rev("c1").down("b1", "b2"), rev("c2").down("b2", "b3"));
        assertThat(Plans.stamp(map, List.of("b1", "b2", "b3"), "heads")).containsExactlyInAnyOrder("c1", "c2");
    }
}
