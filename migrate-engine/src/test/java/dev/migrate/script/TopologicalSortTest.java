package dev.migrate.script;

import static dev.migrate.script.Rev.ids;
import static dev.migrate.script.Rev.map;
import static dev.migrate.script.Rev.rev;
import static dev.migrate.script.Rev.stepIds;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact order of {@link TopologicalSort}: small graphs whose side branches depend on the trunk, with their orders
 * worked out by hand, and seeded random graphs and sets checked against {@link NaiveTopologicalSort}.
 */
class TopologicalSortTest {

    /**
     * A trunk t1..t5 and a labelled module m1..m2 that depends on t2 and t4. Walking down the trunk stops at t4,
     * which m2 waits on; the module is walked to its base before the trunk goes on, so it stays together.
     */
    @Test
    void sideBranchThatDependsOnTheTrunkStaysTogether() {
        RevisionMap map = map(rev("t1"), rev("t2").down("t1"), rev("t3").down("t2"), rev("t4").down("t3"),
                rev("t5").down("t4"), rev("m1").dependsOn("t2").labels("mod"), rev("m2").down("m1").dependsOn("t4"));
        assertThat(ids(map.history(null, null, List.of()))).containsExactly("t5", "m2", "m1", "t4", "t3", "t2", "t1");
        assertThat(stepIds(map.upgradePlan(List.of(), "heads")))
                .containsExactly("t1", "t2", "t3", "t4", "m1", "m2", "t5");
        assertThat(stepIds(map.downgradePlan(List.of("t5", "m2"), "base")))
                .containsExactly("t5", "m2", "m1", "t4", "t3", "t2", "t1");
    }

    /**
     * The feature f1, declared first, is walked first, down to t1, which waits on t2 and on m2 (through m2's
     * dependency). The branch listed first above t1 is m2's, declared before t3 and reached from t1 only through that
     * dependency, not the trunk branch at t3 that descends from t1 through first parents: the module comes next,
     * then the trunk.
     */
    @Test
    void firstBranchAboveIsFoundThroughADependency() {
        RevisionMap map = map(rev("f1").down("t1"), rev("m1").labels("mod"), rev("m2").down("m1").dependsOn("t1"),
                rev("t1"), rev("t2").down("t1"), rev("t3").down("t2"));
        assertThat(ids(map.history(null, null, List.of()))).containsExactly("f1", "m2", "m1", "t3", "t2", "t1");
        assertThat(stepIds(map.upgradePlan(List.of(), "heads")))
                .containsExactly("t1", "t2", "t3", "m1", "m2", "f1");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("dev.migrate.script.RevisionGraphPropertyTest#seeds")
    void randomGraphsInTheNaiveOrder(long seed) {
        Random random = new Random(seed);
        assertNaiveOrder(random, RandomGraphs.dag(random, 2 + random.nextInt(60)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("dev.migrate.script.RevisionGraphPropertyTest#seeds")
    void modulesThatDependOnTheTrunkInTheNaiveOrder(long seed) {
        Random random = new Random(seed);
        assertNaiveOrder(random, RandomGraphs.trunkWithDependentModules(random, 20 + random.nextInt(300)));
    }

    /**
     * Sorts, in the fast and the naive way, the whole graph from its heads and the sets that upgrade, downgrade and
     * arbitrary ranges give: needed revisions between random current heads and targets, applied revisions above a
     * random one, and random subsets from random heads (not closed between their members).
     */
    private static void assertNaiveOrder(Random random, List<Revision> revisions) {
        Graph graph = GraphBuilder.build(revisions);
        int n = graph.size();
        BitSet all = new BitSet();
        all.set(0, n);
        assertSameOrder(graph, all, graph.heads);
        assertSameOrder(graph, all, graph.realHeads);
        for (int round = 0; round < 10; round++) {
            int[] current = randomRevisions(random, n, random.nextInt(3));
            int[] targets = randomRevisions(random, n, 1 + random.nextInt(2));
            BitSet needed = graph.ancestors(targets, true);
            needed.andNot(graph.ancestors(current, true));
            assertSameOrder(graph, needed, targets);

            BitSet applied = graph.descendants(randomRevisions(random, n, 1), true);
            applied.and(graph.ancestors(targets, true));
            assertSameOrder(graph, applied, targets);

            BitSet subset = new BitSet();
            for (int revision = 0; revision < n; revision++) {
                if (random.nextBoolean()) {
                    subset.set(revision);
                }
            }
            assertSameOrder(graph, subset, randomRevisions(random, n, random.nextInt(4)));
        }
    }

    private static void assertSameOrder(Graph graph, BitSet todo, int[] heads) {
        List<String> expected = graph.idsOf(NaiveTopologicalSort.newestFirst(graph, todo, heads));
        assertThat(graph.idsOf(TopologicalSort.newestFirst(graph, todo, heads)))
                .as("set %s from heads %s", graph.idsOf(todo.stream().toArray()), graph.idsOf(heads))
                .isEqualTo(expected);
    }

    private static int[] randomRevisions(Random random, int n, int count) {
        List<Integer> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            picked.add(random.nextInt(n));
        }
        return picked.stream().mapToInt(Integer::intValue).distinct().toArray();
    }
}
