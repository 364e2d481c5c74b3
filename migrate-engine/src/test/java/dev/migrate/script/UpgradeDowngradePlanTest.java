package dev.migrate.script;

import static dev.migrate.script.Rev.map;
import static dev.migrate.script.Rev.rev;
import static dev.migrate.script.Rev.stepIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.migrate.script.MigrationStep.RevisionStep;

/**
 * Upgrade and downgrade plans, run through a HeadMaintainer: the scenarios and expected orders of Alembic's
 * test_version_traversal.py.
 */
class UpgradeDowngradePlanTest {

    static void assertUpgrade(RevisionMap map, List<String> from, String destination, List<String> steps,
            Set<String> heads) {
        List<MigrationStep> plan = map.upgradePlan(from, destination);
        assertThat(stepIds(plan)).as("steps of upgrade %s from %s", destination, from).isEqualTo(steps);
        assertThat(plan).allMatch(MigrationStep::upgrade);
        assertThat(Plans.headsAfter(map, from, plan)).as("heads after upgrade %s", destination)
                .containsExactlyInAnyOrderElementsOf(heads);
    }

    static void assertDowngrade(RevisionMap map, List<String> from, String destination, List<String> steps,
            Set<String> heads) {
        List<MigrationStep> plan = map.downgradePlan(from, destination);
        assertThat(stepIds(plan)).as("steps of downgrade %s from %s", destination, from).isEqualTo(steps);
        assertThat(plan).noneMatch(MigrationStep::upgrade);
        assertThat(Plans.headsAfter(map, from, plan)).as("heads after downgrade %s", destination)
                .containsExactlyInAnyOrderElementsOf(heads);
    }

    @Nested
    class SingleLine {

        static final String A = "e6239818bb3a";
        static final String B = "548bbb905360";
        static final String C = "b7ea43dc85e4";
        static final String D = "1bbe33445780";
        static final String E = "3975fb1a0125";

        private final RevisionMap map = map(rev(A), rev(B).down(A), rev(C).down(B), rev(D).down(C), rev(E).down(D));

        @Test
        void upgradePath() {
            assertUpgrade(map, List.of(C), E, List.of(D, E), Set.of(E));
            assertUpgrade(map, List.of(), C, List.of(A, B, C), Set.of(C));
            assertUpgrade(map, List.of(), "head", List.of(A, B, C, D, E), Set.of(E));
            assertUpgrade(map, List.of(E), "heads", List.of(), Set.of(E));
        }

        @Test
        void stepsCarryTheirSourceAndDestination() {
            RevisionStep up = (RevisionStep) map.upgradePlan(List.of(A), B).get(0);
            assertThat(up.from()).containsExactly(A);
            assertThat(up.to()).containsExactly(B);
            RevisionStep down = (RevisionStep) map.downgradePlan(List.of(B), A).get(0);
            assertThat(down.from()).containsExactly(B);
            assertThat(down.to()).containsExactly(A);
            RevisionStep first = (RevisionStep) map.upgradePlan(List.of(), A).get(0);
            assertThat(first.from()).isEmpty();
        }

        @Test
        void relativeUpgrades() {
            assertUpgrade(map, List.of(A), "+2", List.of(B, C), Set.of(C));
            assertUpgrade(map, List.of(A), "+1", List.of(B), Set.of(B));
            assertUpgrade(map, List.of(B), "+3", List.of(C, D, E), Set.of(E));
            assertUpgrade(map, List.of(A), B + "+2", List.of(B, C, D), Set.of(D));
            assertUpgrade(map, List.of(A), D + "-2", List.of(B), Set.of(B));
            assertUpgrade(map, List.of(), "+1", List.of(A), Set.of(A));
        }

