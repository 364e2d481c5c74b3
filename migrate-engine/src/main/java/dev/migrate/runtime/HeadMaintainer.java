package dev.migrate.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.migrate.MigrateException;
import dev.migrate.script.MigrationStep;
import dev.migrate.script.MigrationStep.RevisionStep;
import dev.migrate.script.MigrationStep.StampStep;
import dev.migrate.script.Revision;
import dev.migrate.script.RevisionMap;

/**
 * Keeps the set of current heads (the version table's rows) while steps run, and says which rows each step inserts,
 * updates or deletes: one row per head, with the branch, merge and stamp rules of Alembic's head maintenance.
 * Pure logic: the caller executes the changes.
 *
 * <p>Upgrading revision R, whose parents and dependencies are D: R is inserted when none of D is a row (a new base,
 * or a new branch from a revision other rows already imply); otherwise the rows among D are merged into R (all but
 * the last deleted, the last updated to R). Downgrading R: R is deleted when every member of D stays implied by the
 * other rows (or by another member of D); otherwise R is updated to the first member that is not, and the others
 * that are not are inserted. Stamp steps move the rows of their {@code from} that are present to their {@code to}
 * the same way, insert when none is present, and delete for a stamp to base.
 */
public final class HeadMaintainer {

    private final RevisionMap map;
    private final Set<String> heads;

    /**
     * @param map   the revision graph the steps come from
     * @param heads the rows of the version table; each must be a revision of {@code map}
     */
    public HeadMaintainer(RevisionMap map, Collection<String> heads) {
        this.map = map;
        this.heads = new LinkedHashSet<>();
        for (String head : heads) {
            if (map.find(head).isEmpty()) {
                throw new MigrateException("The version table holds '" + head + "', which is not a known revision; "
                        + "check the configured script locations, or stamp the database with --purge");
            }
            this.heads.add(head);
        }
    }

    /** Applies {@code step} to the current heads and returns the row changes, in the order to execute them. */
    public List<VersionChange> apply(MigrationStep step) {
        List<VersionChange> changes;
        if (step instanceof RevisionStep revisionStep) {
            changes = revisionStep.upgrade() ? upgrade(revisionStep.revision()) : downgrade(revisionStep.revision());
        } else {
            changes = stamp((StampStep) step);
        }
        for (VersionChange change : changes) {
            change.applyTo(heads);
        }
        return changes;
    }

    /** The current heads, in a stable order. */
    public Set<String> heads() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(heads));
    }

    private List<VersionChange> upgrade(Revision revision) {
        String id = revision.id();
        if (heads.contains(id)) {
            throw cannot("upgrade to " + id + ": it is already a current head");
        }
        List<String> present = new ArrayList<>();
        for (String parent : parents(revision)) {
            if (heads.contains(parent)) {
                present.add(parent);
            } else if (!map.isAncestorOfAny(parent, heads, id)) {
                throw cannot("upgrade to " + id + ": " + parent + ", which it depends on, is not applied");
            }
        }
        return present.isEmpty() ? List.of(new VersionChange.Insert(id)) : merge(present, List.of(id));
    }

    private List<VersionChange> downgrade(Revision revision) {
        String id = revision.id();
        if (!heads.contains(id)) {
            throw cannot("downgrade " + id + ": it is not a current head");
        }
        List<String> parents = parents(revision);
        List<String> others = new ArrayList<>(heads);
        others.remove(id);
        List<String> kept = new ArrayList<>();
        for (String parent : parents) {
            List<String> implying = new ArrayList<>(others);
            implying.addAll(parents);
            implying.remove(parent);
            if (!others.contains(parent) && !map.isAncestorOfAny(parent, implying, id)) {
                kept.add(parent);
            }
        }
        return kept.isEmpty() ? List.of(new VersionChange.Delete(id)) : merge(List.of(id), kept);
    }

    private List<VersionChange> stamp(StampStep step) {
        List<String> present = new ArrayList<>();
        for (String from : step.from()) {
            if (heads.contains(from)) {
                present.add(from);
            }
        }
        List<String> added = new ArrayList<>();
        for (String to : step.to()) {
            if (!heads.contains(to)) {
                added.add(to);
            }
        }
        if (present.isEmpty()) {
            return added.stream().<VersionChange>map(VersionChange.Insert::new).toList();
        }
        if (added.isEmpty()) {
            return present.stream().<VersionChange>map(VersionChange.Delete::new).toList();
        }
        return merge(present, added);
    }

    /** Deletes all of {@code from} but the last, updates the last to the first of {@code to}, inserts the rest. */
    private static List<VersionChange> merge(List<String> from, List<String> to) {
        List<VersionChange> changes = new ArrayList<>();
        for (String deleted : from.subList(0, from.size() - 1)) {
            changes.add(new VersionChange.Delete(deleted));
        }
        changes.add(new VersionChange.Update(from.get(from.size() - 1), to.get(0)));
        for (String inserted : to.subList(1, to.size())) {
            changes.add(new VersionChange.Insert(inserted));
        }
        return changes;
    }

    /** The revisions a step of {@code revision} moves from or to: its parents, then its (normalised) dependencies. */
    private List<String> parents(Revision revision) {
        Set<String> parents = new LinkedHashSet<>(revision.down());
        parents.addAll(map.dependencies(revision.id()));
        return List.copyOf(parents);
    }

    private MigrateException cannot(String what) {
        return new MigrateException("Cannot " + what + " (current heads: "
                + (heads.isEmpty() ? "none" : String.join(", ", heads)) + ")");
    }
}
