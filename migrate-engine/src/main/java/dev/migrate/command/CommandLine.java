package dev.migrate.command;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.sql.DataSource;

import dev.migrate.MigrateException;
import dev.migrate.config.Config;
import dev.migrate.runtime.EnvironmentContext;

/**
 * {@code migrate [-c migrate.properties] [-x key=value] [-q] [--raiseerr] <command> [options]}: Alembic's command
 * line for the JVM. Run standalone as the main class with the revisions and a JDBC driver on the class path, or
 * from the Spring Boot runner with the application's configuration. Exits 0 on success, 2 on wrong usage, and 255
 * with {@code FAILED: <message>} on standard error when a command fails.
 */
public final class CommandLine {

    /** The properties file read when neither {@code -c} nor {@code MIGRATE_CONFIG} names one. */
    public static final String DEFAULT_CONFIG_FILE = "migrate.properties";

    static final int EXIT_USAGE = 2;

    /** The exit status of a command that failed. */
    public static final int EXIT_FAILED = 255;

    private static final List<Option> GLOBAL_OPTIONS = List.of(
            Option.value("config", "CONFIG", "properties file with the keys of spring.migrate.* without the prefix "
                    + "(default: $MIGRATE_CONFIG or ./" + DEFAULT_CONFIG_FILE + ")", "-c", "--config"),
            Option.repeated("x", "KEY=VALUE", "additional argument for the migrations, repeatable", "-x"),
            Option.flag("quiet", "do not print anything but errors", "-q", "--quiet"),
            Option.flag("raiseerr", "print the full stack trace of a failure", "--raiseerr"));

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;
    private final Path workingDirectory;

    /** A command line that prints to {@code out} and {@code err}, reading the process environment. */
    public CommandLine(PrintStream out, PrintStream err) {
        this(out, err, System.getenv(), Path.of(""));
    }

    CommandLine(PrintStream out, PrintStream err, Map<String, String> environment, Path workingDirectory) {
        this.out = out;
        this.err = err;
        this.environment = environment;
        this.workingDirectory = workingDirectory;
    }

    public static void main(String[] args) {
        int status = new CommandLine(System.out, System.err).run(args);
        System.exit(status);
    }

    /**
     * Runs one command line with settings from the config file (or defaults) and returns the exit status.
     */
    public int run(String... args) {
        return run(null, args);
    }

    /**
     * Runs one command line and returns the exit status. {@code base}, when given, supplies the settings (as the
     * Spring Boot runner does) and {@code -c} is not read.
     */
    public int run(Config base, String... args) {
        return run(base, null, null, args);
    }

    /**
     * Runs one command line against {@code dataSource} with {@code environment}'s run options (version table,
     * transactions, lock, listeners), as the Spring Boot runner does, and returns the exit status. {@code base}
     * supplies the settings and {@code -c} is not read; {@code -x} arguments are added to both. With a {@code null}
     * environment and DataSource this is {@link #run(Config, String...)}.
     */
    public int run(Config base, EnvironmentContext environment, DataSource dataSource, String... args) {
        boolean raiseErrors = Arrays.asList(args).contains("--raiseerr");
        try {
            Invocation invocation = parse(List.of(args));
            if (invocation == null) {
                return 0;
            }
            Config config = config(base, invocation.global());
            EnvironmentContext.Builder run = environment == null ? EnvironmentContext.from(config)
                    : environment.toBuilder();
            config.xArguments().forEach(run::xArgument);
            run.announceSteps(config.out()::println);
            invocation.command().action().accept(new Commands(config, run.build(), dataSource),
                    invocation.arguments());
            return 0;
        }
        catch (CommandSpec.UsageException ex) {
            CommandSpec command = ex.command();
            err.println(command == null ? globalUsage() : command.usage());
            err.println("migrate" + (command == null ? "" : " " + command.name()) + ": error: " + ex.getMessage());
            return EXIT_USAGE;
        }
        catch (MigrateException ex) {
            if (raiseErrors) {
                ex.printStackTrace(err);
            }
            err.println("FAILED: " + ex.getMessage());
            return EXIT_FAILED;
        }
    }

