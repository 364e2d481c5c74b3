package dev.migrate.script;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Seeded generators of revision graphs for property tests. */
final class RandomGraphs {

    private RandomGraphs() {
    }

    /**
     * A random DAG of {@code size} revisions: mostly chains, with new bases, branches, merges of two or three
     * parents (sometimes redundant ones), dependencies (sometimes by label) and labels; given in shuffled order.
     */
    static List<Revision> dag(Random random, int size) {
        List<String> ids = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Revision> revisions = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String id = String.format("%03x%05x", i, random.nextInt(1 << 20));
            Set<String> down = new LinkedHashSet<>();
            double shape = random.nextDouble();
            if (i > 0 && shape > 0.08) {
                int parents = shape > 0.9 && i > 2 ? 2 + random.nextInt(2) : 1;
                while (down.size() < Math.min(parents, i)) {
                    down.add(ids.get(random.nextDouble() < 0.7 ? Math.max(0, i - 1 - random.nextInt(3))
                            : random.nextInt(i)));
                }
            }
            Set<String> dependsOn = new LinkedHashSet<>();
            if (i > 0 && random.nextDouble() < 0.12) {
                int target = random.nextInt(i);
                String label = labels.get(target);
                dependsOn.add(label != null && random.nextBoolean() ? label : ids.get(target));
            }
            String label = random.nextDouble() < 0.08 ? "lib" + i : null;
            ids.add(id);
            labels.add(label);
            revisions.add(new Revision(id, List.copyOf(down), List.copyOf(dependsOn),
                    label == null ? Set.of() : Set.of(label), "", null, null));
        }
        Collections.shuffle(revisions, random);
        return revisions;
    }

    /**
     * A long trunk with side branches of up to 50 revisions, most of which merge back into the trunk, plus a few
     * dependencies on earlier trunk revisions and a few labels; {@code size} revisions in declaration order.
     */
    static List<Revision> trunkWithBranches(Random random, int size) {
        List<Revision> revisions = new ArrayList<>();
        List<String> trunk = new ArrayList<>();
        List<String> openBranches = new ArrayList<>();
        String previous = null;
        while (revisions.size() < size) {
            String id = String.format("t%05d", revisions.size());
            List<String> down = new ArrayList<>();
            if (previous != null) {
                down.add(previous);
            }
            if (!openBranches.isEmpty() && random.nextDouble() < 0.02) {
                down.add(openBranches.remove(random.nextInt(openBranches.size())));
            }
            List<String> dependsOn = trunk.size() > 10 && random.nextDouble() < 0.005
                    ? List.of(trunk.get(random.nextInt(trunk.size() - 5))) : List.of();
            Set<String> label = random.nextDouble() < 0.002 ? Set.of("lib" + revisions.size()) : Set.of();
            revisions.add(new Revision(id, down, dependsOn, label, "", null, null));
            trunk.add(id);
            previous = id;
            if (random.nextDouble() < 0.02 && revisions.size() < size - 50) {
                String tip = id;
                int length = 1 + random.nextInt(50);
                for (int j = 0; j < length; j++) {
                    String branchId = String.format("s%05d", revisions.size());
                    revisions.add(new Revision(branchId, List.of(tip), List.of(), Set.of(), "", null, null));
                    tip = branchId;
                }
                if (random.nextDouble() < 0.8) {
                    openBranches.add(tip);
                }
            }
        }
        return revisions;
    }

    /**
     * A trunk with short feature branches that merge back, and labelled modules with bases of their own that grow
     * beside it and often declare {@code dependsOn} on the trunk revision of the moment (Alembic's "multiple bases"
     * pattern); {@code size} revisions in shuffled order.
     */
    static List<Revision> trunkWithDependentModules(Random random, int size) {
        List<Revision> revisions = new ArrayList<>();
        List<String> moduleTips = new ArrayList<>();
        String trunk = null;
        String feature = null;
        while (revisions.size() < size) {
            String id = String.format("r%05d", revisions.size());
            List<String> down = new ArrayList<>();
            List<String> dependsOn = new ArrayList<>();
            Set<String> labels = Set.of();
            double shape = random.nextDouble();
            if (trunk != null && shape < 0.05) {
                labels = Set.of("module" + moduleTips.size());
                dependsOn.add(trunk);
                moduleTips.add(id);
            } else if (!moduleTips.isEmpty() && shape < 0.3) {
                int module = random.nextInt(moduleTips.size());
                down.add(moduleTips.get(module));
                if (random.nextDouble() < 0.5) {
                    dependsOn.add(trunk);
                }
                moduleTips.set(module, id);
            } else if (feature != null && shape < 0.45) {
                down.add(feature);
                feature = id;
            } else if (feature == null && trunk != null && shape < 0.5) {
                down.add(trunk);
                feature = id;
            } else {
                if (trunk != null) {
                    down.add(trunk);
                }
                if (feature != null && random.nextDouble() < 0.3) {
                    down.add(feature);
                    feature = null;
                }
                trunk = id;
            }
            revisions.add(new Revision(id, down, dependsOn, labels, "", null, null));
        }
        Collections.shuffle(revisions, random);
        return revisions;
    }

    /** A single line of {@code size} revisions, base first. */
    static List<Revision> chain(int size) {
        List<Revision> revisions = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            revisions.add(Revision.of(String.format("c%05d", i), i == 0 ? List.of() : List.of(String.format("c%05d",
                    i - 1))));
        }
        return revisions;
    }
}
