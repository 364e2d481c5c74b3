package dev.migrate.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alembic's revision identifier grammar over a {@link Graph}: {@code head}, {@code heads}, {@code base}, full and
 * partial ids, branch labels, {@code label@rev}, {@code label@head(s)}, {@code label@base} and the relative forms
 * ({@code rev+N}, {@code head-N}, {@code label@base+N}, …), plus the walks the relative forms make.
 */
final class SymbolResolver {

    /** "No revision": the start of an upward walk from nothing, or where a downward walk past the bases ends. */
    static final int BASE = -1;
    /** A walk that went past the end of the graph. */
    static final int OVERWALK = -2;

    private static final Pattern RELATIVE = Pattern.compile("(?:(.+?)@)?([^@+\\-]+)?([+-]\\d+)");
    private static final int PARTIAL_MINIMUM = 4;

    private final Graph graph;

    SymbolResolver(Graph graph) {
        this.graph = graph;
    }

    /** A relative symbol: {@code [branch@][symbol](+|-)N}. */
    record Relative(String branch, String symbol, int steps, String text) {

        boolean upward() {
            return steps > 0;
        }
    }

    /** The symbol as a relative form, or {@code null} when it is not one. */
    static Relative parseRelative(String symbol) {
        if (symbol == null) {
            return null;
        }
        Matcher matcher = RELATIVE.matcher(symbol);
        if (!matcher.matches()) {
            return null;
        }
        String text = matcher.group(3);
        int steps;
        try {
            steps = Integer.parseInt(text);
        } catch (NumberFormatException tooLarge) {
            throw new RevisionException("Relative revision " + text + " is too large");
        }
        return new Relative(matcher.group(1), matcher.group(2), steps, text);
    }

    /** The branch part of {@code label@rest}, or {@code null}. */
    static String branchOf(String symbol) {
        int at = symbol == null ? -1 : symbol.indexOf('@');
        return at < 0 ? null : symbol.substring(0, at);
    }

    /**
     * Every revision {@code symbol} names: empty for {@code base} and {@code null}; the real heads for
     * {@code heads}; relative forms walk from their symbol, a bare {@code -N} from the real heads and a bare
     * {@code +N} from the bases.
     */
    int[] resolve(String symbol) {
        if (symbol == null) {
            return new int[0];
        }
        Relative relative = parseRelative(symbol);
        if (relative != null) {
            return resolveRelative(relative);
        }
        String branch = branchOf(symbol);
        String name = branch == null ? symbol : symbol.substring(branch.length() + 1);
        return switch (name) {
            case "heads" -> branch == null ? graph.realHeads.clone() : Ints.filter(graph.heads, branchLineage(branch));
            case "head" -> orNothing(currentHead(branch));
            case "base" -> {
                if (branch != null) {
                    resolveBranch(branch);
                }
                yield new int[0];
            }
            default -> new int[] {revisionForIdentifier(name, branch)};
        };
    }

    /** No revisions for {@link #BASE}, else the one revision. */
    static int[] orNothing(int revision) {
        return revision == BASE ? new int[0] : new int[] {revision};
    }

    /** The single revision {@code symbol} names, {@link #BASE} for none. */
    int resolveOne(String symbol) {
        int[] resolved = resolve(symbol);
        if (resolved.length > 1) {
            throw new MultipleHeadsException(symbol, graph.idsOf(resolved));
        }
        return resolved.length == 0 ? BASE : resolved[0];
    }

    /** The single head (of the branch, when given), {@link #BASE} for an empty graph. */
    int currentHead(String branch) {
        int[] heads = branch == null ? graph.heads : Ints.filter(graph.heads, branchLineage(branch));
        if (heads.length > 1) {
            throw new MultipleHeadsException(branch == null ? "head" : branch + "@head", graph.idsOf(heads));
        }
        return heads.length == 0 ? BASE : heads[0];
    }

    private int[] resolveRelative(Relative relative) {
        if (relative.symbol() == null) {
            if (relative.upward()) {
                int target = walk(BASE, relative.steps(), relative.branch(), true);
                if (target == OVERWALK) {
                    throw didNotProduce(relative);
                }
                return orNothing(target);
            }
            int[] heads = relative.branch() == null ? graph.realHeads
                    : Ints.filter(graph.realHeads, branchLineage(relative.branch()));
            int[] targets = new int[heads.length];
            int count = 0;
            for (int head : heads) {
                int target = walk(head, relative.steps(), null, true);
                if (target == OVERWALK) {
                    throw didNotProduce(relative);
                }
                if (target != BASE && !Ints.contains(targets, count, target)) {
                    targets[count++] = target;
                }
            }
            return Arrays.copyOf(targets, count);
        }
        int target = walkFromSymbol(relative, true);
        if (target == OVERWALK) {
            throw new RevisionException("Walked too far");
        }
        return orNothing(target);
    }

