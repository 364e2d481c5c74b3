package dev.migrate.script;

import static dev.migrate.script.Rev.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrate.runtime.HeadMaintainer;
import dev.migrate.script.MigrationStep.RevisionStep;

/**
 * Invariants of the graph, its plans and the version rows, checked against {@link GraphOracle} on a few hundred
 * seeded random DAGs (the seed is the test's name) and on 10,000-revision graphs.
 */
class RevisionGraphPropertyTest {

    static LongStream seeds() {
        return LongStream.range(1, 301);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomGraph(long seed) {
        Random random = new Random(seed);
        List<Revision> revisions = RandomGraphs.dag(random, 2 + random.nextInt(45));
        RevisionMap map = RevisionMap.of(revisions);
        GraphOracle oracle = new GraphOracle(revisions);

        assertThat(ids(map.heads())).containsExactlyInAnyOrderElementsOf(oracle.heads());
        assertThat(ids(map.realHeads())).containsExactlyInAnyOrderElementsOf(oracle.realHeads());
        assertNewestFirst(oracle, map.history("base", "heads", List.of()), oracle.ids());

        Set<String> heads = run(map, oracle, Set.of(), "upgrade", "heads");
        assertThat(heads).containsExactlyInAnyOrderElementsOf(oracle.realHeads());
        assertThat(run(map, oracle, heads, "downgrade", "base")).isEmpty();

        for (int operation = 0; operation < 8; operation++) {
            Set<String> start = randomState(random, oracle, revisions);
            String target = revisions.get(random.nextInt(revisions.size())).id();
            switch (random.nextInt(4)) {
                case 0 -> run(map, oracle, start, "upgrade", target);
                case 1 -> run(map, oracle, start, "upgrade", "heads");
                case 2 -> downgradeToAppliedRevision(map, oracle, start, appliedMember(random, oracle, start));
                default -> assertThat(stamp(map, oracle, start, "heads"))
                        .containsExactlyInAnyOrderElementsOf(oracle.realHeads());
            }
            assertThat(stamp(map, oracle, start, target)).isEqualTo(expectedStamp(oracle, start, target));
        }

        for (int range = 0; range < 5; range++) {
            String upper = revisions.get(random.nextInt(revisions.size())).id();
            List<String> below = new ArrayList<>(oracle.ancestors(List.of(upper)));
            below.sort(null);
            String lower = below.get(random.nextInt(below.size()));
            Set<String> expected = oracle.ancestors(List.of(upper));
            expected.removeAll(oracle.ancestors(List.of(lower)));
            expected.add(lower);
            expected.retainAll(oracle.versionedDescendants(List.of(lower)));
            assertNewestFirst(oracle, map.history(lower, upper, List.of()), expected);
        }

        String middle = revisions.stream().map(Revision::id)
                .filter(id -> oracle.realHeads().contains(id) || !oracle.versionedChildren(id).isEmpty())
                .findFirst().orElseThrow();
        Set<String> earlier = run(map, oracle, run(map, oracle, Set.of(), "upgrade", "heads"), "downgrade", middle);
        Set<String> roundTrip = run(map, oracle, run(map, oracle, earlier, "upgrade", "heads"), "downgrade", middle);
        assertThat(roundTrip).as("upgrade to heads then back down to the earlier heads").isEqualTo(earlier);

        List<String> again = Rev.stepIds(RevisionMap.of(revisions).upgradePlan(List.of(), "heads"));
        assertThat(again).as("deterministic").isEqualTo(Rev.stepIds(map.upgradePlan(List.of(), "heads")));
    }

    /**
     * Plans {@code command} to {@code destination} from {@code heads}, checks that the plan is topological, runs it
     * through a HeadMaintainer checking that the rows stay an antichain, and checks the final rows against the
     * applied set the oracle expects. Returns the final rows.
     */
    private static Set<String> run(RevisionMap map, GraphOracle oracle, Set<String> heads, String command,
            String destination) {
        boolean upgrade = command.equals("upgrade");
        List<MigrationStep> plan = upgrade ? map.upgradePlan(heads, destination)
                : map.downgradePlan(heads, destination);
        Set<String> applied = oracle.ancestors(heads);
        HeadMaintainer maintainer = new HeadMaintainer(map, heads);
        for (MigrationStep step : plan) {
            String id = ((RevisionStep) step).revision().id();
            if (upgrade) {
                assertThat(applied).as("%s applied before %s", oracle.parents(id), id)
                        .containsAll(oracle.parents(id)).doesNotContain(id);
                applied.add(id);
            } else {
                Set<String> stillAbove = oracle.descendants(List.of(id));
                stillAbove.remove(id);
                stillAbove.retainAll(applied);
                assertThat(stillAbove).as("applied above %s", id).isEmpty();
                assertThat(applied).contains(id);
                applied.remove(id);
            }
            maintainer.apply(step);
            assertThat(oracle.isAntichain(maintainer.heads())).as("rows %s after %s", maintainer.heads(), id)
                    .isTrue();
        }
        assertThat(applied).isEqualTo(expectedApplied(oracle, heads, upgrade, destination));
        assertThat(maintainer.heads()).containsExactlyInAnyOrderElementsOf(oracle.maximal(applied));
        return maintainer.heads();
    }

    private static Set<String> expectedApplied(GraphOracle oracle, Set<String> heads, boolean upgrade,
            String destination) {
        Set<String> applied = oracle.ancestors(heads);
        if (upgrade) {
            applied.addAll(oracle.ancestors(destination.equals("heads") ? oracle.realHeads() : Set.of(destination)));
        } else if (destination.equals("base")) {
            applied.clear();
        } else {
            applied.removeAll(oracle.descendants(oracle.versionedChildren(destination)));
        }
        return applied;
    }

    /**
     * Downgrades to an applied revision; one applied only as a dependency of another branch, with none of its own
     * children applied, is not a valid destination (as in Alembic).
     */
    private static void downgradeToAppliedRevision(RevisionMap map, GraphOracle oracle, Set<String> heads,
            String destination) {
        boolean onlyADependency = !destination.equals("base") && !heads.contains(destination)
                && oracle.versionedChildren(destination).stream().noneMatch(oracle.ancestors(heads)::contains);
        if (onlyADependency) {
            assertThatThrownBy(() -> map.downgradePlan(heads, destination))
                    .isInstanceOf(RangeNotAncestorException.class);
        } else {
            run(map, oracle, heads, "downgrade", destination);
        }
    }

    private static Set<String> stamp(RevisionMap map, GraphOracle oracle, Set<String> heads, String destination) {
        HeadMaintainer maintainer = new HeadMaintainer(map, heads);
        for (MigrationStep step : map.stampPlan(heads, List.of(destination))) {
            maintainer.apply(step);
            assertThat(oracle.isAntichain(maintainer.heads())).as("rows %s while stamping %s", maintainer.heads(),
                    destination).isTrue();
        }
        return maintainer.heads();
    }

    /** Stamping one revision replaces the rows on its line of descent by it and keeps the others. */
    private static Set<String> expectedStamp(GraphOracle oracle, Set<String> heads, String destination) {
        Set<String> lineage = oracle.ancestors(List.of(destination));
        lineage.addAll(oracle.descendants(List.of(destination)));
        Set<String> rows = new HashSet<>(heads);
        rows.removeAll(lineage);
        rows.add(destination);
        return rows;
    }

    /** The rows of a database where one to three random revisions (and so their ancestors) are applied. */
    private static Set<String> randomState(Random random, GraphOracle oracle, List<Revision> revisions) {
        List<String> picked = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            picked.add(revisions.get(random.nextInt(revisions.size())).id());
        }
        return oracle.maximal(oracle.ancestors(picked));
    }