    /** The parsed command line, or {@code null} when help was printed instead. */
    private Invocation parse(List<String> args) {
        int commandIndex = commandIndex(args);
        CommandSpec global = new CommandSpec("", "", GLOBAL_OPTIONS, (commands, parsed) -> { });
        List<String> globalArgs = args.subList(0, commandIndex < 0 ? args.size() : commandIndex);
        if (globalArgs.contains("-h") || globalArgs.contains("--help")) {
            out.print(globalHelp());
            return null;
        }
        ParsedArguments globalParsed;
        try {
            globalParsed = global.parse(globalArgs);
        }
        catch (CommandSpec.UsageException ex) {
            throw new CommandSpec.UsageException(null, ex.getMessage());
        }
        if (commandIndex < 0) {
            throw new CommandSpec.UsageException(null, "the following arguments are required: command");
        }
        String name = args.get(commandIndex);
        CommandSpec command = Catalog.COMMANDS.stream()
            .filter(spec -> spec.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new CommandSpec.UsageException(null, "argument command: invalid choice: '" + name
                    + "' (choose from " + String.join(", ", commandNames()) + ")"));
        List<String> commandArgs = args.subList(commandIndex + 1, args.size());
        if (commandArgs.contains("-h") || commandArgs.contains("--help")) {
            out.print(command.help());
            return null;
        }
        return new Invocation(globalParsed, command, command.parse(commandArgs));
    }

