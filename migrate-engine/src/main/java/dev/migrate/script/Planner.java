package dev.migrate.script;

import static dev.migrate.script.SymbolResolver.BASE;
import static dev.migrate.script.SymbolResolver.OVERWALK;
import static dev.migrate.script.SymbolResolver.orNothing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.script.MigrationStep.RevisionStep;
import dev.migrate.script.MigrationStep.StampStep;
import dev.migrate.script.SymbolResolver.Relative;

/**
 * Computes the plans of {@code upgrade}, {@code downgrade} and {@code stamp} and the range of {@code history}, the
 * way Alembic's {@code _upgrade_revs}, {@code _downgrade_revs}, {@code _stamp_revs} and {@code walk_revisions} do.
 * Each plan walks only the revisions between the current heads and the destination.
 */
final class Planner {

    private static final Logger LOG = LoggerFactory.getLogger(Planner.class);

    private final Graph graph;
    private final SymbolResolver resolver;

    Planner(Graph graph, SymbolResolver resolver) {
        this.graph = graph;
        this.resolver = resolver;
    }

    /**
     * Every revision needed by the destination (ancestors and dependencies included) that the current heads do not
     * already imply, parents and dependencies first. Unrelated branches are left alone.
     */
    List<MigrationStep> upgrade(Collection<String> currentHeads, String destination) {
        int[] current = resolveAll(currentHeads);
        int[] targets = upgradeTargets(current, destination, true);
        BitSet needed = graph.ancestorsOfDistinct(targets);
        needed.andNot(graph.ancestorsOfDistinct(current));
        int[] order = TopologicalSort.newestFirst(graph, needed, targets);
        List<MigrationStep> steps = new ArrayList<>(order.length);
        for (int i = order.length - 1; i >= 0; i--) {
            Revision revision = graph.revisions[order[i]];
            steps.add(new RevisionStep(revision, true, revision.down(), List.of(revision.id())));
        }
        return steps;
    }

    /**
     * The applied revisions above the destination (its children and their descendants and dependents; all bases for
     * {@code base}; only the branch named by a {@code label@} prefix), children first.
     */
    List<MigrationStep> downgrade(Collection<String> currentHeads, String destination) {
        int[] current = resolveAll(currentHeads);
        DowngradeTarget downgradeTarget = downgradeTarget(current, destination);
        int target = downgradeTarget.revision();
        int[] roots = target == BASE ? graph.bases : graph.children[target];
        if (downgradeTarget.branch() != null && roots.length > 1) {
            roots = Ints.filter(roots, graph.ancestors(new int[] {resolver.resolveBranch(downgradeTarget.branch())},
                    false));
            if (roots.length == 0) {
                throw new RevisionException("Not a valid downgrade target from current heads");
            }
        }
        BitSet dropped = graph.descendants(roots, true);
        dropped.and(graph.ancestors(current, true));
        if (target != BASE && dropped.isEmpty() && !Ints.contains(current, target)) {
            throw RangeNotAncestorException.downgrade(destination, String.join(", ", graph.idsOf(current)));
        }
        int[] order = TopologicalSort.newestFirst(graph, dropped, current);
        List<MigrationStep> steps = new ArrayList<>(order.length);
        for (int revisionNumber : order) {
            Revision revision = graph.revisions[revisionNumber];
            steps.add(new RevisionStep(revision, false, List.of(revision.id()), revision.down()));
        }
        return steps;
    }

    /**
     * Alembic's {@code _stamp_revs}, with one correction: the rows a destination moves are those that share its
     * lineage, not those that share the lineage of any destination (which could merge unrelated rows away).
     */
    List<MigrationStep> stamp(Collection<String> currentHeads, List<String> destinations) {
        try {
            return stampSteps(resolveAll(currentHeads), destinations.isEmpty() ? List.of("base") : destinations);
        } catch (MultipleHeadsException ambiguous) {
            throw new MultipleHeadsException("Multiple heads are present; please specify a single target revision",
                    ambiguous.argument(), ambiguous.heads());
        }
    }

    private List<MigrationStep> stampSteps(int[] rows, List<String> symbols) {
        int[] destinations = new int[0];
        for (String symbol : symbols) {
            destinations = Ints.union(destinations, resolver.resolve(symbol));
        }
        if (destinations.length == 0) {
            return stampToBase(rows, symbols);
        }
        List<MigrationStep> steps = new ArrayList<>();
        for (int destination : destinations) {
            if (!Ints.contains(rows, destination)) {
                steps.add(stampTo(rows, destination));
            }
        }
        return steps;
    }

