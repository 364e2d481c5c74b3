package dev.migrate.script;

import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The revision graph (a DAG): heads, bases, branch points, merge points, branch labels and dependencies, the
 * resolution of every revision identifier form, and the step plans of upgrade, downgrade and stamp. Built once,
 * in time linear in the number of revisions, and immutable afterwards; queries walk only the part of the graph they
 * need, iteratively.
 *
 * <p>Identifier forms: {@code head}, {@code heads}, {@code base}, a full id, a unique prefix of an id (a prefix
 * matches ids of four characters or more), a branch label, {@code label@rev}, {@code label@head},
 * {@code label@heads}, {@code label@base} (where {@code label} may also be a revision id, standing for that
 * revision's branch), and the relative forms {@code rev+N}, {@code rev-N}, {@code head-N}, {@code base+N},
 * {@code label@head-N}, {@code label@base+N}, {@code label@+N}, {@code label@-N}, {@code +N} and {@code -N}.
 * Errors are {@link RevisionException}s: {@link ResolutionException} for an identifier that names nothing,
 * {@link MultipleHeadsException} for {@code head} among several heads.
 */
public final class RevisionMap {

    private final Graph graph;
    /** Created on first use, like {@link #planner}: a start with nothing to upgrade needs neither. */
    private SymbolResolver resolver;
    private Planner planner;

    private RevisionMap(Graph graph) {
        this.graph = graph;
    }

    /**
     * Builds and validates the graph. Duplicate ids, parents or dependencies that are not present, self-loops,
     * cycles and duplicate branch labels are rejected with Alembic's messages. The order of {@code revisions} is the
     * tie-break of every ordering the map produces.
     */
    public static RevisionMap of(Collection<Revision> revisions) {
        return new RevisionMap(GraphBuilder.build(revisions));
    }

    /** Every revision, in a deterministic topological order (parents and dependencies first). */
    public List<Revision> revisions() {
        return graph.revisionsOf(graph.topologicalOrder);
    }

    /** The revision with exactly this id. */
    public Optional<Revision> find(String id) {
        Integer revision = graph.ids.get(id);
        return revision == null ? Optional.empty() : Optional.of(graph.revisions[revision]);
    }

    /** Revisions no other revision names in {@code down}: the heads {@code migrate heads} lists. */
    public List<Revision> heads() {
        return graph.revisionsOf(graph.heads);
    }

    /** Heads that are also not the target of any dependency: what the symbol {@code heads} means. */
    public List<Revision> realHeads() {
        return graph.revisionsOf(graph.realHeads);
    }

    /**
     * Heads that another revision depends on: listed by {@code migrate heads}, but not part of {@code heads} and
     * never kept as a version row once their dependent is applied.
     */
    public List<Revision> effectiveHeads() {
        BitSet real = Graph.toBitSet(graph.realHeads);
        BitSet effective = Graph.toBitSet(graph.heads);
        effective.andNot(real);
        return graph.revisionsOf(effective.stream().toArray());
    }

    /** Revisions without parents. */
    public List<Revision> bases() {
        return graph.revisionsOf(graph.bases);
    }

    /** The revisions that name {@code id} in {@code down}, in a deterministic order. */
    public List<Revision> children(String id) {
        return graph.revisionsOf(graph.children[number(id)]);
    }

    /** Whether {@code id} has more than one child. */
    public boolean isBranchPoint(String id) {
        return graph.children[number(id)].length > 1;
    }

    /** The branch labels that apply to {@code id}: its own and those it inherits along its branch. */
    public Set<String> branchLabels(String id) {
        return graph.branchLabels.get(number(id));
    }

    /**
     * The revisions {@code id} depends on, as resolved ids in declaration order: labels are resolved, and
     * dependencies that are also parents, or that an ancestor already declares, are left out.
     */
    public List<String> dependencies(String id) {
        return graph.idsOf(graph.dependencies[number(id)]);
    }

    /**
     * Whether {@code id} is a proper ancestor (dependencies included) of one of {@code rows} along a path that does
     * not pass through {@code bypass}. With {@code rows} the rows of a version table and {@code bypass} the
     * revision a step moves, this tells whether {@code id} stays applied through the other rows. The walk goes up
     * from {@code id} and stops at the rows and at {@code bypass}.
     */
    public boolean isAncestorOfAny(String id, Collection<String> rows, String bypass) {
        BitSet targets = new BitSet();
        for (String row : rows) {
            Integer revision = graph.ids.get(row);
            if (revision != null) {
                targets.set(revision);
            }
        }
        Integer barrier = bypass == null ? null : graph.ids.get(bypass);
        return graph.reaches(number(id), targets, barrier == null ? -1 : barrier);
    }

    /**
     * Resolves a symbol that must name at most one revision ({@code head}, an id, a partial id, a label,
     * {@code label@rev}, {@code label@head}, relative forms); {@code null} for {@code base}.
     *
     * @throws MultipleHeadsException when the symbol names several revisions
     * @throws ResolutionException when it names none
     */
    public Revision resolveOne(String symbol) {
        int revision = resolver().resolveOne(symbol);
        return revision == SymbolResolver.BASE ? null : graph.revisions[revision];
    }

    /**
     * Resolves a symbol that may name several revisions ({@code heads}, {@code label@heads}, …); empty for
     * {@code base}. A bare {@code -N} walks down from every real head, a bare {@code +N} up from the bases.
     */
    public List<Revision> resolve(String symbol) {
        return graph.revisionsOf(resolver().resolve(symbol));
    }

    /**
     * The revisions of a {@code history} range, newest first. {@code lower} and {@code upper} may be {@code null}
     * (base and heads), {@code current} (resolved against {@code currentHeads}) or any identifier form; relative
     * forms that walk too far are clamped. A bare {@code +N} upper end counts from the lower end, a bare {@code -N}
     * lower end from the upper end; a {@code label@…} lower end keeps only the upper ends on that branch.
     *
     * @throws RangeNotAncestorException when {@code lower} is not below {@code upper}
     */
    public List<Revision> history(String lower, String upper, Collection<String> currentHeads) {
        return planner().history(lower, upper, currentHeads);
    }

    /** The steps that bring a database whose version table holds {@code currentHeads} up to {@code destination}. */
    public List<MigrationStep> upgradePlan(Collection<String> currentHeads, String destination) {
        if ("heads".equals(destination) && isAtRealHeads(currentHeads)) {
            return List.of(); // the usual start, with nothing to do: answered without loading the planner
        }
        return planner().upgrade(currentHeads, destination);
    }

    /** The steps that bring a database whose version table holds {@code currentHeads} down to {@code destination}. */
    public List<MigrationStep> downgradePlan(Collection<String> currentHeads, String destination) {
        return planner().downgrade(currentHeads, destination);
    }

    /** The steps that stamp {@code destinations} over {@code currentHeads}, running no migration. */
    public List<MigrationStep> stampPlan(Collection<String> currentHeads, List<String> destinations) {
        return planner().stamp(currentHeads, destinations);
    }

    /** Whether {@code currentHeads} are the real heads, each once: the database is up to date. */
    private boolean isAtRealHeads(Collection<String> currentHeads) {
        if (currentHeads.size() != graph.realHeads.length) {
            return false;
        }
        BitSet seen = new BitSet();
        for (String id : currentHeads) {
            Integer revision = graph.ids.get(id);
            if (revision == null || seen.get(revision) || !Ints.contains(graph.realHeads, revision)) {
                return false;
            }
            seen.set(revision);
        }
        return true;
    }

    private synchronized SymbolResolver resolver() {
        if (resolver == null) {
            resolver = new SymbolResolver(graph);
        }
        return resolver;
    }

    private synchronized Planner planner() {
        if (planner == null) {
            planner = new Planner(graph, resolver());
        }
        return planner;
    }

    private int number(String id) {
        Integer revision = graph.ids.get(id);
        if (revision == null) {
            throw new ResolutionException("No such revision '" + id + "'", id);
        }
        return revision;
    }
}
