package dev.migrate.command;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.migrate.MigrateException;
import dev.migrate.config.Config;
import dev.migrate.script.Revision;
import dev.migrate.script.RevisionMap;
import dev.migrate.script.RevisionWriter;
import dev.migrate.script.ScriptDirectory;

/**
 * Migrate's commands, one method each, as the command line and the Spring Boot runner call them. Output goes to
 * {@link Config#out()}; failures are {@link MigrateException}s whose message is what the user sees.
 */
public final class Commands {

    private final Config config;
    private final PrintStream out;
    private ScriptDirectory scripts;

    public Commands(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        this.out = config.out();
    }

    /** The script directory of this environment, found once and reused by every command. */
    public ScriptDirectory scripts() {
        if (scripts == null) {
            scripts = ScriptDirectory.from(config);
        }
        return scripts;
    }

    /**
     * Lists revisions newest first. {@code range} is {@code [start]:[end]} or {@code null} for everything.
     */
    public void history(String range, boolean verbose) {
        String lower = null;
        String upper = null;
        if (range != null) {
            int colon = range.indexOf(':');
            if (colon < 0) {
                throw new MigrateException("History range requires [start]:[end], [start]:, or :[end]");
            }
            lower = blankToNull(range.substring(0, colon).trim());
            upper = blankToNull(range.substring(colon + 1).trim());
        }
        if ("current".equals(lower) || "current".equals(upper)) {
            throw new MigrateException("History with 'current' needs the database; it arrives with the runtime");
        }
        RevisionMap map = map();
        RevisionFormat format = new RevisionFormat(map, Set.of());
        String from = lower;
        String to = upper;
        for (Revision revision : RevisionErrors.translate(() -> map.history(from, to, List.of()))) {
            print(format.format(revision, verbose, RevisionFormat.Parts.HISTORY));
        }
    }

    /** Lists the heads; with {@code resolveDependencies} only those that are not a dependency of another revision. */
    public void heads(boolean verbose, boolean resolveDependencies) {
        RevisionMap map = map();
        RevisionFormat format = new RevisionFormat(map, Set.of());
        for (Revision head : resolveDependencies ? map.realHeads() : map.heads()) {
            print(format.format(head, verbose, RevisionFormat.Parts.HEADS));
        }
    }

    /** Lists every branch point with the revisions it branches into. */
    public void branches(boolean verbose) {
        RevisionMap map = map();
        RevisionFormat format = new RevisionFormat(map, Set.of());
        List<Revision> newestFirst = new ArrayList<>(map.revisions());
        Collections.reverse(newestFirst);
        for (Revision revision : newestFirst) {
            if (!map.isBranchPoint(revision.id())) {
                continue;
            }
            StringBuilder text = new StringBuilder(format.format(revision, verbose, RevisionFormat.Parts.BRANCH_POINT));
            text.append('\n');
            String indent = " ".repeat(revision.id().length());
            List<String> lines = new ArrayList<>();
            for (Revision child : map.children(revision.id())) {
                lines.add(indent + " -> " + format.oneLine(child, RevisionFormat.Parts.BRANCH_POINT.withDoc(verbose)));
            }
            text.append(String.join("\n", lines)).append('\n');
            print(text.toString());
        }
    }

    /** Prints the log entry of each revision {@code symbol} names. */
    public void show(String symbol) {
        if ("current".equals(symbol)) {
            throw new MigrateException("show current needs the database; it arrives with the runtime");
        }
        RevisionMap map = map();
        RevisionFormat format = new RevisionFormat(map, Set.of());
        for (Revision revision : RevisionErrors.translate(() -> map.resolve(symbol))) {
            print(format.logEntry(revision));
        }
    }

    /**
     * Writes a new revision class whose parents are the revisions {@code options.head()} names (the single head by
     * default) and returns its path.
     */
    public Path revision(NewRevision options) {
        RevisionMap map = map();
        List<Revision> parents = RevisionErrors.translateMultipleHeads(() -> map.resolve(options.head()),
                "Multiple heads are present; please specify the head revision on which the new revision should be "
                        + "based, or perform a merge.");
        return write(map, parents, options);
    }

