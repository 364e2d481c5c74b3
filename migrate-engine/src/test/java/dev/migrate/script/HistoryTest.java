package dev.migrate.script;

import static dev.migrate.script.Rev.ids;
import static dev.migrate.script.Rev.map;
import static dev.migrate.script.Rev.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@code history -r lower:upper}: the scenarios of Alembic's iterate_revisions tests (test_revision.py) and of
 * test_command.py's HistoryTest, with their exact orders.
 */
class HistoryTest {

    private static List<String> history(RevisionMap map, String lower, String upper) {
        return ids(map.history(lower, upper, List.of()));
    }

    @Nested
    class SingleLine {

        private final RevisionMap map = map(rev("a"), rev("b").down("a"), rev("c").down("b"));

        @Test
        void ranges() {
            assertThat(history(map, null, null)).containsExactly("c", "b", "a");
            assertThat(history(map, "a", "b")).containsExactly("b", "a");
            assertThat(history(map, null, "b")).containsExactly("b", "a");
            assertThat(history(map, "a", null)).containsExactly("c", "b", "a");
            assertThat(history(map, "base", "heads")).containsExactly("c", "b", "a");
        }

        @Test
        void relativeEnds() {
            assertThat(history(map, "a", "+2")).containsExactly("c", "b", "a");
            assertThat(history(map, "a", "+1")).containsExactly("b", "a");
            assertThat(history(map, "-2", "c")).containsExactly("c", "b", "a");
            assertThat(history(map, "-1", null)).containsExactly("c", "b");
            assertThat(history(map, "b-1", "c-1")).containsExactly("b", "a");
        }

        @Test
        void relativeEndsThatWalkTooFarAreClamped() {
            assertThat(history(map, "-5", "c")).containsExactly("c", "b", "a");
            assertThat(history(map, "a", "+9")).containsExactly("c", "b", "a");
            assertThat(history(map, "head-10", "b+10")).containsExactly("c", "b", "a");
        }

        @Test
        void currentEnds() {
            assertThat(ids(map.history("current", null, List.of("b")))).containsExactly("c", "b");
            assertThat(ids(map.history("current", null, List.of()))).containsExactly("c", "b", "a");
            assertThat(ids(map.history(null, "current", List.of("b")))).containsExactly("b", "a");
            assertThat(ids(map.history(null, "current", List.of()))).isEmpty();
        }

        @Test
        void unknownEnd() {
            assertThatThrownBy(() -> history(map, "zzzz", null))
                    .isInstanceOfSatisfying(ResolutionException.class, e -> assertThat(e.argument()).isEqualTo("zzzz"))
                    .hasMessage("No such revision or branch 'zzzz'");
        }

        @Test
        void emptyGraph() {
            assertThat(history(RevisionMap.of(List.of()), "base", "head")).isEmpty();
        }
    }

    @Test
    void diamond() {
        RevisionMap map = map(rev("a"), rev("b1").down("a"), rev("b2").down("a"), rev("c").down("b1", "b2"),
                rev("d").down("c"));
        assertThat(history(map, "a", "d")).containsExactly("d", "c", "b1", "b2", "a");
    }

    @Test
    void longAndShortBranches() {
        RevisionMap map = map(rev("a"), rev("b1").down("a"), rev("b2").down("a"), rev("c1").down("b1"),
                rev("d11").down("c1"), rev("d12").down("c1"));
        assertThat(history(map, "base", "heads")).containsExactly("b2", "d11", "d12", "c1", "b1", "a");
    }

    @Test
    void headWithSeveralHeadsIsAnError() {
        RevisionMap map = map(rev("a"), rev("b1").down("a"), rev("b2").down("a"));
        assertThatThrownBy(() -> history(map, null, "head")).isInstanceOf(MultipleHeadsException.class);
    }

    @Nested
    class LabeledBranches {

        private final RevisionMap map = RevisionMapResolutionTest.labeled();

        @Test
        void labelAtBaseKeepsOnlyThatBranchsHeads() {
            assertThat(history(map, "ebranch@base", "heads")).containsExactly("f", "someothername", "e", "d");
            assertThat(history(map, "abranch@base", "heads")).containsExactly("c", "somelongername", "b", "a");
            assertThat(history(map, "e@base", "heads")).containsExactly("f", "someothername", "e", "d");
            assertThat(history(map, "c@base", "heads")).containsExactly("c", "somelongername", "b", "a");
        }

        @Test
        void labelAtHeadToBase() {
            assertThat(history(map, "base", "ebranch@head")).containsExactly("f", "someothername", "e", "d");
            assertThat(history(map, "base", "abranch@head")).containsExactly("c", "somelongername", "b", "a");
        }