        @Test
        void invalidRelativeUpgrades() {
            assertThatThrownBy(() -> map.upgradePlan(List.of(B), "-2"))
                    .isInstanceOf(RevisionException.class)
                    .hasMessage("Relative revision -2 didn't produce 2 migrations");
            assertThatThrownBy(() -> map.upgradePlan(List.of(B), "+5"))
                    .hasMessage("Relative revision +5 didn't produce 5 migrations");
            assertThatThrownBy(() -> map.upgradePlan(List.of(B), D + "+5")).hasMessage("Walked too far");
        }

        @Test
        void downgradePath() {
            assertDowngrade(map, List.of(E), C, List.of(E, D), Set.of(C));
            assertDowngrade(map, List.of(C), null, List.of(C, B, A), Set.of());
            assertDowngrade(map, List.of(C), "base", List.of(C, B, A), Set.of());
            assertDowngrade(map, List.of(), "base", List.of(), Set.of());
        }

        @Test
        void downgradeToACurrentRevisionDoesNothing() {
            assertDowngrade(map, List.of(A), A, List.of(), Set.of(A));
            assertDowngrade(map, List.of(E), E, List.of(), Set.of(E));
        }

        @Test
        void relativeDowngrades() {
            assertDowngrade(map, List.of(C), "-1", List.of(C), Set.of(B));
            assertDowngrade(map, List.of(E), "-3", List.of(E, D, C), Set.of(B));
            assertDowngrade(map, List.of(D), A + "+2", List.of(D), Set.of(C));
            assertDowngrade(map, List.of(D), C + "-2", List.of(D, C, B), Set.of(A));
            assertDowngrade(map, List.of(A), "-1", List.of(A), Set.of());
        }

        @Test
        void invalidRelativeDowngrades() {
            assertThatThrownBy(() -> map.downgradePlan(List.of(B), "-5"))
                    .hasMessage("Relative revision -5 didn't produce 5 migrations");
            assertThatThrownBy(() -> map.downgradePlan(List.of(B), "+2"))
                    .hasMessage("Relative revision +2 didn't produce 2 migrations");
            assertThatThrownBy(() -> map.downgradePlan(List.of(), "-1"))
                    .hasMessage("Relative revision -1 didn't produce 1 migrations");
            assertThatThrownBy(() -> map.downgradePlan(List.of(E), A + "-2")).hasMessage("Walked too far");
        }

        @Test
        void downgradeTargetAboveTheCurrentHeads() {
            assertThatThrownBy(() -> map.downgradePlan(List.of(), B.substring(0, 3)))
                    .isInstanceOfSatisfying(RangeNotAncestorException.class,
                            e -> assertThat(e.lower()).isEqualTo(B.substring(0, 3)))
                    .hasMessage("Destination 548 is not a valid downgrade target from current head(s)");
            assertThatThrownBy(() -> map.downgradePlan(List.of(B), C.substring(0, 4)))
                    .hasMessage("Destination b7ea is not a valid downgrade target from current head(s)");
        }

        @Test
        void unknownCurrentHead() {
            assertThatThrownBy(() -> map.upgradePlan(List.of("ffffffffffff"), "head"))
                    .isInstanceOfSatisfying(ResolutionException.class,
                            e -> assertThat(e.argument()).isEqualTo("ffffffffffff"));
        }
    }

    @Nested
    class Branched {

        private final RevisionMap map = RevisionMapResolutionTest.branched();

        @Test
        void upgrades() {
            assertUpgrade(map, List.of("b"), "d1", List.of("c1", "d1"), Set.of("d1"));
            assertUpgrade(map, List.of("a"), "heads", List.of("b", "c2", "d2", "c1", "d1"), Set.of("d1", "d2"));
            assertUpgrade(map, List.of("b"), "c2branch@head-1", List.of("c2"), Set.of("c2"));
            assertUpgrade(map, List.of(), "base+1", List.of("a"), Set.of("a"));
        }