    /** The position of the command name: the first argument that is neither a global option nor its value. */
    private static int commandIndex(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-c") || arg.equals("--config") || arg.equals("-x")) {
                i++;
            }
            else if (!arg.startsWith("-")) {
                return i;
            }
        }
        return -1;
    }

    private Config config(Config base, ParsedArguments global) {
        Config.Builder builder;
        if (base != null) {
            builder = base.toBuilder();
        }
        else {
            builder = configFile(global.value("config"));
        }
        for (String x : global.values("x")) {
            int equals = x.indexOf('=');
            builder.xArgument(equals < 0 ? x : x.substring(0, equals), equals < 0 ? "" : x.substring(equals + 1));
        }
        builder.out(global.flag("quiet") ? new PrintStream(OutputStream.nullOutputStream()) : out).sqlOutput(out);
        return builder.build();
    }

    private Config.Builder configFile(String explicit) {
        String named = explicit != null ? explicit : environment.get("MIGRATE_CONFIG");
        if (named != null) {
            return Config.fromPropertiesFile(workingDirectory.resolve(named));
        }
        Path file = workingDirectory.resolve(DEFAULT_CONFIG_FILE);
        if (Files.isRegularFile(file)) {
            return Config.fromPropertiesFile(file);
        }
        return Config.fromProperties(new Properties(), workingDirectory.toAbsolutePath(), "the defaults");
    }

    private static List<String> commandNames() {
        return Catalog.COMMANDS.stream().map(CommandSpec::name).toList();
    }

    private static String globalUsage() {
        return "usage: migrate [-h] [-c CONFIG] [-x KEY=VALUE] [-q] [--raiseerr] {"
                + String.join(",", commandNames()) + "} ...";
    }

    private static String globalHelp() {
        StringBuilder help = new StringBuilder(globalUsage()).append("\n\n")
            .append("Database migrations for the JVM, in the manner of Alembic.\n\npositional arguments:\n");
        for (CommandSpec command : Catalog.COMMANDS) {
            CommandSpec.appendOption(help, Option.positional(command.name(), true, false, command.summary()));
        }
        help.append("\noptions:\n");
        CommandSpec.appendOption(help, Option.flag("help", "show this help message and exit", "-h", "--help"));
        GLOBAL_OPTIONS.forEach(option -> CommandSpec.appendOption(help, option));
        help.append("\nRun 'migrate <command> --help' for the options of one command.\n");
        return help.toString();
    }

    private record Invocation(ParsedArguments global, CommandSpec command, ParsedArguments arguments) {
    }

    /** Every command the command line offers, with its options and how it calls {@link Commands}. */
    static final class Catalog {

        static final List<CommandSpec> COMMANDS = commands();

        private Catalog() {
        }

        private static List<CommandSpec> commands() {
            List<CommandSpec> commands = new ArrayList<>();
            commands.add(new CommandSpec("current", "Display the current revision for a database.",
                    List.of(verbose(),
                            Option.flag("check_heads", "check if all head revisions are applied to the database; "
                                    + "fail if not", "-c", "--check-heads")),
                    (c, a) -> c.current(a.flag("verbose"), a.flag("check_heads"))));
            commands.add(new CommandSpec("downgrade", "Revert to a previous version.",
                    List.of(Option.positional("revision", true, false, "revision identifier"), sql(), tag()),
                    (c, a) -> c.withTag(a.value("tag")).downgrade(a.value("revision"), a.flag("sql"))));
            commands.add(new CommandSpec("ensure_version", "Create the version table if it does not exist.",
                    List.of(sql()),
                    (c, a) -> c.ensureVersion(a.flag("sql"))));
            commands.add(new CommandSpec("stamp", "'stamp' the revision table with the given revision; don't run any "
                    + "migrations.",
                    List.of(Option.positional("revisions", true, true, "revision identifier(s)"), sql(), tag(),
                            Option.flag("purge", "unconditionally erase the version table before stamping",
                                    "--purge")),
                    (c, a) -> c.withTag(a.value("tag")).stamp(a.values("revisions"), a.flag("purge"),
                            a.flag("sql"))));
            commands.add(new CommandSpec("upgrade", "Upgrade to a later version.",
                    List.of(Option.positional("revision", true, false, "revision identifier"), sql(), tag()),
                    (c, a) -> c.withTag(a.value("tag")).upgrade(a.value("revision"), a.flag("sql"))));
            commands.add(new CommandSpec("branches", "Show current branch points.",
                    List.of(verbose()),
                    (c, a) -> c.branches(a.flag("verbose"))));
            commands.add(new CommandSpec("heads", "Show current available heads in the script directory.",
                    List.of(verbose(),
                            Option.flag("resolve_dependencies", "treat dependency versions as down revisions",
                                    "--resolve-dependencies")),
                    (c, a) -> c.heads(a.flag("verbose"), a.flag("resolve_dependencies"))));
            commands.add(new CommandSpec("history", "List changeset scripts in chronological order.",
                    List.of(Option.value("rev_range", "REV_RANGE", "specify a revision range; format is "
                            + "[start]:[end]", "-r", "--rev-range"), verbose(),
                            Option.flag("indicate_current", "indicate the current revision", "-i",
                                    "--indicate-current")),
                    (c, a) -> c.history(a.value("rev_range"), a.flag("verbose"), a.flag("indicate_current"))));
            commands.add(new CommandSpec("inspect", "Show the live schema as autogenerate will see it.",
                    List.of(Option.repeated("schema", "SCHEMA", "read this schema instead of the default one, "
                            + "repeatable", "--schema"),
                            Option.repeated("table", "TABLE", "show only this table, repeatable", "--table"),
                            Option.value("format", "FORMAT", "text (default) or json", "--format")),
                    (c, a) -> c.inspect(a.values("schema"), a.values("table"), json(a.value("format")))));
            commands.add(new CommandSpec("merge", "Merge two revisions together. Creates a new migration file.",
                    List.of(Option.positional("revisions", true, true, "one or more revisions, or 'heads' for all "
                            + "heads"),
                            message(), branchLabel(), revId(), splice()),
                    (c, a) -> c.merge(a.values("revisions"), new Commands.NewRevision(a.value("message"), null,
                            a.flag("splice"), listOf(a.value("branch_label")), List.of(), a.value("rev_id"), null))));
            commands.add(new CommandSpec("revision", "Create a new revision file.",
                    List.of(message(),
                            Option.value("head", "HEAD", "specify head revision or <branchname>@head to base new "
                                    + "revision on", "--head"),
                            splice(), branchLabel(),
                            Option.value("version_path", "VERSION_PATH", "specify the location (package) in which "
                                    + "to place the new revision file", "--version-path"),
                            revId(),
                            Option.repeated("depends_on", "DEPENDS_ON", "specify one or more revision identifiers "
                                    + "which this revision should depend on", "--depends-on")),
                    (c, a) -> c.revision(new Commands.NewRevision(a.value("message"), a.value("head"),
                            a.flag("splice"), listOf(a.value("branch_label")), a.values("depends_on"),
                            a.value("rev_id"), a.value("version_path")))));
            commands.add(new CommandSpec("show", "Show the revision(s) denoted by the given symbol.",
                    List.of(Option.positional("rev", true, false, "string revision target")),
                    (c, a) -> c.show(a.value("rev"))));
            commands.sort(Comparator.comparing(CommandSpec::name));
            return List.copyOf(commands);
        }

        private static boolean json(String format) {
            if (format == null || format.equals("text")) {
                return false;
            }
            if (format.equals("json")) {
                return true;
            }
            throw new MigrateException("Unknown --format '" + format + "'; use text or json");
        }

        private static Option sql() {
            return Option.flag("sql", "don't run SQL on the database - write it to standard output instead "
                    + "(offline mode; revisions as start:end)", "--sql");
        }

        private static Option tag() {
            return Option.value("tag", "TAG", "arbitrary 'tag' name, handed to the migrations' environment",
                    "--tag");
        }

        private static Option verbose() {
            return Option.flag("verbose", "use more verbose output", "-v", "--verbose");
        }

        private static Option message() {
            return Option.value("message", "MESSAGE", "message string to use with 'revision'", "-m", "--message");
        }

        private static Option branchLabel() {
            return Option.value("branch_label", "BRANCH_LABEL", "specify a branch label to apply to the new "
                    + "revision", "--branch-label");
        }

        private static Option revId() {
            return Option.value("rev_id", "REV_ID", "specify a hardcoded revision id instead of generating one",
                    "--rev-id");
        }

        private static Option splice() {
            return Option.flag("splice", "allow a non-head revision as the 'head' to splice onto", "--splice");
        }

        private static List<String> listOf(String value) {
            return value == null ? List.of() : List.of(value);
        }
    }
}