        @Test
        void labelledLowerEnd() {
            assertThat(history(map, "ebranch@head", "heads")).containsExactly("f");
            assertThat(history(map, "ebranch@d", "heads")).containsExactly("f", "someothername", "e", "d");
            assertThat(history(map, "ebranch@-2", "heads")).containsExactly("f", "someothername", "e");
        }

        @Test
        void labelledRelativeUpperEnd() {
            assertThat(history(map, "base", "ebranch@+2")).containsExactly("e", "d");
        }
    }

    @Nested
    class MultipleBranches {

        private final RevisionMap map = map(rev("a"), rev("b1").down("a"), rev("b2").down("a"), rev("cb1").down("b1"),
                rev("cb2").down("b2"), rev("d1cb1").down("cb1"), rev("d2cb1").down("cb1"), rev("d1cb2").down("cb2"),
                rev("d2cb2").down("cb2"), rev("d3cb2").down("cb2"), rev("d1d2cb2").down("d1cb2", "d2cb2"));

        @Test
        void fromMergePoint() {
            assertThat(history(map, "a", "d1d2cb2")).containsExactly("d1d2cb2", "d1cb2", "d2cb2", "cb2", "b2", "a");
        }

        @Test
        void singleBranch() {
            assertThat(history(map, "a", "d3cb2")).containsExactly("d3cb2", "cb2", "b2", "a");
            assertThat(history(map, "base", "d3cb2")).containsExactly("d3cb2", "cb2", "b2", "a");
        }

        @Test
        void endsNotOnOneLineOfDescent() {
            assertThatThrownBy(() -> history(map, "d1cb1", "b1"))
                    .isInstanceOfSatisfying(RangeNotAncestorException.class, e -> {
                        assertThat(e.lower()).isEqualTo("d1cb1");
                        assertThat(e.upper()).isEqualTo("b1");
                    })
                    .hasMessage("Requested range d1cb1:b1 does not refer to ancestor/descendant revisions along the "
                            + "same branch");
            assertThatThrownBy(() -> history(map, "b1", "d2cb2"))
                    .hasMessage("Requested range b1:d2cb2 does not refer to ancestor/descendant revisions along the "
                            + "same branch");
            assertThatThrownBy(() -> history(map, "d1cb1", "base"))
                    .hasMessage("Requested range d1cb1:base does not refer to ancestor/descendant revisions along the "
                            + "same branch");
        }
    }

    @Nested
    class BranchTravelling {

        private final RevisionMap map = map(rev("a1"), rev("a2").down("a1"), rev("a3").down("a2"),
                rev("b1").down("a3"), rev("b2").down("a3"), rev("cb1").down("b1"), rev("cb2").down("b2"),
                rev("db1").down("cb1"), rev("db2").down("cb2"), rev("e1b1").down("db1"), rev("fe1b1").down("e1b1"),
                rev("e2b1").down("db1"), rev("e2b2").down("db2"), rev("merge").down("e2b1", "e2b2"));

        @Test
        void twoBranchesToRoot() {
            assertThat(history(map, "a1", "merge")).containsExactly("merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2",
                    "cb2", "b2", "a3", "a2", "a1");
        }

        @Test
        void twoBranchesEndInBranch() {
            assertThat(history(map, "b1", "merge")).containsExactly("merge", "e2b1", "db1", "cb1", "b1");
        }

        @Test
        void twoBranchesEndBehindBranch() {
            assertThat(history(map, "a2", "merge")).containsExactly("merge", "e2b1", "db1", "cb1", "b1", "e2b2", "db2",
                    "cb2", "b2", "a3", "a2");
        }

        @Test
        void toSymbolicBase() {
            assertThat(history(map, "base", "fe1b1")).containsExactly("fe1b1", "e1b1", "db1", "cb1", "b1", "a3", "a2",
                    "a1");
        }

        @Test
        void allHeads() {
            assertThat(history(map, "a3", "heads")).containsExactly("fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1",
                    "b1", "e2b2", "db2", "cb2", "b2", "a3");
        }
    }

    @Test
    void multipleBases() {
        RevisionMap map = map(rev("base1"), rev("base2"), rev("base3"), rev("a1a").down("base1"),
                rev("a1b").down("base1"), rev("a2").down("base2"), rev("a3").down("base3"), rev("b1a").down("a1a"),
                rev("b1b").down("a1b"), rev("b2").down("a2"), rev("b3").down("a3"), rev("c2").down("b2"),
                rev("d2").down("c2"), rev("mergeb3d2").down("b3", "d2"));
        List<String> expected = List.of("b1a", "a1a", "b1b", "a1b", "base1", "mergeb3d2", "b3", "a3", "base3", "d2",
                "c2", "b2", "a2", "base2");
        assertThat(history(map, "base", "heads")).isEqualTo(expected);
        assertThat(history(map, null, "heads")).isEqualTo(expected);
        assertThat(history(map, "base3", "b3")).containsExactly("b3", "a3", "base3");
    }