    /** Deletes the rows on the branches of the symbols ({@code label@base}), or all rows for plain {@code base}. */
    private List<MigrationStep> stampToBase(int[] rows, List<String> symbols) {
        BitSet related = new BitSet();
        for (String symbol : symbols) {
            String branch = SymbolResolver.branchOf(symbol);
            if (branch == null) {
                related.set(0, graph.size());
            } else {
                related.or(graph.lineage(resolver.resolveBranch(branch), true));
            }
        }
        List<MigrationStep> steps = new ArrayList<>();
        for (int row : Ints.filter(rows, related)) {
            steps.add(new StampStep(List.of(graph.id(row)), List.of(), false, true));
        }
        return steps;
    }

    /**
     * Moves the rows on the destination's line of descent (dependencies included) down or up to it, or starts a new
     * branch when there are none.
     */
    private StampStep stampTo(int[] rows, int destination) {
        List<String> to = List.of(graph.id(destination));
        if (rows.length == 0) {
            return new StampStep(List.of(), to, true, true);
        }
        BitSet above = graph.descendants(new int[] {destination}, true);
        BitSet related = graph.ancestors(new int[] {destination}, true);
        related.or(above);
        List<String> from = graph.idsOf(Ints.filter(rows, related));
        if (Ints.any(rows, above)) {
            return new StampStep(from, to, false, false);
        }
        return from.isEmpty() ? new StampStep(List.of(), to, true, true) : new StampStep(from, to, true, false);
    }

    /**
     * The revisions from {@code lower} up to {@code upper}, newest first, both ends included, like
     * {@code alembic history -r lower:upper}. Relative forms that walk too far stop at the end of the graph.
     */
    List<Revision> history(String lower, String upper, Collection<String> currentHeads) {
        int[] current = resolveAll(currentHeads);
        Relative upperRelative = SymbolResolver.parseRelative(upper);
        boolean upperFromLower = upperRelative != null && upperRelative.symbol() == null && upperRelative.upward();
        int[] lowers;
        int[] targets;
        if (upperFromLower) {
            lowers = historyBound(lower, current, graph.realHeads);
            targets = upgradeTargets(lowers, upper, false);
        } else {
            targets = historyBound(upper == null ? "heads" : upper, current, graph.realHeads);
            lowers = historyBound(lower, current, targets);
        }
        String lowerBranch = SymbolResolver.branchOf(lower);
        if (lowerBranch != null) {
            targets = Ints.filter(targets, graph.lineage(resolver.resolveBranch(lowerBranch), false));
        }
        BitSet range = graph.ancestorsOfDistinct(targets);
        for (int bound : lowers) {
            if (!range.get(bound)) {
                throw RangeNotAncestorException.range(lower == null ? "base" : lower, upper == null ? "heads" : upper);
            }
        }
        if (lowers.length > 0) {
            range.andNot(graph.ancestors(lowers, true));
            for (int bound : lowers) {
                range.set(bound);
            }
            range.and(graph.descendants(lowers, false));
        }
        return graph.revisionsOf(TopologicalSort.newestFirst(graph, range, targets));
    }

    /**
     * One end of a history range: {@code current}, a bare relative form (downward from {@code below}, upward from
     * base), or any symbol; relative walks stop at the end of the graph.
     */
    private int[] historyBound(String symbol, int[] current, int[] below) {
        if (symbol == null) {
            return new int[0];
        }
        if (symbol.equals("current")) {
            return current;
        }
        Relative relative = SymbolResolver.parseRelative(symbol);
        if (relative == null) {
            return resolver.resolve(symbol);
        }
        if (relative.symbol() != null) {
            return orNothing(resolver.walkFromSymbol(relative, false));
        }
        if (relative.upward()) {
            return upgradeTargets(new int[0], symbol, false);
        }
        int[] starts = relative.branch() == null ? below
                : Ints.filter(below, resolver.branchLineage(relative.branch()));
        int[] bounds = new int[0];
        for (int start : starts) {
            bounds = Ints.union(bounds, orNothing(resolver.walk(start, relative.steps(), null, false)));
        }
        return bounds;
    }

