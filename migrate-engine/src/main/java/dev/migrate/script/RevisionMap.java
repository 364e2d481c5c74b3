package dev.migrate.script;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The revision graph (a DAG): heads, bases, branch points, merge points, branch labels and dependencies, the
 * resolution of every revision identifier form, and the step plans of upgrade, downgrade and stamp. Built once,
 * in time linear in the number of revisions, and immutable afterwards.
 */
public final class RevisionMap {

    /**
     * Builds and validates the graph. Duplicate ids, parents or dependencies that are not present, self-loops,
     * cycles and duplicate branch labels are rejected with Alembic's messages.
     */
    public static RevisionMap of(Collection<Revision> revisions) {
        throw new UnsupportedOperationException("RevisionMap.of");
    }

    /** Every revision, in a deterministic topological order (parents and dependencies first). */
    public List<Revision> revisions() {
        throw new UnsupportedOperationException();
    }

    /** The revision with exactly this id. */
    public Optional<Revision> find(String id) {
        throw new UnsupportedOperationException();
    }

    /** Revisions no other revision names in {@code down}: the heads {@code migrate heads} lists. */
    public List<Revision> heads() {
        throw new UnsupportedOperationException();
    }

    /** Heads that are also not the target of any dependency: what the symbol {@code heads} means. */
    public List<Revision> realHeads() {
        throw new UnsupportedOperationException();
    }

    /** Revisions without parents. */
    public List<Revision> bases() {
        throw new UnsupportedOperationException();
    }

    /** The revisions that name {@code id} in {@code down}, in a deterministic order. */
    public List<Revision> children(String id) {
        throw new UnsupportedOperationException();
    }

    /** Whether {@code id} has more than one child. */
    public boolean isBranchPoint(String id) {
        throw new UnsupportedOperationException();
    }

    /** The branch labels that apply to {@code id}: its own and those it inherits along its branch. */
    public Set<String> branchLabels(String id) {
        throw new UnsupportedOperationException();
    }

    /** The revisions {@code id} depends on, as resolved ids in declaration order. */
    public List<String> dependencies(String id) {
        throw new UnsupportedOperationException();
    }

    /**
     * Resolves a symbol that must name at most one revision ({@code head}, an id, a partial id, a label,
     * {@code label@rev}, {@code label@head}, relative forms); {@code null} for {@code base}.
     */
    public Revision resolveOne(String symbol) {
        throw new UnsupportedOperationException();
    }

    /** Resolves a symbol that may name several revisions ({@code heads}, {@code label@heads}, …). */
    public List<Revision> resolve(String symbol) {
        throw new UnsupportedOperationException();
    }

    /**
     * The revisions of a {@code history} range, newest first. {@code lower} and {@code upper} may be {@code null}
     * (base and heads), {@code current} (resolved against {@code currentHeads}) or any identifier form; relative
     * forms that walk too far are clamped.
     */
    public List<Revision> history(String lower, String upper, Collection<String> currentHeads) {
        throw new UnsupportedOperationException();
    }

    /** The steps that bring a database whose version table holds {@code currentHeads} up to {@code destination}. */
    public List<MigrationStep> upgradePlan(Collection<String> currentHeads, String destination) {
        throw new UnsupportedOperationException();
    }

    /** The steps that bring a database whose version table holds {@code currentHeads} down to {@code destination}. */
    public List<MigrationStep> downgradePlan(Collection<String> currentHeads, String destination) {
        throw new UnsupportedOperationException();
    }

    /** The steps that stamp {@code destinations} over {@code currentHeads}, running no migration. */
    public List<MigrationStep> stampPlan(Collection<String> currentHeads, List<String> destinations) {
        throw new UnsupportedOperationException();
    }
}
