import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import dev.migrate.config.Config;
import dev.migrate.script.Revision;
import dev.migrate.script.RevisionWriter;

/**
 * Writes the migrations of the PostgreSQL benchmark, run by the build before compilation:
 * {@code GenerateRevisions <output-folder> <count>}. From one list of {@code CREATE TABLE} statements it writes
 *
 * <ul>
 * <li>{@code java/}: one Migrate revision class per statement, in a straight line, with the engine's
 * {@link RevisionWriter}; the build compiles them with the engine's annotation processor, which indexes them;</li>
 * <li>{@code resources/db/flyway/V<n>__create_bench_item_<n>.sql}: one Flyway migration per statement;</li>
 * <li>{@code resources/db/liquibase/changelog.sql}: a Liquibase formatted-SQL changelog, one changeset per
 * statement;</li>
 * <li>{@code resources/db/plain/statements.sql}: the statements, one a line, for the plain JDBC run.</li>
 * </ul>
 *
 * Revision ids are 12 hexadecimal characters from a seeded generator, so every build writes the same files.
 */
public final class GenerateRevisions {

    /** The package of the generated revision classes; the benchmark's Migrate location. */
    static final String LOCATION = "dev.migrate.benchmarks.revisions";

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GenerateRevisions <output-folder> <count>");
        }
        Path output = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        deleteRecursively(output);
        Path resources = output.resolve("resources/db");
        Files.createDirectories(resources.resolve("flyway"));
        Files.createDirectories(resources.resolve("liquibase"));
        Files.createDirectories(resources.resolve("plain"));

        Config config = Config.builder()
            .locations(List.of(LOCATION))
            .sourceDirectory(output.resolve("java"))
            .build();
        RevisionWriter writer = new RevisionWriter(config, Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"),
                ZoneOffset.UTC));
        List<String> ids = ids(count);
        StringBuilder changelog = new StringBuilder("--liquibase formatted sql\n");
        List<String> plain = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            String table = String.format("bench_item_%04d", n);
            String create = "CREATE TABLE " + table
                    + " (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL, created_at TIMESTAMP NOT NULL)";
            String drop = "DROP TABLE " + table;
            List<String> down = n == 1 ? List.of() : List.of(ids.get(n - 2));
            writer.write(new Revision(ids.get(n - 1), down, List.of(), Set.of(), "create " + table, null, LOCATION),
                    List.of("op.execute(\"" + create + "\");"), List.of("op.execute(\"" + drop + "\");"));
            Files.writeString(resources.resolve("flyway/V" + n + "__create_" + table + ".sql"), create + ";\n",
                    StandardCharsets.UTF_8);
            changelog.append("\n--changeset bench:").append(n).append('\n')
                .append(create).append(";\n")
                .append("--rollback ").append(drop).append(";\n");
            plain.add(create);
        }
        Files.writeString(resources.resolve("liquibase/changelog.sql"), changelog, StandardCharsets.UTF_8);
        Files.write(resources.resolve("plain/statements.sql"), plain, StandardCharsets.UTF_8);
    }

    /** {@code count} distinct ids of 12 hexadecimal characters, the same on every run. */
    private static List<String> ids(int count) {
        SplittableRandom random = new SplittableRandom(count);
        Set<String> seen = new HashSet<>();
        List<String> ids = new ArrayList<>();
        while (ids.size() < count) {
            String id = String.format("%012x", random.nextLong(1L << 48));
            if (seen.add(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        }
    }
}
