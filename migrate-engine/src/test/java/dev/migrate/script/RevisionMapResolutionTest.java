package dev.migrate.script;

import static dev.migrate.script.Rev.ids;
import static dev.migrate.script.Rev.map;
import static dev.migrate.script.Rev.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every identifier form of Alembic's grammar and its error messages (test_revision.py, LabeledBranchTest, …). */
class RevisionMapResolutionTest {

    private static final String MULTIPLE_HEAD = "Multiple head revisions are present for given argument 'head'; "
            + "please specify a specific target revision, '<branchname>@head' to narrow to a specific head, or "
            + "'heads' for all heads";

    static RevisionMap chain() {
        return map(rev("a"), rev("b").down("a"), rev("c").down("b"), rev("d").down("c"), rev("e").down("d"));
    }

    static RevisionMap twoHeads() {
        return map(rev("a"), rev("b").down("a"), rev("c1").down("b"), rev("c2").down("b"));
    }

    /** a → b, then b → c1 (c1branch) → d1 and b → c2 (c2branch) → d2. */
    static RevisionMap branched() {
        return map(rev("a"), rev("b").down("a"), rev("c1").down("b").labels("c1branch"), rev("d1").down("c1"),
                rev("c2").down("b").labels("c2branch"), rev("d2").down("c2"));
    }

    static String id(Revision revision) {
        return revision == null ? null : revision.id();
    }

    @Nested
    class Symbols {

        @Test
        void headBaseAndHeads() {
            RevisionMap map = chain();
            assertThat(id(map.resolveOne("head"))).isEqualTo("e");
            assertThat(map.resolveOne("base")).isNull();
            assertThat(map.resolveOne(null)).isNull();
            assertThat(map.resolve("base")).isEmpty();
            assertThat(ids(map.resolve("heads"))).containsExactly("e");
        }

        @Test
        void headWithSeveralHeadsFailsWithTheCommandLineMessage() {
            RevisionMap map = twoHeads();
            assertThatThrownBy(() -> map.resolveOne("head"))
                    .isInstanceOfSatisfying(MultipleHeadsException.class, e -> {
                        assertThat(e.argument()).isEqualTo("head");
                        assertThat(e.heads()).containsExactly("c1", "c2");
                    })
                    .hasMessage(MULTIPLE_HEAD);
            assertThatThrownBy(() -> map.resolve("head")).isInstanceOf(MultipleHeadsException.class);
        }

        @Test
        void headsNamesAllHeadsButIsNotOneRevision() {
            RevisionMap map = twoHeads();
            assertThat(ids(map.resolve("heads"))).containsExactly("c1", "c2");
            assertThatThrownBy(() -> map.resolveOne("heads"))
                    .isInstanceOfSatisfying(MultipleHeadsException.class,
                            e -> assertThat(e.argument()).isEqualTo("heads"));
        }

        @Test
        void multipleBasesAreBase() {
            RevisionMap map = map(rev("a"), rev("b").down("a"), rev("c"), rev("d").down("c"));
            assertThat(map.resolveOne("base")).isNull();
        }

        @Test
        void exactShortIdsMatchExactly() {
            assertThat(id(labeled().resolveOne("e"))).isEqualTo("e");
        }
    }

    /** Alembic's LabeledBranchTest graph. */
    static RevisionMap labeled() {
        return map(rev("a").labels("abranch"), rev("b").down("a"), rev("somelongername").down("b"),
                rev("c").down("somelongername"), rev("d"), rev("e").down("d").labels("ebranch"),
                rev("someothername").down("e"), rev("f").down("someothername"));
    }

    @Nested
    class PartialIdentifiers {

        @Test
        void uniquePrefixResolves() {
            assertThat(id(labeled().resolveOne("somel"))).isEqualTo("somelongername");
            assertThat(id(labeled().resolveOne("ebra"))).isEqualTo("e");
        }

        @Test
        void prefixWithinABranchOnlyMatchesThatBranch() {
            assertThat(id(labeled().resolveOne("ebranch@some"))).isEqualTo("someothername");
            assertThat(id(labeled().resolveOne("abranch@some"))).isEqualTo("somelongername");
        }