    /**
     * Walks a relative form that names its starting symbol: upward from {@code symbol} within the branch's lineage,
     * or downward from {@code branch@symbol}.
     */
    int walkFromSymbol(Relative relative, boolean noOverwalk) {
        if (relative.upward()) {
            return walk(resolveOne(relative.symbol()), relative.steps(), relative.branch(), noOverwalk);
        }
        String start = relative.branch() == null ? relative.symbol() : relative.branch() + "@" + relative.symbol();
        return walk(resolveOne(start), relative.steps(), null, noOverwalk);
    }

    static RevisionException didNotProduce(Relative relative) {
        return new RevisionException("Relative revision " + relative.text() + " didn't produce "
                + Math.abs(relative.steps()) + " migrations");
    }

    /**
     * Walks {@code steps} revisions up (positive) or down (negative) from {@code start}; upward walks stay within
     * the lineage of {@code branch} when given. A walk that leaves the graph returns {@link #OVERWALK} when
     * {@code noOverwalk}, else stops where it is. A walk that meets a choice fails with {@code Ambiguous walk}.
     */
    int walk(int start, int steps, String branch, boolean noOverwalk) {
        BitSet lineage = branch != null && steps > 0 ? branchLineage(branch) : null;
        int current = start;
        for (int step = 0; step < Math.abs(steps); step++) {
            int[] next;
            if (steps > 0) {
                next = current == BASE ? graph.bases : graph.children[current];
                if (lineage != null) {
                    next = Ints.filter(next, lineage);
                }
            } else if (current == BASE) {
                next = new int[0];
            } else {
                next = graph.down[current].length == 0 ? new int[] {BASE} : graph.down[current];
            }
            if (next.length == 0) {
                return noOverwalk ? OVERWALK : current;
            }
            if (next.length > 1) {
                throw new RevisionException("Ambiguous walk");
            }
            current = next[0];
        }
        return current;
    }

    /**
     * The revision an identifier names: an exact id, a branch label, or a unique prefix of at least one id or label
     * longer than three characters. With {@code branch}, prefixes only match within the branch's lineage and the
     * result must share that lineage.
     */
    int revisionForIdentifier(String identifier, String branch) {
        BitSet lineage = branch == null ? null : branchLineage(branch);
        Integer revision = graph.ids.get(identifier);
        if (revision == null) {
            revision = graph.labels.get(identifier);
        }
        if (revision == null) {
            revision = partialMatch(identifier, lineage);
        }
        if (lineage != null && !lineage.get(revision)) {
            throw new ResolutionException("Revision " + graph.id(revision) + " is not a member of branch '" + branch
                    + "'", identifier);
        }
        return revision;
    }

    private int partialMatch(String prefix, BitSet lineage) {
        List<String> names = new ArrayList<>();
        List<Integer> matches = new ArrayList<>();
        if (!prefix.isEmpty()) {
            for (int revision = 0; revision < graph.size(); revision++) {
                addIfPrefixed(graph.id(revision), revision, prefix, lineage, names, matches);
            }
            graph.labels.forEach((label, revision) -> addIfPrefixed(label, revision, prefix, lineage, names, matches));
        }
        if (matches.isEmpty()) {
            String hint = prefix.length() < PARTIAL_MINIMUM ? "; please ensure at least four characters are present "
                    + "for partial revision identifier matches" : "";
            throw new ResolutionException("No such revision or branch '" + prefix + "'" + hint, prefix);
        }
        if (matches.size() > 1) {
            List<String> quoted = new ArrayList<>();
            for (String name : names.subList(0, Math.min(3, names.size()))) {
                quoted.add("'" + name + "'");
            }
            throw new ResolutionException("Multiple revisions start with '" + prefix + "': " + String.join(", ", quoted)
                    + "...", prefix);
        }
        return matches.get(0);
    }

    /** Keeps {@code name} when it is long enough to be matched by prefix, starts with the prefix and is in lineage. */
    private static void addIfPrefixed(String name, int revision, String prefix, BitSet lineage, List<String> names,
            List<Integer> matches) {
        if (name.length() >= PARTIAL_MINIMUM && name.startsWith(prefix) && (lineage == null || lineage.get(revision))) {
            names.add(name);
            matches.add(revision);
        }
    }

    /** The revision a branch name stands for: the one declaring the label, or the revision the name identifies. */
    int resolveBranch(String branch) {
        Integer labelled = graph.labels.get(branch);
        if (labelled != null) {
            return labelled;
        }
        try {
            return revisionForIdentifier(branch, null);
        } catch (ResolutionException notARevision) {
            ResolutionException noBranch = new ResolutionException("No such branch: '" + branch + "'", branch);
            noBranch.initCause(notARevision);
            throw noBranch;
        }
    }

    /** The lineage (ancestors and descendants through {@code down}) of the revision a branch name stands for. */
    BitSet branchLineage(String branch) {
        return graph.lineage(resolveBranch(branch), false);
    }
}
