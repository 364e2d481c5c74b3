package dev.migrate.script;

import static dev.migrate.script.Rev.ids;
import static dev.migrate.script.Rev.map;
import static dev.migrate.script.Rev.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.migrate.MigrateException;

/** Building and validating the graph, and the structural facts it answers (Alembic's test_revision.py). */
class RevisionMapBuildTest {

    @Nested
    class Validation {

        @Test
        void duplicateIdIsRejectedNamingBothClasses() {
            assertThatThrownBy(() -> map(rev("a").className("db.V1_First"), rev("b").down("a"),
                    rev("a").className("db.V2_Second")))
                    .isInstanceOf(RevisionException.class)
                    .hasMessage("Revision a is present more than once (db.V1_First and db.V2_Second); "
                            + "give each revision its own id");
        }

        @Test
        void duplicateIdWithoutClassesKeepsAlembicsSentence() {
            assertThatThrownBy(() -> map(rev("a"), rev("a")))
                    .hasMessageStartingWith("Revision a is present more than once;");
        }

        @Test
        void missingParentIsRejected() {
            assertThatThrownBy(() -> map(rev("a"), rev("b").down("zz")))
                    .isInstanceOf(RevisionException.class)
                    .hasMessage("Revision zz referenced from b is not present");
        }

        @Test
        void missingDependencyIsRejected() {
            assertThatThrownBy(() -> map(rev("a"), rev("b").down("a").dependsOn("nolabel")))
                    .hasMessage("Revision nolabel referenced from b is not present");
        }

        @Test
        void duplicateBranchLabelIsRejected() {
            assertThatThrownBy(() -> map(rev("a"), rev("b").down("a"), rev("c").down("b").labels("xy1"), rev("d"),
                    rev("e").down("d").labels("xy1"), rev("f").down("e")))
                    .isInstanceOf(RevisionException.class)
                    .hasMessage("Branch name 'xy1' in revision e already used by revision c");
        }

        @Test
        void branchLabelEqualToARevisionIdIsRejected() {
            assertThatThrownBy(() -> map(rev("abcd"), rev("b").down("abcd").labels("abcd")))
                    .hasMessage("Branch name 'abcd' in revision b already used by revision abcd");
        }

        @Test
        void selfLoops() {
            assertSelfLoop("a", rev("a").down("a"));
            assertSelfLoop("a", rev("a").down("a"), rev("b").down("a"), rev("c").down("b"));
            assertSelfLoop("c", rev("a"), rev("b").down("a"), rev("c").down("b", "c"));
            assertSelfLoop("b", rev("a"), rev("b").down("a", "b"), rev("c1").down("b"), rev("c2").down("b"));
            assertSelfLoop("c", rev("a"), rev("b1").down("a"), rev("b2").down("a"), rev("c").down("b1", "b2", "c"));
        }

        private void assertSelfLoop(String revision, Rev... revisions) {
            assertThatThrownBy(() -> map(revisions))
                    .isInstanceOfSatisfying(CycleDetectedException.class, e -> {
                        assertThat(e.revisions()).containsExactly(revision);
                        assertThat(e.dependency()).isFalse();
                    })
                    .hasMessage("Self-loop is detected in revisions (" + revision + ")");
        }

        @Test
        void dependencySelfLoops() {
            assertDependencySelfLoop("a", rev("a").dependsOn("a"));
            assertDependencySelfLoop("a", rev("a").dependsOn("a"), rev("b").down("a"), rev("c").down("b"));
            assertDependencySelfLoop("c", rev("a"), rev("b").down("a"), rev("c").down("b").dependsOn("c"));
            assertDependencySelfLoop("b", rev("a"), rev("b").down("a").dependsOn("b"), rev("c1").down("b"),
                    rev("c2").down("b"));
            assertDependencySelfLoop("c", rev("a"), rev("b1").down("a"), rev("b2").down("a"),
                    rev("c").down("b1", "b2").dependsOn("c"));
        }

        private void assertDependencySelfLoop(String revision, Rev... revisions) {
            assertThatThrownBy(() -> map(revisions))
                    .isInstanceOfSatisfying(CycleDetectedException.class, e -> assertThat(e.dependency()).isTrue())
                    .hasMessage("Dependency self-loop is detected in revisions (" + revision + ")");
        }

        @Test
        void cycleWithoutBaseNamesEveryRevision() {
            assertThatThrownBy(() -> map(rev("a").down("c"), rev("b").down("a"), rev("c").down("b")))
                    .isInstanceOf(CycleDetectedException.class)
                    .hasMessage("Cycle is detected in revisions (a, b, c)");
            assertThatThrownBy(() -> map(rev("a").down("c"), rev("b").down("a"), rev("c").down("b"),
                    rev("d").down("c"), rev("e").down("d")))
                    .hasMessage("Cycle is detected in revisions (a, b, c, d, e)");
        }