        @Test
        void ambiguousPrefixListsTheFirstThree() {
            RevisionMap map = map(rev("abc1234"), rev("abc2345").down("abc1234"), rev("abc3456").down("abc2345"),
                    rev("abc4567").down("abc3456"));
            assertThatThrownBy(() -> map.resolveOne("abc"))
                    .isInstanceOfSatisfying(ResolutionException.class, e -> assertThat(e.argument()).isEqualTo("abc"))
                    .hasMessage("Multiple revisions start with 'abc': 'abc1234', 'abc2345', 'abc3456'...");
            assertThatThrownBy(() -> labeled().resolveOne("some"))
                    .hasMessage("Multiple revisions start with 'some': 'somelongername', 'someothername'...");
        }

        @Test
        void shortPrefixesMatchButTheErrorGivesAHint() {
            RevisionMap map = map(rev("548bbb905360"), rev("b7ea43dc85e4").down("548bbb905360"));
            assertThat(id(map.resolveOne("548"))).isEqualTo("548bbb905360");
            assertThatThrownBy(() -> labeled().resolveOne("ebranch@sos"))
                    .isInstanceOfSatisfying(ResolutionException.class, e -> assertThat(e.argument()).isEqualTo("sos"))
                    .hasMessage("No such revision or branch 'sos'; please ensure at least four characters are present "
                            + "for partial revision identifier matches");
            assertThatThrownBy(() -> labeled().resolveOne("abranch@qpr"))
                    .hasMessage("No such revision or branch 'qpr'; please ensure at least four characters are present "
                            + "for partial revision identifier matches");
        }

        @Test
        void unknownLongIdentifierHasNoHint() {
            assertThatThrownBy(() -> labeled().resolveOne("abranch@qprstuv"))
                    .isInstanceOfSatisfying(ResolutionException.class,
                            e -> assertThat(e.argument()).isEqualTo("qprstuv"))
                    .hasMessage("No such revision or branch 'qprstuv'");
        }

        @Test
        void idsShorterThanFourCharactersAreNotPrefixMatched() {
            RevisionMap map = map(rev("abc"), rev("abcd").down("abc"));
            assertThat(id(map.resolveOne("ab"))).isEqualTo("abcd");
        }
    }

    @Nested
    class BranchLabels {

        @Test
        void labelNamesTheRevisionThatDeclaresIt() {
            assertThat(id(labeled().resolveOne("abranch"))).isEqualTo("a");
            assertThat(id(labeled().resolveOne("ebranch"))).isEqualTo("e");
            assertThat(id(labeled().resolveOne("ebranch@ebranch"))).isEqualTo("e");
        }

        @Test
        void labelAtHeadHeadsAndBase() {
            RevisionMap map = labeled();
            assertThat(id(map.resolveOne("abranch@head"))).isEqualTo("c");
            assertThat(id(map.resolveOne("ebranch@head"))).isEqualTo("f");
            assertThat(ids(map.resolve("abranch@heads"))).containsExactly("c");
            assertThat(map.resolveOne("abranch@base")).isNull();
            assertThat(id(map.resolveOne("ebranch@d"))).isEqualTo("d");
        }

        @Test
        void revisionOutsideTheBranchIsRejected() {
            assertThatThrownBy(() -> labeled().resolveOne("ebranch@b"))
                    .isInstanceOfSatisfying(ResolutionException.class, e -> assertThat(e.argument()).isEqualTo("b"))
                    .hasMessage("Revision b is not a member of branch 'ebranch'");
            assertThatThrownBy(() -> labeled().resolveOne("abranch@d"))
                    .hasMessage("Revision d is not a member of branch 'abranch'");
        }

        @Test
        void revisionIdsAndPartialIdsStandForTheirBranch() {
            assertThat(id(labeled().resolveOne("e@d"))).isEqualTo("d");
            assertThat(id(labeled().resolveOne("someoth@d"))).isEqualTo("d");
            assertThat(id(branched().resolveOne("c2@head"))).isEqualTo("d2");
            assertThat(ids(branched().resolve("b@heads"))).containsExactly("d1", "d2");
        }

        @Test
        void unknownBranch() {
            assertThatThrownBy(() -> labeled().resolveOne("x@d"))
                    .isInstanceOfSatisfying(ResolutionException.class, e -> assertThat(e.argument()).isEqualTo("x"))
                    .hasMessage("No such branch: 'x'");
            assertThatThrownBy(() -> labeled().resolve("x@base")).hasMessage("No such branch: 'x'");
        }