        @Test
        void upgradeHeadWithSeveralHeadsIsAnError() {
            assertThatThrownBy(() -> map.upgradePlan(List.of("a"), "head"))
                    .isInstanceOfSatisfying(MultipleHeadsException.class,
                            e -> assertThat(e.argument()).isEqualTo("head"));
        }

        @Test
        void upgradeAlongABranch() {
            assertUpgrade(map, List.of("c1"), "c2branch@+1", List.of("c2"), Set.of("c1", "c2"));
            assertUpgrade(map, List.of("c1", "c2"), "c2branch@+1", List.of("d2"), Set.of("c1", "d2"));
            assertUpgrade(map, List.of("d1"), "c2branch@head", List.of("c2", "d2"), Set.of("d1", "d2"));
        }

        @Test
        void ambiguousUpgrade() {
            assertThatThrownBy(() -> map.upgradePlan(List.of("c1", "c2"), "+1"))
                    .hasMessage("Ambiguous upgrade from multiple current revisions");
        }

        @Test
        void downgrades() {
            assertDowngrade(map, List.of("d1", "d2"), "a", List.of("d1", "c1", "d2", "c2", "b"), Set.of("a"));
            assertDowngrade(map, List.of("d2", "d1"), "base+2", List.of("d1", "c1", "d2", "c2"), Set.of("b"));
        }

        @Test
        void downgradeOneBranch() {
            assertDowngrade(map, List.of("d2", "d1"), "c2branch@base+2", List.of("d2", "c2"), Set.of("d1"));
            assertDowngrade(map, List.of("d2", "d1"), "c2", List.of("d2"), Set.of("d1", "c2"));
            assertDowngrade(map, List.of("d2", "d1"), "c2branch@base+3", List.of("d2"), Set.of("d1", "c2"));
            assertDowngrade(map, List.of("c1", "d2"), "c1branch@b", List.of("c1"), Set.of("d2"));
            assertDowngrade(map, List.of("c1", "d2"), "c2branch@b", List.of("d2", "c2"), Set.of("c1"));
            assertDowngrade(map, List.of("d1", "d2"), "c2@b", List.of("d2", "c2"), Set.of("d1"));
            assertDowngrade(map, List.of("d1", "d2"), "d1@b", List.of("d1", "c1"), Set.of("d2"));
            assertDowngrade(map, List.of("d1", "d2"), "c1branch@head-1", List.of("d1"), Set.of("c1", "d2"));
        }

        @Test
        void downgradeMinusOneFromSeveralHeadsRewindsTheFirstRowsBranch() {
            assertDowngrade(map, List.of("d2", "d1"), "-1", List.of("d2"), Set.of("d1", "c2"));
            assertDowngrade(map, List.of("c2", "d1"), "-1", List.of("c2"), Set.of("d1"));
            assertDowngrade(map, List.of("d1", "d2"), "-1", List.of("d1"), Set.of("d2", "c1"));
            assertDowngrade(map, List.of("c1", "d2"), "-1", List.of("c1"), Set.of("d2"));
            assertDowngrade(map, List.of("d1", "d2"), "c1branch@-1", List.of("d1"), Set.of("c1", "d2"));
        }

        @Test
        void downgradeRelativeToARevision() {
            assertDowngrade(map, List.of("d2", "c1"), "d2-1", List.of("d2"), Set.of("c1", "c2"));
            assertDowngrade(map, List.of("c1", "d2"), "d2-1", List.of("d2"), Set.of("c1", "c2"));
        }

        @Test
        void downgradeToACurrentHeadDoesNothing() {
            assertDowngrade(map, List.of("d1", "c2"), "c2", List.of(), Set.of("d1", "c2"));
            assertDowngrade(map, List.of("d1", "c2"), "d1", List.of(), Set.of("d1", "c2"));
        }