    /**
     * What an upgrade destination names, relative forms included: a bare {@code +N} (optionally on a branch) walks
     * up from the one current head on that branch, or from the revision the branch was left at.
     */
    private int[] upgradeTargets(int[] current, String destination, boolean noOverwalk) {
        Relative relative = SymbolResolver.parseRelative(destination);
        if (relative == null) {
            return resolver.resolve(destination);
        }
        if (relative.symbol() != null) {
            return orNothing(checkWalk(resolver.walkFromSymbol(relative, noOverwalk)));
        }
        if (!relative.upward()) {
            throw SymbolResolver.didNotProduce(relative);
        }
        int[] starts = current.length == 0 ? new int[] {BASE} : current;
        if (relative.branch() != null) {
            BitSet lineage = resolver.branchLineage(relative.branch());
            starts = Ints.filter(current, lineage);
            if (starts.length == 0) {
                starts = tipsOnBranch(current, lineage);
            }
        }
        if (starts.length > 1) {
            throw new RevisionException("Ambiguous upgrade from multiple current revisions");
        }
        int target = resolver.walk(starts[0], relative.steps(), relative.branch(), noOverwalk);
        if (target == OVERWALK) {
            throw SymbolResolver.didNotProduce(relative);
        }
        return orNothing(target);
    }

    /** Where an upgrade along a branch that has no current head starts: the applied revisions' tips on it. */
    private int[] tipsOnBranch(int[] current, BitSet lineage) {
        BitSet active = graph.ancestors(current, true);
        active.and(lineage);
        BitSet tips = (BitSet) active.clone();
        for (int revision = active.nextSetBit(0); revision >= 0; revision = active.nextSetBit(revision + 1)) {
            for (int parent : graph.parents[revision]) {
                tips.clear(parent);
            }
        }
        return tips.isEmpty() ? new int[] {BASE} : tips.stream().toArray();
    }

    /** A downgrade destination: the revision ({@link SymbolResolver#BASE} for none) and the branch it limits to. */
    private record DowngradeTarget(String branch, int revision) {
    }

    private DowngradeTarget downgradeTarget(int[] current, String destination) {
        if (destination == null || destination.equals("base")) {
            return new DowngradeTarget(null, BASE);
        }
        Relative relative = SymbolResolver.parseRelative(destination);
        if (relative == null) {
            int at = destination.lastIndexOf('@');
            return new DowngradeTarget(at < 0 ? null : destination.substring(0, at), resolver.resolveOne(destination));
        }
        if (relative.steps() >= 0 && relative.symbol() == null) {
            throw SymbolResolver.didNotProduce(relative);
        }
        if (relative.symbol() != null) {
            return new DowngradeTarget(relative.branch(), checkWalk(resolver.walkFromSymbol(relative, true)));
        }
        int start;
        String branch = relative.branch();
        if (branch != null) {
            start = currentOnBranch(current, relative);
        } else {
            if (current.length == 0) {
                throw SymbolResolver.didNotProduce(relative);
            }
            if (current.length > 1) {
                LOG.warn("downgrade -1 from multiple heads is ambiguous; this usage will be disallowed in a future "
                        + "release.");
            }
            start = current[0];
            branch = graph.id(start);
        }
        int target = resolver.walk(start, relative.steps(), null, true);
        if (target == OVERWALK) {
            throw SymbolResolver.didNotProduce(relative);
        }
        return new DowngradeTarget(branch, target);
    }

    /**
     * The current head on the branch of a {@code label@-N} downgrade; when the branch's head is only implied (by a
     * dependency of another head), the applied tip of the branch.
     */
    private int currentOnBranch(int[] current, Relative relative) {
        BitSet lineage = resolver.branchLineage(relative.branch());
        int[] onBranch = Ints.filter(current, lineage);
        if (onBranch.length == 0) {
            onBranch = Ints.filter(tipsOfApplied(current), lineage);
        }
        if (onBranch.length == 0) {
            throw SymbolResolver.didNotProduce(relative);
        }
        if (onBranch.length > 1) {
            throw new RevisionException("Ambiguous downgrade from multiple current revisions on branch '"
                    + relative.branch() + "'");
        }
        return onBranch[0];
    }

    /** The applied revisions (current heads and their ancestors) that have no applied child through {@code down}. */
    private int[] tipsOfApplied(int[] current) {
        BitSet applied = graph.ancestors(current, true);
        int[] tips = new int[applied.cardinality()];
        int count = 0;
        for (int revision = applied.nextSetBit(0); revision >= 0; revision = applied.nextSetBit(revision + 1)) {
            boolean tip = true;
            for (int child : graph.children[revision]) {
                tip &= !applied.get(child);
            }
            if (tip) {
                tips[count++] = revision;
            }
        }
        return Arrays.copyOf(tips, count);
    }

    private static int checkWalk(int target) {
        if (target == OVERWALK) {
            throw new RevisionException("Walked too far");
        }
        return target;
    }

    /** The revisions the version-table rows (or symbols standing for them) name, in the order given. */
    private int[] resolveAll(Collection<String> heads) {
        int[] resolved = new int[0];
        for (String head : heads) {
            resolved = Ints.union(resolved, resolver.resolve(head));
        }
        return resolved;
    }
}
