package dev.migrate.command;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.migrate.script.Revision;
import dev.migrate.script.RevisionMap;

/**
 * Renders revisions the way Alembic's commands print them: the one-line form of {@code history}, {@code heads} and
 * {@code branches}, and the verbose log entry of {@code show} and {@code -v}.
 */
final class RevisionFormat {

    private final RevisionMap map;
    private final Set<String> current;

    /** Formats revisions of {@code map}; ids in {@code current} get the {@code (current)} indicator. */
    RevisionFormat(RevisionMap map, Collection<String> current) {
        this.map = map;
        this.current = Set.copyOf(current);
    }

    /** Which parts of the one-line form to show. */
    record Parts(boolean branches, boolean doc, boolean parents, boolean treeIndicators, boolean headIndicators) {

        static final Parts HISTORY = new Parts(true, true, true, true, true);
        static final Parts HEADS = new Parts(true, false, false, false, true);
        static final Parts BRANCH_POINT = new Parts(true, false, false, true, true);
        static final Parts CURRENT = new Parts(false, false, false, true, true);

        Parts withDoc(boolean doc) {
            return new Parts(branches, doc, parents, treeIndicators, headIndicators);
        }
    }

    /** The log entry when {@code verbose}, else the one-line form with {@code parts}. */
    String format(Revision revision, boolean verbose, Parts parts) {
        return verbose ? logEntry(revision) : oneLine(revision, parts);
    }

    /** {@code <down> -> <rev> (<labels>) (head) (branchpoint) (mergepoint), <message>} and its variants. */
    String oneLine(Revision revision, Parts parts) {
        StringBuilder text = new StringBuilder();
        if (parts.parents()) {
            text.append(formatDown(revision));
            List<String> dependencies = map.dependencies(revision.id());
            if (!dependencies.isEmpty()) {
                text.append(" (").append(String.join(", ", dependencies)).append(')');
            }
            text.append(" -> ");
        }
        text.append(revision.id());
        Set<String> labels = labels(revision);
        if (parts.branches() && !labels.isEmpty()) {
            text.append(" (").append(String.join(", ", labels)).append(')');
        }
        if (parts.headIndicators() || parts.treeIndicators()) {
            text.append(headIndicators(revision));
        }
        if (parts.treeIndicators()) {
            text.append(treeIndicators(revision));
        }
        if (parts.doc()) {
            text.append(", ").append(revision.message());
        }
        return text.toString();
    }

    /** The multi-line entry of {@code show} and verbose listings, ending with a newline. */
    String logEntry(Revision revision) {
        StringBuilder entry = new StringBuilder("Rev: ").append(revision.id());
        if (isHead(revision)) {
            entry.append(" (head)");
        }
        entry.append(treeIndicators(revision));
        if (current.contains(revision.id())) {
            entry.append(" (current)");
        }
        entry.append('\n');
        entry.append(revision.isMergePoint() ? "Merges: " : "Parent: ").append(formatDown(revision)).append('\n');
        List<String> dependencies = map.dependencies(revision.id());
        if (!dependencies.isEmpty()) {
            entry.append("Also depends on: ").append(String.join(", ", dependencies)).append('\n');
        }
        if (map.isBranchPoint(revision.id())) {
            entry.append("Branches into: ")
                .append(String.join(", ", map.children(revision.id()).stream().map(Revision::id).toList()))
                .append('\n');
        }
        Set<String> labels = labels(revision);
        if (!labels.isEmpty()) {
            entry.append("Branch names: ").append(String.join(", ", labels)).append('\n');
        }
        entry.append("Path: ").append(revision.className() == null ? "<none>" : revision.className()).append('\n');
        entry.append('\n');
        revision.message().lines().forEach(line -> entry.append("    ").append(line).append('\n'));
        return entry.toString();
    }

    private String headIndicators(Revision revision) {
        StringBuilder text = new StringBuilder();
        boolean realHead = map.realHeads().contains(revision);
        if (realHead) {
            text.append(" (head)");
        }
        else if (isHead(revision)) {
            text.append(" (effective head)");
        }
        if (current.contains(revision.id())) {
            text.append(" (current)");
        }
        return text.toString();
    }

    private String treeIndicators(Revision revision) {
        return (map.isBranchPoint(revision.id()) ? " (branchpoint)" : "")
                + (revision.isMergePoint() ? " (mergepoint)" : "");
    }

    private boolean isHead(Revision revision) {
        return map.children(revision.id()).isEmpty();
    }

    private Set<String> labels(Revision revision) {
        return new TreeSet<>(map.branchLabels(revision.id()));
    }

    private static String formatDown(Revision revision) {
        return revision.isBase() ? "<base>" : String.join(", ", revision.down());
    }
}