    private static String appliedMember(Random random, GraphOracle oracle, Set<String> heads) {
        List<String> applied = new ArrayList<>(oracle.ancestors(heads));
        if (applied.isEmpty() || random.nextInt(5) == 0) {
            return "base";
        }
        applied.sort(null);
        return applied.get(random.nextInt(applied.size()));
    }

    /** Each of {@code expected} exactly once, every revision before all of its parents in the list. */
    private static void assertNewestFirst(GraphOracle oracle, List<Revision> history, Set<String> expected) {
        List<String> order = ids(history);
        assertThat(order).containsExactlyInAnyOrderElementsOf(expected);
        for (int i = 0; i < order.size(); i++) {
            for (String parent : oracle.parents(order.get(i))) {
                if (order.contains(parent)) {
                    assertThat(order.indexOf(parent)).as("%s after its child %s", parent, order.get(i))
                            .isGreaterThan(i);
                }
            }
        }
    }

    @Test
    void tenThousandRevisionsWithBranchesAndMerges() {
        List<Revision> revisions = RandomGraphs.trunkWithBranches(new Random(42), 10_000);
        RevisionMap map = RevisionMap.of(revisions);
        GraphOracle oracle = new GraphOracle(revisions);
        assertThat(ids(map.heads())).containsExactlyInAnyOrderElementsOf(oracle.heads());
        assertThat(oracle.heads()).hasSizeGreaterThan(1);

        List<MigrationStep> upgrade = map.upgradePlan(List.of(), "heads");
        assertThat(upgrade).hasSize(10_000);
        Set<String> applied = new HashSet<>();
        for (MigrationStep step : upgrade) {
            String id = ((RevisionStep) step).revision().id();
            assertThat(applied.containsAll(oracle.parents(id))).as("parents of %s first", id).isTrue();
            applied.add(id);
        }
        Set<String> heads = Plans.headsAfter(map, List.of(), upgrade);
        assertThat(heads).containsExactlyInAnyOrderElementsOf(oracle.realHeads());
        assertThat(oracle.isAntichain(heads)).isTrue();

        List<MigrationStep> downgrade = map.downgradePlan(heads, "base");
        assertThat(downgrade).hasSize(10_000);
        for (MigrationStep step : downgrade) {
            String id = ((RevisionStep) step).revision().id();
            assertThat(oracle.children(id).stream().noneMatch(applied::contains)).as("children of %s first", id)
                    .isTrue();
            applied.remove(id);
        }
        assertThat(Plans.headsAfter(map, heads, downgrade)).isEmpty();
        assertThat(map.history("base", "heads", List.of())).hasSize(10_000);
        assertThat(map.stampPlan(List.of(), List.of("heads"))).hasSize(oracle.realHeads().size());
    }