        @Test
        void downgradeOnABranchThatStartsBelowTheBranchPointIsRejected() {
            RevisionMap forked = map(rev("a"), rev("b").down("a"), rev("c1").down("b"), rev("c2").down("b"));
            assertThatThrownBy(() -> forked.downgradePlan(List.of("c1", "c2"), "a@b"))
                    .isInstanceOf(RevisionException.class)
                    .hasMessage("Not a valid downgrade target from current heads");
        }
    }

    @Nested
    class Merged {

        private final RevisionMap map = map(rev("a"), rev("b").down("a"), rev("c1").down("b"), rev("d1").down("c1"),
                rev("c2").down("b").labels("c2branch"), rev("d2").down("c2"), rev("e").down("d1", "d2"),
                rev("f").down("e"));

        @Test
        void upgradeAcrossMergePoint() {
            assertUpgrade(map, List.of("b"), "f", List.of("c2", "d2", "c1", "d1", "e", "f"), Set.of("f"));
        }

        @Test
        void downgradeAcrossMergePoint() {
            assertDowngrade(map, List.of("f"), "b", List.of("f", "e", "d1", "c1", "d2", "c2"), Set.of("b"));
        }
    }

    @Test
    void branchFromMergePoint() {
        RevisionMap map = map(rev("a1"), rev("b1").down("a1"), rev("c1").down("b1"), rev("a2"), rev("b2").down("a2"),
                rev("c2").down("b2"), rev("d1").down("c1", "c2"), rev("d2").down("c2"));
        assertUpgrade(map, List.of("d2", "b1"), "d1", List.of("c1", "d1"), Set.of("d2", "d1"));
        assertDowngrade(map, List.of("d2", "d1"), "b1", List.of("d1", "c1"), Set.of("d2", "b1"));
    }

    @Test
    void branchFromThreeWayMergePoint() {
        RevisionMap map = map(rev("a1"), rev("b1").down("a1"), rev("c1").down("b1"), rev("a2"), rev("b2").down("a2"),
                rev("c2").down("b2"), rev("a3"), rev("b3").down("a3"), rev("c3").down("b3"),
                rev("d1").down("c1", "c2", "c3"), rev("d2").down("c2"), rev("d3").down("c3"));
        assertUpgrade(map, List.of("d3", "d2", "b1"), "d1", List.of("c1", "d1"), Set.of("d3", "d2", "d1"));
        assertDowngrade(map, List.of("d3", "d2", "d1"), "b1", List.of("d1", "c1"), Set.of("d3", "d2", "b1"));
        assertUpgrade(map, List.of("d3", "b2", "b1"), "d1", List.of("c2", "c1", "d1"), Set.of("d3", "d1"));
        assertUpgrade(map, List.of("d3", "d1"), "d2", List.of("d2"), Set.of("d3", "d2", "d1"));
    }

    @Test
    void forest() {
        RevisionMap map = map(rev("a1"), rev("b1").down("a1"), rev("a2"), rev("b2").down("a2"));
        assertUpgrade(map, List.of(), "heads", List.of("a2", "b2", "a1", "b1"), Set.of("b1", "b2"));
    }

    @Nested
    class Dependencies {

        @Test
        void downgradeToADependency() {
            RevisionMap map = map(rev("a1").labels("lib1"), rev("b1").down("a1"), rev("c1").down("b1"), rev("a2"),
                    rev("b2").down("a2"), rev("c2").down("b2").dependsOn("c1"), rev("d1").down("c1"),
                    rev("e1").down("d1"), rev("f1").down("e1"));
            assertDowngrade(map, List.of("c2", "d1"), "c1", List.of("d1"), Set.of("c2"));
        }

