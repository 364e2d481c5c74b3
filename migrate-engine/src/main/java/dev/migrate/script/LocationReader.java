package dev.migrate.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.MigrateException;

/**
 * Finds the revisions of one location (a package) on a class loader. Every class-path root that contributes to the
 * package is read through its {@link RevisionIndex index}; a root without an index has its class files read with
 * {@link RevisionClassFile} instead (directories and jars), which is logged as a warning. No class is loaded.
 */
final class LocationReader {

    private static final Logger log = LoggerFactory.getLogger(ScriptDirectory.class);

    private final ClassLoader classLoader;

    private final String location;

    private LocationReader(ClassLoader classLoader, String location) {
        this.classLoader = classLoader;
        this.location = location;
    }

    /** The revisions of {@code location}, sorted by class name; empty when it holds none. */
    static List<Revision> read(ClassLoader classLoader, String location) {
        return new LocationReader(classLoader, location).read();
    }

    private List<Revision> read() {
        Set<Revision> revisions = new LinkedHashSet<>();
        Set<String> indexes = new HashSet<>();
        for (URL index : resources(RevisionIndex.resourceName(location))) {
            indexes.add(index.toString());
            revisions.addAll(readIndex(index));
        }
        for (URL root : resources(location.replace('.', '/'))) {
            String rootIndex = withSlash(root.toString()) + RevisionIndex.FILE_NAME;
            if (!indexes.contains(rootIndex)) {
                revisions.addAll(readClassFiles(root));
            }
        }
        if (revisions.isEmpty()) {
            log.debug("Location {} holds no revisions", location);
        }
        List<Revision> sorted = new ArrayList<>(revisions);
        sorted.sort(LocationReader::byClassNameThenId);
        return sorted;
    }

    private static int byClassNameThenId(Revision a, Revision b) {
        int byClassName = a.className().compareTo(b.className());
        return byClassName != 0 ? byClassName : a.id().compareTo(b.id());
    }

    private List<URL> resources(String name) {
        try {
            return Collections.list(classLoader.getResources(name));
        }
        catch (IOException ex) {
            throw new MigrateException("Could not look up location " + location + " on the class path: "
                    + ex.getMessage(), ex);
        }
    }

    private List<Revision> readIndex(URL index) {
        try (InputStream in = open(index)) {
            return RevisionIndex.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), location,
                    index.toString());
        }
        catch (IOException ex) {
            throw new MigrateException("Could not read the revision index " + index + ": " + ex.getMessage(), ex);
        }
    }

    private static InputStream open(URL url) throws IOException {
        URLConnection connection = url.openConnection();
        connection.setUseCaches(false);
        return connection.getInputStream();
    }

    /** Reads the class files directly in the package folder {@code root} (a directory or a jar entry). */
    private List<Revision> readClassFiles(URL root) {
        List<Revision> revisions;
        try {
            revisions = switch (root.getProtocol()) {
                case "file" -> readDirectory(Path.of(root.toURI()));
                case "jar" -> readJar(root);
                default -> {
                    log.warn("Location {} has no revision index in {} and its class files cannot be listed there; "
                            + "its revisions are missing. {}", location, root, enableProcessor());
                    yield List.of();
                }
            };
        }
        catch (IOException | UncheckedIOException | URISyntaxException ex) {
            throw new MigrateException("Could not read the class files of location " + location + " in " + root + ": "
                    + ex.getMessage(), ex);
        }
        if (!revisions.isEmpty()) {
            log.warn("Location {} has no revision index in {}; read {} revision(s) from its class files instead, "
                    + "which is slower. {}", location, root, revisions.size(), enableProcessor());
        }
        return revisions;
    }

    private static String enableProcessor() {
        return "Run the annotation processor " + RevisionIndexProcessor.class.getName() + " when compiling the "
                + "revisions: javac finds it in migrate-engine on the class path up to JDK 22; from JDK 23 on, pass "
                + "-proc:full or name it with -processor (Maven: <annotationProcessors> of maven-compiler-plugin)";
    }

    private List<Revision> readDirectory(Path directory) throws IOException {
        List<Revision> revisions = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> isClassFile(f.getFileName().toString()) && Files.isRegularFile(f))
                .toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    readClassFile(in, file.toString()).ifPresent(revisions::add);
                }
            }
        }
        return revisions;
    }

    private List<Revision> readJar(URL root) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        String entryName = connection.getEntryName();
        String prefix = entryName == null || entryName.isEmpty() ? "" : withSlash(entryName);
        List<Revision> revisions = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0
                        && isClassFile(name.substring(prefix.length()))) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        readClassFile(in, jar.getName() + "!/" + name).ifPresent(revisions::add);
                    }
                }
            }
        }
        return revisions;
    }

    private static String withSlash(String path) {
        return path.endsWith("/") ? path : path + "/";
    }

    private static boolean isClassFile(String fileName) {
        return fileName.endsWith(".class") && !fileName.equals("package-info.class")
                && !fileName.equals("module-info.class");
    }

    private Optional<Revision> readClassFile(InputStream in, String source) {
        try {
            return RevisionClassFile.read(in, location);
        }
        catch (IOException ex) {
            throw new MigrateException("Could not read class file " + source + " in location " + location + ": "
                    + ex.getMessage(), ex);
        }
    }
}
