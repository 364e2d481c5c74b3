package dev.migrate.script;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Writes a revision index with the engine's own {@link RevisionIndex} format, for benchmarks that need a graph on
 * the class path without compiling a class per revision. It sits in the engine's package because the index writer
 * is package-private there; it is part of the benchmarks only.
 */
public final class IndexFiles {

    private IndexFiles() {
    }

    /**
     * Writes the index of {@code location} holding {@code revisions} under the class-path root {@code root}, where a
     * class loader whose class path includes {@code root} finds it.
     *
     * @return the file written
     */
    public static Path write(Path root, String location, Collection<Revision> revisions) throws IOException {
        Path file = root.resolve(RevisionIndex.resourceName(location));
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            RevisionIndex.write(revisions, out);
        }
        return file;
    }
}