        @Test
        void overmerge() {
            RevisionMap map = map(rev("a1"), rev("a2"), rev("a3"), rev("amerge").down("a1", "a2", "a3"), rev("b1"),
                    rev("b2"), rev("bmerge").down("b1", "b2"), rev("c1"), rev("c2"), rev("c3"),
                    rev("cmerge").down("c1", "c2", "c3"), rev("d1").dependsOn("a3", "b2", "c1"));
            assertDowngrade(map, List.of("amerge", "bmerge", "cmerge", "d1"), "b2", List.of("bmerge"),
                    Set.of("amerge", "b1", "cmerge", "d1"));
            assertDowngrade(map, List.of("amerge", "d1", "b1", "cmerge"), "d1@base", List.of("d1"),
                    Set.of("amerge", "b1", "b2", "cmerge"));
            List<MigrationStep> toBase = map.downgradePlan(List.of("amerge", "b1", "b2", "cmerge"), "base");
            assertThat(stepIds(toBase)).containsExactlyInAnyOrder("amerge", "a1", "a2", "a3", "b1", "b2", "cmerge",
                    "c1", "c2", "c3");
            assertThat(Plans.headsAfter(map, List.of("amerge", "b1", "b2", "cmerge"), toBase)).isEmpty();
        }

        @Test
        void downgradeOverCrissCross() {
            RevisionMap map = map(rev("a1"), rev("a2").down("a1"), rev("b1"), rev("b2").down("b1").dependsOn("a2"),
                    rev("b3").down("b2"), rev("a3").down("a2").dependsOn("b1"));
            assertDowngrade(map, List.of("a3", "b2"), "b1", List.of("b2"), Set.of("a3"));
        }

        @Test
        void dependencyOnOwnParent() {
            RevisionMap map = map(rev("a1"), rev("a2").down("a1").dependsOn("a1"));
            assertUpgrade(map, List.of(), "a2", List.of("a1", "a2"), Set.of("a2"));
            assertDowngrade(map, List.of("a2"), "a1", List.of("a2"), Set.of("a1"));
        }

        @Test
        void normalizedDependenciesAreNotReinserted() {
            RevisionMap map = map(rev("a1"), rev("a2").down("a1"), rev("a3").down("a2"), rev("b1"),
                    rev("b2").down("b1").dependsOn("a3"), rev("b3").down("b2"), rev("b4").down("b3").dependsOn("a3"));
            assertDowngrade(map, List.of("b4"), "b3", List.of("b4"), Set.of("b3"));
        }

        @Test
        void mergeWithARevisionThatDependsOnTheOtherParent() {
            RevisionMap map = map(rev("a1"), rev("b1").dependsOn("a1"), rev("bmerge").down("a1", "b1"));
            assertUpgrade(map, List.of("a1"), "b1", List.of("b1"), Set.of("b1"));
            assertUpgrade(map, List.of("b1"), "bmerge", List.of("bmerge"), Set.of("bmerge"));
            assertDowngrade(map, List.of("bmerge"), "a1", List.of("bmerge"), Set.of("b1"));
            assertDowngrade(map, List.of("bmerge"), "b1", List.of("bmerge"), Set.of("b1"));
        }

        @Test
        void dependencyOnABranchLabel() {
            RevisionMap map = map(rev("a1").labels("lib1"), rev("b1").down("a1"), rev("c1").down("b1").labels("c1lib"),
                    rev("a2"), rev("b2").down("a2"), rev("c2").down("b2").dependsOn("c1lib"), rev("d1").down("c1"),
                    rev("e1").down("d1"), rev("f1").down("e1"));
            assertUpgrade(map, List.of("a2"), "c2", List.of("a1", "b1", "c1", "b2", "c2"), Set.of("c2"));
        }

        @Test
        void crossDependentBranches() {
            RevisionMap map = map(rev("a"), rev("b").down("a"), rev("c1").down("b").labels("c1branch"),
                    rev("d1").down("c1"), rev("c2").down("b").labels("c2branch"), rev("d2").down("c2").dependsOn("c1"));
            assertDowngrade(map, List.of("d1", "d2"), "c2branch@b", List.of("d2", "c2"), Set.of("d1"));
            List<MigrationStep> both = map.downgradePlan(List.of("d1", "d2"), "c1branch@b");
            List<String> order = stepIds(both);
            assertThat(order).containsExactlyInAnyOrder("c1", "d1", "d2");
            assertThat(order.indexOf("d1")).isLessThan(order.indexOf("c1"));
            assertThat(order.indexOf("d2")).isLessThan(order.indexOf("c1"));
            assertThat(Plans.headsAfter(map, List.of("d1", "d2"), both)).containsExactly("c2");
        }