        @Test
        void cycleWithoutHeadNamesEveryRevision() {
            assertThatThrownBy(() -> map(rev("a"), rev("b").down("a"), rev("c").down("b", "e"), rev("d").down("c"),
                    rev("e").down("d")))
                    .hasMessage("Cycle is detected in revisions (a, b, c, d, e)");
        }

        @Test
        void cycleBesideAValidBranchNamesTheCycle() {
            assertThatThrownBy(() -> map(rev("a").down("c"), rev("b").down("a"), rev("c").down("b"), rev("d"),
                    rev("e").down("d")))
                    .isInstanceOfSatisfying(CycleDetectedException.class,
                            e -> assertThat(e.revisions()).containsExactly("a", "b", "c"))
                    .hasMessage("Cycle is detected in revisions (a, b, c)");
        }

        @Test
        void cycleReachableFromBaseAndHeadIsFound() {
            // Alembic's reachability check misses this one: every revision is below a head and above a base.
            assertThatThrownBy(() -> map(rev("a"), rev("b").down("a", "c"), rev("c").down("b"), rev("d").down("c")))
                    .hasMessage("Cycle is detected in revisions (b, c, d)");
        }

        @Test
        void dependencyCycles() {
            assertThatThrownBy(() -> map(rev("a").dependsOn("c"), rev("b").down("a"), rev("c").down("b")))
                    .isInstanceOfSatisfying(CycleDetectedException.class, e -> assertThat(e.dependency()).isTrue())
                    .hasMessage("Dependency cycle is detected in revisions (a, b, c)");
            assertThatThrownBy(() -> map(rev("a").dependsOn("c"), rev("b").down("a"), rev("c").down("b"), rev("d"),
                    rev("e").down("d")))
                    .hasMessage("Dependency cycle is detected in revisions (a, b, c)");
            assertThatThrownBy(() -> map(rev("a").dependsOn("c"), rev("b").down("a"), rev("c").down("b"),
                    rev("d").down("c"), rev("e").down("d")))
                    .hasMessage("Dependency cycle is detected in revisions (a, b, c, d, e)");
            assertThatThrownBy(() -> map(rev("a"), rev("b").down("a"), rev("c").down("b").dependsOn("e"),
                    rev("d").down("c"), rev("e").down("d")))
                    .hasMessage("Dependency cycle is detected in revisions (a, b, c, d, e)");
        }

        @Test
        void errorsAreMigrateExceptions() {
            assertThatThrownBy(() -> map(rev("a").down("a"))).isInstanceOf(MigrateException.class);
        }

        @Test
        void overlappingIdsAreNotLoops() {
            RevisionMap map = map(rev("user_foo"), rev("user").down("user_foo").dependsOn("user_foo"));
            assertThat(ids(map.heads())).containsExactly("user");
            assertThat(map.dependencies("user")).isEmpty();
            assertThat(ids(map.history(null, "heads", List.of()))).containsExactly("user", "user_foo");
        }
    }

    @Nested
    class Structure {

        @Test
        void emptyMap() {
            RevisionMap map = RevisionMap.of(List.of());
            assertThat(map.heads()).isEmpty();
            assertThat(map.realHeads()).isEmpty();
            assertThat(map.bases()).isEmpty();
            assertThat(map.revisions()).isEmpty();
            assertThat(map.resolve("heads")).isEmpty();
            assertThat(map.resolveOne("head")).isNull();
        }

        @Test
        void headsAndBasesInDeclarationOrder() {
            RevisionMap map = map(rev("a"), rev("b").down("a"), rev("c1").down("b"), rev("c2").down("b"), rev("x"));
            assertThat(ids(map.heads())).containsExactly("c1", "c2", "x");
            assertThat(ids(map.bases())).containsExactly("a", "x");
            assertThat(map.isBranchPoint("b")).isTrue();
            assertThat(map.isBranchPoint("a")).isFalse();
            assertThat(ids(map.children("b"))).containsExactly("c1", "c2");
        }

        @Test
        void revisionsComeParentsAndDependenciesFirst() {
            RevisionMap map = map(rev("d").down("c"), rev("c").down("b").dependsOn("x"), rev("b").down("a"), rev("a"),
                    rev("x"));
            List<String> order = ids(map.revisions());
            assertThat(order).containsExactlyInAnyOrder("a", "b", "c", "d", "x");
            assertThat(order.indexOf("a")).isLessThan(order.indexOf("b"));
            assertThat(order.indexOf("b")).isLessThan(order.indexOf("c"));
            assertThat(order.indexOf("x")).isLessThan(order.indexOf("c"));
            assertThat(order.indexOf("c")).isLessThan(order.indexOf("d"));
        }