        @Test
        void headOfABranchWithSeveralHeadsNamesTheArgument() {
            assertThatThrownBy(() -> branched().resolveOne("b@head"))
                    .isInstanceOfSatisfying(MultipleHeadsException.class, e -> {
                        assertThat(e.argument()).isEqualTo("b@head");
                        assertThat(e.heads()).containsExactly("d1", "d2");
                    })
                    .hasMessageContaining("given argument 'b@head'");
        }

        @Test
        void labelAtHeadFollowsTheLabelAcrossAMerge() {
            RevisionMap map = map(rev("a"), rev("b").down("a"), rev("c1").down("b").labels("c1branch"),
                    rev("c2").down("b"), rev("d").down("c1", "c2"));
            assertThat(id(map.resolveOne("c1branch@head"))).isEqualTo("d");
            assertThat(id(map.resolveOne("d@c2"))).isEqualTo("c2");
            assertThatThrownBy(() -> map.resolveOne("c1branch@c2"))
                    .hasMessage("Revision c2 is not a member of branch 'c1branch'");
        }
    }

    @Nested
    class RelativeForms {

        @Test
        void relativeToARevision() {
            RevisionMap map = chain();
            assertThat(id(map.resolveOne("b+2"))).isEqualTo("d");
            assertThat(id(map.resolveOne("d-2"))).isEqualTo("b");
            assertThat(id(map.resolveOne("head-1"))).isEqualTo("d");
            assertThat(id(map.resolveOne("base+1"))).isEqualTo("a");
            assertThat(map.resolveOne("a-1")).isNull();
        }

        @Test
        void bareRelativeFormsCountFromHeadsOrBase() {
            RevisionMap map = chain();
            assertThat(id(map.resolveOne("-1"))).isEqualTo("d");
            assertThat(id(map.resolveOne("+2"))).isEqualTo("b");
            assertThatThrownBy(() -> map.resolveOne("-9"))
                    .isInstanceOf(RevisionException.class)
                    .hasMessage("Relative revision -9 didn't produce 9 migrations");
            assertThatThrownBy(() -> map.resolveOne("+9"))
                    .hasMessage("Relative revision +9 didn't produce 9 migrations");
        }

        @Test
        void walkingOffTheGraph() {
            RevisionMap map = chain();
            assertThatThrownBy(() -> map.resolveOne("a-2")).hasMessage("Walked too far");
            assertThatThrownBy(() -> map.resolveOne("e+1")).hasMessage("Walked too far");
        }

        @Test
        void ambiguousWalks() {
            assertThatThrownBy(() -> twoHeads().resolveOne("b+1")).hasMessage("Ambiguous walk");
            assertThatThrownBy(() -> map(rev("a"), rev("x")).resolveOne("base+1")).hasMessage("Ambiguous walk");
            assertThatThrownBy(() -> map(rev("a"), rev("b1").down("a"), rev("b2").down("a"), rev("m").down("b1", "b2"))
                    .resolveOne("m-1")).hasMessage("Ambiguous walk");
        }

        @Test
        void relativeWithinABranch() {
            RevisionMap map = branched();
            assertThat(id(map.resolveOne("c2branch@head-1"))).isEqualTo("c2");
            assertThat(id(map.resolveOne("c1branch@base+3"))).isEqualTo("c1");
            assertThat(id(map.resolveOne("c2branch@+3"))).isEqualTo("c2");
            assertThat(id(map.resolveOne("c1branch@-1"))).isEqualTo("c1");
            assertThat(id(map.resolveOne("c2branch@d2-2"))).isEqualTo("b");
            assertThat(ids(map.resolve("-1"))).containsExactly("c1", "c2");
        }

        @Test
        void labelWithDashIsNotRelative() {
            RevisionMap map = map(rev("a").labels("my-lib"), rev("b").down("a"));
            assertThat(id(map.resolveOne("my-lib"))).isEqualTo("a");
            assertThat(id(map.resolveOne("my-lib@head-1"))).isEqualTo("a");
        }

        @Test
        void emptyGraphHasNothingToWalk() {
            RevisionMap map = RevisionMap.of(List.of());
            assertThatThrownBy(() -> map.resolveOne("+1"))
                    .hasMessage("Relative revision +1 didn't produce 1 migrations");
        }
    }
}
