package dev.migrate.command;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import dev.migrate.MigrateException;
import dev.migrate.config.Config;
import dev.migrate.ddl.DdlImpl;
import dev.migrate.ddl.Dialects;
import dev.migrate.ddl.InspectionScope;
import dev.migrate.ddl.NameFilter;
import dev.migrate.runtime.EnvironmentContext;
import dev.migrate.runtime.MigrationContext;
import dev.migrate.runtime.OfflineMigrationContext;
import dev.migrate.schema.Schema;
import dev.migrate.script.MigrationStep;
import dev.migrate.script.Revision;
import dev.migrate.script.RevisionMap;
import dev.migrate.script.RevisionWriter;
import dev.migrate.script.ScriptDirectory;

/**
 * Migrate's commands, one method each, as the command line and the Spring Boot runner call them. Output goes to
 * {@link Config#out()}, the SQL script of an offline ({@code sql}) command to {@link Config#sqlOutput()}; failures
 * are {@link MigrateException}s whose message is what the user sees. The steps a command runs are announced once, as
 * the environment says: in the log, unless it has a step announcer (the command line prints them).
 */
public final class Commands {

    private final Config config;
    private final EnvironmentContext environment;
    private final DataSource dataSource;
    private final PrintStream out;
    private ScriptDirectory scripts;

    /** Commands that connect, when they need the database, with {@link Config#url()}, user and password. */
    public Commands(Config config) {
        this(config, EnvironmentContext.from(config).build(), null);
    }

    /**
     * Commands that run with {@code environment}'s options on connections from {@code dataSource}, or, when it is
     * {@code null}, on connections to {@link Config#url()}.
     */
    public Commands(Config config, EnvironmentContext environment, DataSource dataSource) {
        this.config = Objects.requireNonNull(config, "config");
        this.environment = Objects.requireNonNull(environment, "environment");
        this.dataSource = dataSource;
        this.out = config.out();
    }

    /** These commands with {@code tag} (the {@code --tag} option) handed to the migrations' environment. */
    public Commands withTag(String tag) {
        return tag == null ? this : new Commands(config, environment.toBuilder().tag(tag).build(), dataSource);
    }

    /** The script directory of this environment, found once and reused by every command. */
    public synchronized ScriptDirectory scripts() {
        if (scripts == null) {
            scripts = ScriptDirectory.from(config);
        }
        return scripts;
    }