        @Test
        void effectiveHeadOnAnotherBranch() {
            RevisionMap map = map(rev("y1").labels("y"), rev("x1").labels("x"), rev("y2").down("y1").dependsOn("x1"),
                    rev("x2").down("x1"));
            assertThat(stepIds(map.downgradePlan(List.of("x2", "y2"), "x@-1"))).containsExactly("x2");
            assertThat(stepIds(map.downgradePlan(List.of("x1", "y2"), "x@-1"))).containsExactly("y2", "x1");
            assertThat(stepIds(map.downgradePlan(List.of("y2"), "x@-1"))).containsExactly("y2", "x1");
        }

        @Test
        void branchesOfIndependentBasesWithDependencies() {
            RevisionMap map = RevisionMapBuildTest.crossDependencies();
            List<String> heads = List.of("b1a", "b1b", "d2", "b3");
            assertThat(stepIds(map.upgradePlan(List.of(), "b_2@head"))).containsExactly("base3", "a3", "base2", "a2",
                    "b2", "c2", "d2");
            assertThat(stepIds(map.downgradePlan(List.of("d2"), "b_2@base"))).containsExactly("d2", "c2", "b2", "a2",
                    "base2");
            assertThat(stepIds(map.downgradePlan(List.of("b3"), "base"))).containsExactly("b3", "a3", "base3");
            assertThat(stepIds(map.downgradePlan(List.of("b1b"), "b1b@base"))).containsExactly("b1b", "a1b", "base1");
            assertThat(stepIds(map.downgradePlan(heads, "b_2@base"))).containsExactly("d2", "c2", "b2", "a2",
                    "base2");
            assertThat(stepIds(map.downgradePlan(heads, "b_3@base"))).containsExactly("b1b", "d2", "c2", "b3", "a3",
                    "base3");
            assertThat(stepIds(map.downgradePlan(heads, "base"))).containsExactly("b1a", "a1a", "b1b", "a1b", "base1",
                    "d2", "c2", "b2", "a2", "base2", "b3", "a3", "base3");
        }

        @Test
        void normalizedDownRevisions() {
            RevisionMap map = map(rev("a1"), rev("a2").down("a1"), rev("a3").down("a2"), rev("b1"),
                    rev("b2").down("b1").dependsOn("a3"), rev("b3").down("b2"), rev("b4").down("b3").dependsOn("a3"),
                    rev("b5").down("b4").dependsOn("b4"));
            assertThat(stepIds(map.downgradePlan(List.of("b4"), "b1@base"))).containsExactly("b4", "b3", "b2", "b1");
            assertThat(stepIds(map.downgradePlan(List.of("b5"), "base"))).containsExactly("b5", "b4", "b3", "b2", "b1",
                    "a3", "a2", "a1");
            assertThat(stepIds(map.downgradePlan(List.of("b5"), "a2"))).containsExactly("b5", "b4", "b3", "b2", "a3");
            assertThat(Plans.downgrade(map, List.of("b5"), "base")).isEmpty();
        }

        @Test
        void upgradeWithOverlappingTargetsIsRejected() {
            RevisionMap map = map(rev("a").labels("lib"), rev("b").down("a"), rev("c").down("a").dependsOn("b"));
            assertThatThrownBy(() -> map.upgradePlan(List.of(), "lib@heads"))
                    .isInstanceOf(RevisionException.class)
                    .hasMessage("Requested revision c overlaps with other requested revisions b");
        }
    }
}