        @Test
        void dependencyTargetsAreEffectiveHeadsButNotRealHeads() {
            // MultipleBaseCrossDependencyTestOne
            RevisionMap map = crossDependencies();
            assertThat(ids(map.heads())).containsExactly("b1a", "b1b", "d2", "b3");
            assertThat(ids(map.realHeads())).containsExactly("b1a", "b1b", "d2", "b3");
            RevisionMap effective = map(rev("x1").labels("x"), rev("y1").labels("y"), rev("y2").down("y1")
                    .dependsOn("x1"));
            assertThat(ids(effective.heads())).containsExactly("x1", "y2");
            assertThat(ids(effective.realHeads())).containsExactly("y2");
            assertThat(ids(effective.effectiveHeads())).containsExactly("x1");
            assertThat(ids(effective.resolve("heads"))).containsExactly("y2");
        }

        @Test
        void dependenciesDeclaredByAnAncestorAreNormalizedAway() {
            // NormalizedDownRevTest
            RevisionMap map = map(rev("a1"), rev("a2").down("a1"), rev("a3").down("a2"), rev("b1"),
                    rev("b2").down("b1").dependsOn("a3"), rev("b3").down("b2"), rev("b4").down("b3").dependsOn("a3"),
                    rev("b5").down("b4").dependsOn("b4"));
            assertThat(map.dependencies("b2")).containsExactly("a3");
            assertThat(map.dependencies("b4")).isEmpty();
            assertThat(map.dependencies("b5")).isEmpty();
        }

        @Test
        void dependencyOnAGrandparentIsKept() {
            RevisionMap map = map(rev("a1"), rev("a2").down("a1"), rev("a3").down("a2").dependsOn("a1"));
            assertThat(map.dependencies("a3")).containsExactly("a1");
        }

        @Test
        void dependencyMayNameABranchLabel() {
            RevisionMap map = map(rev("a1").labels("lib1"), rev("b1").down("a1"), rev("c1").down("b1").labels("c1lib"),
                    rev("a2"), rev("b2").down("a2"), rev("c2").down("b2").dependsOn("c1lib"));
            assertThat(map.dependencies("c2")).containsExactly("c1");
            assertThat(ids(map.realHeads())).containsExactly("c2");
        }

        @Test
        void labelCoversDescendantsAndAncestorsUpToABranchPoint() {
            RevisionMap map = map(rev("a"), rev("b").down("a"), rev("c1").down("b").labels("c1branch"),
                    rev("d1").down("c1"), rev("c2").down("b").labels("c2branch"), rev("d2").down("c2"),
                    rev("e").down("d1", "d2"));
            assertThat(map.branchLabels("c1")).containsExactly("c1branch");
            assertThat(map.branchLabels("d1")).containsExactly("c1branch");
            assertThat(map.branchLabels("e")).containsExactly("c1branch", "c2branch");
            assertThat(map.branchLabels("b")).isEmpty();
            assertThat(map.branchLabels("a")).isEmpty();
        }

        @Test
        void labelClimbsToTheBaseOfAnUnbranchedLine() {
            RevisionMap map = map(rev("a"), rev("b").down("a"), rev("c").down("b").labels("lib"), rev("d").down("c"));
            for (String id : List.of("a", "b", "c", "d")) {
                assertThat(map.branchLabels(id)).as(id).containsExactly("lib");
            }
        }

        @Test
        void labelStopsBelowABranchPointThatCountsDependents() {
            RevisionMap map = map(rev("a"), rev("b").down("a"), rev("c").down("b").labels("lib"),
                    rev("x").dependsOn("b"));
            assertThat(map.branchLabels("c")).containsExactly("lib");
            assertThat(map.branchLabels("b")).isEmpty();
            assertThat(map.branchLabels("x")).isEmpty();
        }

        @Test
        void labelStopsAtAMergePoint() {
            RevisionMap map = map(rev("a1"), rev("a2"), rev("m").down("a1", "a2"), rev("n").down("m").labels("lib"));
            assertThat(map.branchLabels("n")).containsExactly("lib");
            assertThat(map.branchLabels("m")).isEmpty();
        }

        @Test
        void unknownIdInStructuralQueries() {
            RevisionMap map = map(rev("a"));
            assertThatThrownBy(() -> map.children("zz"))
                    .isInstanceOfSatisfying(ResolutionException.class, e -> assertThat(e.argument()).isEqualTo("zz"))
                    .hasMessage("No such revision 'zz'");
            assertThat(map.find("zz")).isEmpty();
            assertThat(map.find("a")).map(Revision::id).contains("a");
        }
    }

    static RevisionMap crossDependencies() {
        return map(rev("base1").labels("b_1"), rev("a1a").down("base1"), rev("a1b").down("base1"),
                rev("b1a").down("a1a"), rev("b1b").down("a1b").dependsOn("a3"), rev("base2").labels("b_2"),
                rev("a2").down("base2"), rev("b2").down("a2"), rev("c2").down("b2").dependsOn("a3"),
                rev("d2").down("c2"), rev("base3").labels("b_3"), rev("a3").down("base3"), rev("b3").down("a3"));
    }
}