    /**
     * Lists revisions newest first. {@code range} is {@code [start]:[end]} or {@code null} for everything.
     */
    public void history(String range, boolean verbose, boolean indicateCurrent) {
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
        boolean needsDatabase = indicateCurrent || "current".equals(lower) || "current".equals(upper);
        List<String> current = needsDatabase ? readHeads() : List.of();
        RevisionMap map = map();
        RevisionFormat format = new RevisionFormat(map, indicateCurrent ? current : Set.of());
        String from = lower;
        String to = upper;
        for (Revision revision : RevisionErrors.translate(() -> map.history(from, to, current))) {
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

    /** Prints the log entry of each revision {@code symbol} names; {@code current} reads the database. */
    public void show(String symbol) {
        RevisionMap map = map();
        RevisionFormat format = new RevisionFormat(map, Set.of());
        List<Revision> revisions = new ArrayList<>();
        if ("current".equals(symbol)) {
            for (String head : readHeads()) {
                revisions.add(RevisionErrors.translate(() -> map.resolveOne(head)));
            }
        }
        else {
            revisions.addAll(RevisionErrors.translate(() -> map.resolve(symbol)));
        }
        revisions.forEach(revision -> print(format.logEntry(revision)));
    }

    /** Upgrades the database to {@code destination} ({@code head}, {@code heads}, an id, {@code +1}, …). */
    public void upgrade(String destination) {
        upgrade(destination, false);
    }

    /**
     * Upgrades the database to {@code revision}, or with {@code sql} writes the SQL script of that upgrade to
     * {@link Config#sqlOutput()} instead, {@code revision} being then {@code [start:]end} (from base by default).
     */
    public void upgrade(String revision, boolean sql) {
        if (sql) {
            RevisionMap map = map();
            runOffline(map, Range.of(revision), map::upgradePlan);
            return;
        }
        rejectRange(revision);
        run(map -> heads -> RevisionErrors.translate(() -> map.upgradePlan(heads, revision)));
    }

    /** Downgrades the database to {@code destination} ({@code base}, an id, {@code -1}, {@code label@base}, …). */
    public void downgrade(String destination) {
        downgrade(destination, false);
    }

    /**
     * Downgrades the database to {@code revision}, or with {@code sql} writes the SQL script of that downgrade to
     * {@link Config#sqlOutput()} instead, {@code revision} being then {@code start:end}.
     */
    public void downgrade(String revision, boolean sql) {
        if (sql) {
            Range range = Range.of(revision);
            if (range.start() == null) {
                throw new MigrateException("downgrade with --sql requires <fromrev>:<torev>");
            }
            RevisionMap map = map();
            runOffline(map, range, map::downgradePlan);
            return;
        }
        rejectRange(revision);
        run(map -> heads -> RevisionErrors.translate(() -> map.downgradePlan(heads, revision)));
    }

    /**
     * Sets the version table to {@code destinations} without running any migration; with {@code purge} the table
     * is emptied first, so rows the code does not know are no obstacle.
     */
    public void stamp(List<String> destinations, boolean purge) {
        stamp(destinations, purge, false);
    }

    /**
     * Like {@link #stamp(List, boolean)}, or with {@code sql} writes the version-table statements of the stamp to
     * {@link Config#sqlOutput()} instead; each destination may then be {@code start:rev}, with one start for all.
     */
    public void stamp(List<String> destinations, boolean purge, boolean sql) {
        RevisionMap map = map();
        if (sql) {
            if (purge) {
                throw new MigrateException("Can't use --purge with --sql mode");
            }
            String start = null;
            List<String> ends = new ArrayList<>();
            for (String destination : destinations) {
                Range range = Range.of(destination);
                if (range.start() != null && start != null && !start.equals(range.start())) {
                    throw new MigrateException("Stamp operation with --sql only supports a single starting revision "
                            + "at a time");
                }
                start = range.start() != null ? range.start() : start;
                ends.add(range.end());
            }
            List<String> heads = startingHeads(map, start);
            RevisionErrors.translate(() -> offline().stamp(map, heads, ends));
            return;
        }
        destinations.forEach(Commands::rejectRange);
        try (MigrationContext context = context()) {
            RevisionErrors.translate(() -> context.stamp(map, destinations, purge));
        }
    }

    /**
     * Prints the revisions the database is at; with {@code checkHeads}, fails unless it is at every head. Does not
     * create the version table.
     */
    public void current(boolean verbose, boolean checkHeads) {
        RevisionMap map = map();
        List<String> rows;
        try (MigrationContext context = context()) {
            if (verbose) {
                print("Current revision(s) for " + maskPassword(url(context)) + ":");
            }
            rows = context.currentHeads();
        }
        if (checkHeads && !Set.copyOf(rows).equals(ids(map.realHeads()))) {
            throw new MigrateException("Database is not on all head revisions");
        }
        RevisionFormat format = new RevisionFormat(map, Set.of());
        for (Revision revision : allCurrent(map, rows)) {
            print(format.format(revision, verbose, RevisionFormat.Parts.CURRENT));
        }
    }

    /**
     * Prints the live schema as reflection reads it, which is what autogenerate compares with: the connection's
     * default schema, or {@code schemas}; only {@code tables} when some are named; as text or as JSON.
     */
    public void inspect(List<String> schemas, List<String> tables, boolean json) {
        List<Schema> reflected;
        try (MigrationContext context = context()) {
            InspectionScope scope = schemas.isEmpty() ? InspectionScope.defaultSchema()
                    : InspectionScope.schemas(schemas.toArray(String[]::new));
            if (!tables.isEmpty()) {
                Set<String> names = new HashSet<>();
                tables.forEach(table -> names.add(context.dialect().catalogName(table)));
                scope = scope.filter((name, kind, schema) -> kind == NameFilter.Kind.SCHEMA || names.contains(name));
            }
            scope = scope.versionTable(environment.versionTableSchema(), environment.versionTable());
            reflected = context.dialect().inspector().inspect(context.connection(), scope);
        }
        out.print(json ? JsonWriter.write(reflected) : SchemaText.write(reflected));
    }

    /** Creates the version table if it does not exist. */
    public void ensureVersion() {
        ensureVersion(false);
    }

    /** Creates the version table if it does not exist, or with {@code sql} writes its {@code CREATE TABLE}. */
    public void ensureVersion(boolean sql) {
        if (sql) {
            offline().createVersionTable();
            return;
        }
        try (MigrationContext context = context()) {
            context.versionTable().createIfMissing(context.connection());
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

    /**
     * Runs the steps {@code planner} plans over the revision map from the current heads. The map is read and built
     * on a background thread while the connection opens, so a start with nothing to do takes little longer than
     * connecting.
     */
    private void run(Function<RevisionMap, Function<List<String>, List<MigrationStep>>> planner) {
        InBackground<RevisionMap> reading = InBackground.start("migrate-revision-map", this::map);
        try (MigrationContext context = context()) {
            RevisionMap map = reading.get();
            context.run(map, planner.apply(map), scripts()::migration);
        }
    }

    /** Writes the SQL of the steps {@code planner} returns from the start of {@code range} to its end. */
    private void runOffline(RevisionMap map, Range range,
            BiFunction<List<String>, String, List<MigrationStep>> planner) {
        offline().run(map, startingHeads(map, range.start()),
                heads -> RevisionErrors.translate(() -> planner.apply(heads, range.end())), scripts()::migration);
    }

    private List<String> readHeads() {
        try (MigrationContext context = context()) {
            return context.currentHeads();
        }
    }

    private MigrationContext context() {
        return context(environment);
    }

    /** An offline context writing to {@link Config#sqlOutput()}, for the configured dialect or that of the URL. */
    private OfflineMigrationContext offline() {
        DdlImpl dialect;
        if (config.dialect() != null) {
            dialect = Dialects.named(config.dialect());
        }
        else if (config.url() != null) {
            dialect = Dialects.forUrl(config.url());
        }
        else {
            throw new MigrateException("--sql needs to know the database: set 'dialect' (one of " + Dialects.all()
                .stream()
                .map(DdlImpl::name)
                .collect(Collectors.joining(", ")) + ") or 'url' in migrate.properties or the file given with -c");
        }
        return OfflineMigrationContext.configure(dialect, environment, config.sqlOutput());
    }

    /** The revisions an offline run starts from: those {@code start} names, none when it is absent or base. */
    private static List<String> startingHeads(RevisionMap map, String start) {
        if (start == null || start.isEmpty()) {
            return List.of();
        }
        return RevisionErrors.translate(() -> map.resolve(start)).stream().map(Revision::id).toList();
    }

    private MigrationContext context(EnvironmentContext environment) {
        if (dataSource != null) {
            return MigrationContext.open(dataSource, environment);
        }
        if (config.url() == null) {
            throw new MigrateException("No database configured: set 'url' (and 'user', 'password') in migrate.properties "
                    + "or the file given with -c");
        }
        return MigrationContext.open(new DriverManagerDataSource(config.url(), config.user(), config.password()),
                environment);
    }

    private static String url(MigrationContext context) {
        try {
            return context.connection().getMetaData().getURL();
        }
        catch (SQLException ex) {
            throw new MigrateException("Could not read the connection's URL: " + ex.getMessage(), ex);
        }
    }

    /** The URL with any password in it replaced by {@code ***}. */
    static String maskPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("(//[^/:@]+:)[^/@]*@", "$1***@");
    }

    /**
     * The revisions the rows imply, as Alembic's {@code current} shows them: every row, plus the branch heads
     * reached through dependencies, without the ones another of them descends from.
     */
    private static List<Revision> allCurrent(RevisionMap map, List<String> rows) {
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        for (String row : rows) {
            Revision revision = RevisionErrors.translate(() -> map.resolveOne(row));
            pending.push(revision.id());
        }
        Set<String> superseded = new HashSet<>();
        while (!pending.isEmpty()) {
            String id = pending.pop();
            if (!reached.add(id)) {
                continue;
            }
            Revision revision = map.find(id).orElseThrow();
            superseded.addAll(revision.down());
            revision.down().forEach(pending::push);
            map.dependencies(id).forEach(pending::push);
        }
        return reached.stream()
            .filter(id -> !superseded.contains(id))
            .map(id -> map.find(id).orElseThrow())
            .toList();
    }

    private static Set<String> ids(Collection<Revision> revisions) {
        Set<String> ids = new HashSet<>();
        revisions.forEach(revision -> ids.add(revision.id()));
        return ids;
    }

    private static void rejectRange(String destination) {
        if (destination.contains(":")) {
            throw new MigrateException("Range revision not allowed");
        }
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
     * A {@code start:end} argument of an offline command, split at its first colon.
     *
     * @param start the part before the colon; {@code null} when there is none
     * @param end   the part after it, or the whole argument
     */
    private record Range(String start, String end) {

        static Range of(String argument) {
            int colon = argument.indexOf(':');
            return colon < 0 ? new Range(null, argument)
                    : new Range(argument.substring(0, colon), argument.substring(colon + 1));
        }
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
