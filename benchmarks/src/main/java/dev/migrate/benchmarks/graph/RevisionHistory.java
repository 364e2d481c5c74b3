package dev.migrate.benchmarks.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import dev.migrate.script.Revision;

/**
 * A realistic revision history of a given size, the same for the same size on every run.
 *
 * <p>Its shape: one long trunk from a single base. Every so often a feature branch leaves the trunk, gets a few
 * revisions while the trunk moves on, and merges back (a merge point with two parents); the last one may still be
 * open at the end. One module per thousand revisions starts its own branch, with its own base and a branch label
 * {@code module_<k>}, grows slowly beside the trunk and now and then {@code dependsOn} the trunk revision of the
 * moment, as Alembic's "multiple bases" pattern does; each module stays a separate head. The shape scales with the
 * size, so 10,000 revisions are ten times the history of 1,000. Without dependencies the modules declare no
 * {@code dependsOn}, everything else being the same.
 */
final class RevisionHistory {

    /** The package the revisions claim to be in; no class of it exists or is needed for graph work. */
    static final String LOCATION = "bench.graph";

    private final SplittableRandom random;
    private final boolean dependencies;
    private final List<Revision> revisions = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final List<String> moduleTips = new ArrayList<>();
    private String trunkTip;
    private String featureTip;
    private int featureLeft;
    private boolean trunkMovedSinceBranch;

    private RevisionHistory(long seed, boolean dependencies) {
        this.random = new SplittableRandom(seed);
        this.dependencies = dependencies;
    }

    /**
     * {@code size} revisions of this shape, in no particular order (the index sorts them by class name), with or
     * without the modules' {@code dependsOn}.
     */
    static List<Revision> generate(int size, boolean dependencies) {
        RevisionHistory history = new RevisionHistory(size, dependencies);
        while (history.revisions.size() < size) {
            history.next();
        }
        return history.revisions;
    }

    private void next() {
        int position = revisions.size();
        if (trunkTip == null) {
            trunkTip = add(List.of(), List.of(), Set.of());
        }
        else if (position % 1000 == 500) {
            int module = moduleTips.size() + 1;
            moduleTips.add(add(List.of(), dependsOnTrunk(100), Set.of("module_" + module)));
        }
        else if (!moduleTips.isEmpty() && random.nextInt(100) < 8) {
            int module = random.nextInt(moduleTips.size());
            moduleTips.set(module, add(List.of(moduleTips.get(module)), dependsOnTrunk(30), Set.of()));
        }
        else if (featureTip != null) {
            feature();
        }
        else if (random.nextInt(100) < 4) {
            featureTip = add(List.of(trunkTip), List.of(), Set.of());
            featureLeft = 1 + random.nextInt(6);
            trunkMovedSinceBranch = false;
        }
        else {
            trunk();
        }
    }

    /** Moves an open feature branch: a revision on it, a trunk revision meanwhile, or the merge back. */
    private void feature() {
        if (featureLeft > 0 && random.nextInt(100) < 60) {
            featureTip = add(List.of(featureTip), List.of(), Set.of());
            featureLeft--;
        }
        else if (featureLeft == 0 && trunkMovedSinceBranch) {
            trunkTip = add(List.of(trunkTip, featureTip), List.of(), Set.of());
            featureTip = null;
        }
        else {
            trunk();
            trunkMovedSinceBranch = true;
        }
    }

    /**
     * The current trunk revision, {@code percent} times in a hundred when dependencies are on; else nothing. Draws
     * from the generator either way, so both variants have the same shape.
     */
    private List<String> dependsOnTrunk(int percent) {
        boolean drawn = random.nextInt(100) < percent;
        return dependencies && drawn ? List.of(trunkTip) : List.of();
    }

    private void trunk() {
        trunkTip = add(List.of(trunkTip), List.of(), Set.of());
    }

    private String add(List<String> down, List<String> dependsOn, Set<String> branchLabels) {
        String id;
        do {
            id = String.format("%012x", random.nextLong(1L << 48));
        } while (!ids.add(id));
        int number = revisions.size() + 1;
        revisions.add(new Revision(id, down, dependsOn, branchLabels, "revision " + number,
                LOCATION + ".V" + id + "_Revision" + number, LOCATION));
        return id;
    }
}