    @Nested
    class CrossDependencies {

        private final RevisionMap map = RevisionMapBuildTest.crossDependencies();

        @Test
        void headsToBase() {
            assertThat(history(map, "base", "heads")).containsExactly("b1a", "a1a", "b1b", "a1b", "base1", "d2", "c2",
                    "b2", "a2", "base2", "b3", "a3", "base3");
        }

        @Test
        void branchHeadsBringTheirDependencies() {
            assertThat(history(map, "base", "b_2@head")).containsExactly("d2", "c2", "b2", "a2", "base2", "a3",
                    "base3");
            assertThat(history(map, "base", "b_3@head")).containsExactly("b3", "a3", "base3");
            assertThat(history(map, "base", "b1b@head")).containsExactly("b1b", "a1b", "base1", "a3", "base3");
            assertThat(history(map, "b_2@base", "heads")).containsExactly("d2", "c2", "b2", "a2", "base2", "a3",
                    "base3");
            assertThat(history(map, "b_3@base", "heads")).containsExactly("b3", "a3", "base3");
        }

        @Test
        void wrongDirection() {
            assertThatThrownBy(() -> history(map, "d2", "b2")).isInstanceOf(RangeNotAncestorException.class);
            assertThatThrownBy(() -> history(map, "d2", "b3")).isInstanceOf(RangeNotAncestorException.class);
        }
    }

    @Nested
    class CrossDependenciesOnBaseLabels {

        private final RevisionMap map = map(rev("base1").labels("b_1"), rev("a1").down("base1"), rev("b1").down("a1"),
                rev("c1").down("b1"), rev("base2").dependsOn("b_1").labels("b_2"), rev("a2").down("base2"),
                rev("b2").down("a2"), rev("c2").down("b2"), rev("d2").down("c2"), rev("base3").labels("b_3"),
                rev("a3").down("base3"), rev("b3").down("a3"), rev("c3").down("b3").dependsOn("b2"),
                rev("d3").down("c3"));

        @Test
        void headsToBase() {
            assertThat(ids(map.heads())).containsExactly("c1", "d2", "d3");
            assertThat(history(map, "base", "heads")).containsExactly("c1", "b1", "a1", "d2", "c2", "d3", "c3", "b3",
                    "a3", "base3", "b2", "a2", "base2", "base1");
        }

        @Test
        void branches() {
            assertThat(history(map, "base", "b_2@head")).containsExactly("d2", "c2", "b2", "a2", "base2", "base1");
            assertThat(history(map, "base", "b_3@head")).containsExactly("d3", "c3", "b3", "a3", "base3", "b2", "a2",
                    "base2", "base1");
            assertThat(history(map, "base", "b_1@head")).containsExactly("c1", "b1", "a1", "base1");
            assertThat(history(map, "b_1@base", "heads")).containsExactly("c1", "b1", "a1", "base1");
            assertThat(history(map, "b_2@base", "heads")).containsExactly("d2", "c2", "b2", "a2", "base2", "base1");
            assertThat(history(map, "b_3@base", "heads")).containsExactly("d3", "c3", "b3", "a3", "base3", "b2", "a2",
                    "base2", "base1");
        }
    }

    @Test
    void dependencyWithoutParent() {
        RevisionMap map = map(rev("base1"), rev("a1").down("base1"), rev("b1").down("a1"), rev("c2").dependsOn("a1"),
                rev("c3").down("c2"));
        assertThat(history(map, "base", "heads")).containsExactly("b1", "c3", "c2", "a1", "base1");
    }

    @Test
    void rangeWhoseUpperEndIsOnlyReachedThroughADependency() {
        // Only revisions descending from the lower end through down are listed; Alembic fails an assertion here.
        RevisionMap map = map(rev("a1"), rev("a2").down("a1"), rev("b1"), rev("b2").down("b1").dependsOn("a2"),
                rev("b3").down("b2"));
        assertThat(history(map, "a1", "b3")).containsExactly("a2", "a1");
    }

    @Test
    void dependencyOnlyBaseWithOverlappingName() {
        RevisionMap map = map(rev("user_foo"), rev("user").dependsOn("user_foo"));
        assertThat(history(map, null, "heads")).containsExactly("user", "user_foo");
    }
}
