package dev.migrate.benchmarks.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.migrate.config.Config;
import dev.migrate.script.IndexFiles;
import dev.migrate.script.MigrationStep;
import dev.migrate.script.Revision;
import dev.migrate.script.RevisionMap;
import dev.migrate.script.ScriptDirectory;

/**
 * The revision graph on 1,000 and 10,000 revisions of a {@link RevisionHistory realistic shape}: building it from
 * the compile-time index, the heads, the history of the whole range, and the upgrade plan from base to heads.
 *
 * <p>The index is written with the engine's own format into a temporary folder, the only class-path root of a
 * {@link URLClassLoader} that {@link ScriptDirectory} searches; no migration class exists or is loaded. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar RevisionGraphBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RevisionGraphBenchmark {

    @Param({"1000", "10000"})
    int revisions;

    /** Whether the modules declare {@code dependsOn} on the trunk; {@code -p dependsOn=false} leaves them out. */
    @Param({"true"})
    boolean dependsOn;

    private Path root;
    private URLClassLoader classLoader;
    private Config config;
    private RevisionMap map;
    private List<Revision> parsed;

    @Setup(Level.Trial)
    public void writeIndex() throws IOException {
        root = Files.createTempDirectory("revision-graph-benchmark");
        IndexFiles.write(root, RevisionHistory.LOCATION, RevisionHistory.generate(revisions, dependsOn));
        classLoader = new URLClassLoader(new URL[] {root.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        config = Config.builder().locations(List.of(RevisionHistory.LOCATION)).classLoader(classLoader).build();
        parsed = ScriptDirectory.from(config).revisions();
        map = RevisionMap.of(parsed);
        checkShape();
    }

    /** Fails the run unless each benchmark below covers the whole graph. */
    private void checkShape() {
        int history = map.history(null, null, List.of()).size();
        int plan = map.upgradePlan(List.of(), "heads").size();
        if (map.revisions().size() != revisions || history != revisions || plan != revisions) {
            throw new IllegalStateException("Expected " + revisions + " revisions, a history and a plan of as many; "
                    + "got " + map.revisions().size() + ", " + history + " and " + plan);
        }
    }

    @TearDown(Level.Trial)
    public void deleteIndex() throws IOException {
        classLoader.close();
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        }
    }

    /**
     * Only reads and parses the index, one pass over its text with no graph: the yardstick of how a plainly linear
     * step grows from 1,000 to 10,000 revisions on this machine (caches and the collector included).
     */
    @Benchmark
    public List<Revision> readIndex() {
        return ScriptDirectory.from(config).revisions();
    }

    /** Builds and validates the graph from revisions already read: {@link #buildFromIndex} without the reading. */
    @Benchmark
    public RevisionMap buildGraph() {
        return RevisionMap.of(parsed);
    }

    /** Reads the index from the class path and builds (and validates) the graph. */
    @Benchmark
    public RevisionMap buildFromIndex() {
        return ScriptDirectory.from(config).revisionMap();
    }

    /** The heads {@code migrate heads} lists (found while the graph is built). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public List<Revision> heads() {
        return map.heads();
    }

    /** What the symbol {@code heads} resolves to, as an upgrade target. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public List<Revision> resolveHeads() {
        return map.resolve("heads");
    }

    /** {@code migrate history}: every revision from base to the heads, newest first. */
    @Benchmark
    public List<Revision> history() {
        return map.history(null, null, List.of());
    }

    /** {@code migrate upgrade heads} on an empty database: the plan of every revision. */
    @Benchmark
    public List<MigrationStep> upgradePlan() {
        return map.upgradePlan(List.of(), "heads");
    }
}