    /** Writes a merge revision whose parents are every revision {@code revisions} name, and returns its path. */
    public Path merge(List<String> revisions, NewRevision options) {
        RevisionMap map = map();
        List<Revision> parents = new ArrayList<>();
        for (String symbol : revisions) {
            parents.addAll(RevisionErrors.translate(() -> map.resolve(symbol)));
        }
        return write(map, parents, options);
    }

    private Path write(RevisionMap map, List<Revision> parents, NewRevision options) {
        String id = options.revisionId() != null ? options.revisionId() : RevisionWriter.newRevisionId();
        Revision.checkIdentifier(id);
        map.find(id).ifPresent(existing -> {
            throw new MigrateException("Revision " + id + " is already present (" + existing.className()
                    + "); choose another --rev-id");
        });
        if (new HashSet<>(parents).size() != parents.size()) {
            throw new MigrateException("Duplicate head revisions specified");
        }
        if (!options.splice()) {
            for (Revision parent : parents) {
                if (!map.children(parent.id()).isEmpty()) {
                    throw new MigrateException("Revision " + parent.id() + " is not a head revision; please specify "
                            + "--splice to create a new branch from this revision");
                }
            }
        }
        List<String> dependsOn = new ArrayList<>();
        for (String dependency : options.dependsOn()) {
            Revision target = RevisionErrors.translate(() -> map.resolveOne(dependency));
            if (target == null) {
                throw new MigrateException("Can't locate revision identified by '" + dependency + "'");
            }
            dependsOn.add(map.branchLabels(target.id()).contains(dependency) ? dependency : target.id());
        }
        for (String label : options.branchLabels()) {
            for (Revision revision : map.revisions()) {
                if (revision.branchLabels().contains(label)) {
                    throw new MigrateException("Branch name '" + label + "' in revision " + id
                            + " already used by revision " + revision.id());
                }
            }
        }
        String location = location(parents, options.versionPath());
        Revision revision = new Revision(id, parents.stream().map(Revision::id).toList(), dependsOn,
                new LinkedHashSet<>(options.branchLabels()), options.message(), null, location);
        Path path = new RevisionWriter(config).write(revision, List.of(), List.of());
        out.println("  Generating " + path + " ...  done");
        return path;
    }

    /** The location (package) the new revision goes to: the one asked for, the parent's, or the only one. */
    private String location(Collection<Revision> parents, String versionPath) {
        List<String> locations = config.locations();
        if (versionPath != null) {
            if (!locations.contains(versionPath)) {
                throw new MigrateException("Path " + versionPath + " is not represented in current version locations "
                        + "(" + String.join(", ", locations) + ")");
            }
            return versionPath;
        }
        if (locations.size() == 1) {
            return locations.get(0);
        }
        return parents.stream()
            .map(Revision::location)
            .filter(Objects::nonNull)
            .findFirst()
            .orElseThrow(() -> new MigrateException(
                    "Multiple version locations present, please specify --version-path"));
    }

    private RevisionMap map() {
        return scripts().revisionMap();
    }

    private void print(String text) {
        out.println(text);
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    /**
     * The options of {@code revision} and {@code merge}.
     *
     * @param message      the message; {@code empty message} when none is given, as Alembic does
     * @param head         the symbol of the parent revisions ({@code head} by default, {@code base} for a new root)
     * @param splice       allow a parent that is not a head, starting a new branch
     * @param branchLabels labels the new revision declares
     * @param dependsOn    revisions or labels the new revision depends on
     * @param revisionId   the id to use instead of a generated one
     * @param versionPath  the location (package) to write to when there are several
     */
    public record NewRevision(String message, String head, boolean splice, List<String> branchLabels,
            List<String> dependsOn, String revisionId, String versionPath) {

        public NewRevision {
            message = message == null ? "empty message" : message;
            head = head == null ? "head" : head;
            branchLabels = List.copyOf(branchLabels);
            dependsOn = List.copyOf(dependsOn);
        }
    }
}
