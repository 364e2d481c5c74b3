package dev.migrate.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.migrate.config.Config;
import dev.migrate.script.Javac;

/**
 * A user's project for command-line tests: revision sources under {@code src/main/java}, compiled with the index
 * processor, and the command line run against them as {@code migrate <args>} would be.
 */
final class Project {

    private final Path root;
    private final Javac javac;
    private final List<String> sources = new ArrayList<>();
    private List<String> locations = List.of("db.migrate");
    private String url;
    private String user;
    private String password;
    private String dialect;
    private int builds;

    Project(Path root) {
        this.root = root;
        this.javac = new Javac(root.resolve("work"));
    }

    /** Adds a revision class in {@code db.migrate} whose upgrade runs {@code upgradeSql} (none when null). */
    Project revision(String id, String down, String extra, String upgradeSql) {
        return revision("db.migrate", id, down, extra, upgradeSql);
    }

    /** Adds a revision class in package {@code pkg}. */
    Project revision(String pkg, String id, String down, String extra, String upgradeSql) {
        String annotation = "@Revision(id = \"" + id + "\"" + (down == null ? "" : ", down = " + down)
                + (extra == null ? "" : ", " + extra) + ")";
        String source = Javac.revision(pkg, "V" + id, annotation, "");
        if (upgradeSql != null) {
            source = source.replace("public void upgrade(Operations op) {\n",
                    "public void upgrade(Operations op) {\n        op.execute(\"" + upgradeSql + "\");\n");
        }
        sources.add(source);
        return this;
    }

    /** Searches these locations (packages) for revisions. */
    Project locations(String... locations) {
        this.locations = List.of(locations);
        return this;
    }

    /** Uses the database at {@code url} for commands that need one. */
    Project database(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        return this;
    }

    /** Writes offline SQL for the dialect called {@code name}. */
    Project dialect(String name) {
        this.dialect = name;
        return this;
    }

    Path sourceDirectory() {
        return root.resolve("src/main/java");
    }

    /** Compiles the added sources and every revision the commands wrote, then runs the command line. */
    Run run(String... args) {
        Path classes = root.resolve("classes" + ++builds);
        try {
            if (!sources.isEmpty()) {
                Javac.Result result = javac.compile(classes, Javac.WITH_PROCESSOR, sources.toArray(String[]::new));
                assertThat(result.errors()).as("compiling the project's revisions").isEmpty();
            }
            if (Files.isDirectory(sourceDirectory())) {
                Javac.Result result = javac.compileTree(sourceDirectory(), classes, Javac.WITH_PROCESSOR);
                assertThat(result.errors()).as("compiling the written revisions").isEmpty();
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Config.Builder config = Config.builder()
            .locations(locations)
            .classLoader(Javac.loader(classes))
            .sourceDirectory(sourceDirectory())
            .dialect(dialect);
        if (url != null) {
            config.url(url).user(user).password(password);
        }
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        int status = new CommandLine(outStream, new PrintStream(err, true, StandardCharsets.UTF_8))
            .run(config.out(outStream).build(), args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What one command line printed and returned. */
    record Run(int status, String out, String err) {

        List<String> lines() {
            return out.lines().toList();
        }
    }
}