    @Test
    void tenThousandRevisionsInOneLine() {
        RevisionMap map = RevisionMap.of(RandomGraphs.chain(10_000));
        assertThat(Rev.stepIds(map.upgradePlan(List.of(), "head"))).hasSize(10_000).startsWith("c00000")
                .endsWith("c09999");
        assertThat(Plans.upgrade(map, List.of("c00000"), "head")).containsExactly("c09999");
        assertThat(Rev.stepIds(map.downgradePlan(List.of("c09999"), "base"))).hasSize(10_000).startsWith("c09999");
        assertThat(Plans.downgrade(map, List.of("c09999"), "base")).isEmpty();
        assertThat(ids(map.history(null, null, List.of()))).hasSize(10_000).startsWith("c09999").endsWith("c00000");
        assertThat(map.resolveOne("head-9999").id()).isEqualTo("c00000");
        assertThat(map.resolveOne("base+10000").id()).isEqualTo("c09999");
        assertThatThrownBy(() -> map.resolveOne("c"))
                .hasMessage("Multiple revisions start with 'c': 'c00000', 'c00001', 'c00002'...");
        assertThat(map.branchLabels("c05000")).isEmpty();
        assertThat(Plans.stamp(map, List.of("c00001"), "heads")).containsExactly("c09999");
    }
}
