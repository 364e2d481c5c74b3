package dev.migrate.script;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import dev.migrate.Migration;

/**
 * Compiles Java sources in process, as a user's build would, and packs class folders into jars: the test fixture of
 * the script package.
 */
public final class Javac {

    /** Runs the revision index processor, found on the processor path like in a user's build. */
    public static final List<String> WITH_PROCESSOR = List.of("-processor", RevisionIndexProcessor.class.getName());

    /** Runs no annotation processor, so no index is written. */
    static final List<String> WITHOUT_PROCESSOR = List.of("-proc:none");

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);

    private static final Pattern TYPE = Pattern.compile("(?:class|interface|enum|@interface)\\s+(\\w+)");

    private final Path sourceRoot;

    private int compilations;

    /** A compiler that writes the sources it is given under {@code workDirectory}. */
    public Javac(Path workDirectory) {
        this.sourceRoot = workDirectory.resolve("sources");
    }

    /** The result of one compilation. */
    public record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics) {

        /** The errors, each as {@code <file name>:<line>: <message>}. */
        public List<String> errors() {
            return diagnostics.stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> (d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName().toString())
                        + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                .toList();
        }
    }

    /** Compiles {@code sources} into {@code output}, which is on the class path too (as in an incremental build). */
    public Result compile(Path output, List<String> options, String... sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            Files.createDirectories(output);
            List<Path> paths = new ArrayList<>();
            Path directory = sourceRoot.resolve(String.valueOf(++compilations));
            for (String source : sources) {
                paths.add(write(directory, source));
            }
            return compile(compiler, files, diagnostics, output, options, paths);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Compiles the source files under {@code sourceDirectory} into {@code output}. */
    public Result compileTree(Path sourceDirectory, Path output, List<String> options) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8); Stream<Path> walk = Files.walk(sourceDirectory)) {
            Files.createDirectories(output);
            List<Path> paths = walk.filter(p -> p.toString().endsWith(".java")).toList();
            return compile(compiler, files, diagnostics, output, options, paths);
        }
    }

    private static Result compile(JavaCompiler compiler, StandardJavaFileManager files,
            DiagnosticCollector<JavaFileObject> diagnostics, Path output, List<String> options, List<Path> sources) {
        String engine = engineClasses().toString();
        List<String> arguments = new ArrayList<>(List.of("-d", output.toString(), "-encoding", "UTF-8",
                "-classpath", engine + java.io.File.pathSeparator + output, "-processorpath", engine));
        arguments.addAll(options);
        boolean success = compiler
            .getTask(null, files, diagnostics, arguments, null, files.getJavaFileObjectsFromPaths(sources))
            .call();
        return new Result(success, diagnostics.getDiagnostics());
    }

    /** The engine's compiled classes (with the processor's service registration): the test class path's part. */
    static Path engineClasses() {
        try {
            return Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        }
        catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Path write(Path directory, String source) throws IOException {
        Matcher pkg = PACKAGE.matcher(source);
        Matcher type = TYPE.matcher(source);
        if (!type.find()) {
            throw new IllegalArgumentException("No type declared in " + source);
        }
        Path folder = pkg.find() ? directory.resolve(pkg.group(1).replace('.', '/')) : directory;
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(type.group(1) + ".java"), source);
    }

    /** Packs {@code classes} into {@code jar}, with directory entries as the jar tool writes them. */
    static Path jar(Path classes, Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                Stream<Path> walk = Files.walk(classes)) {
            for (Path path : walk.sorted().toList()) {
                String name = classes.relativize(path).toString().replace('\\', '/');
                if (name.isEmpty()) {
                    continue;
                }
                if (Files.isDirectory(path)) {
                    out.putNextEntry(new JarEntry(name + "/"));
                }
                else {
                    out.putNextEntry(new JarEntry(name));
                    Files.copy(path, out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    /** A class loader over {@code roots} (folders or jars) whose parent holds the engine. */
    public static URLClassLoader loader(Path... roots) {
        URL[] urls = Stream.of(roots).map(Javac::url).toArray(URL[]::new);
        return new URLClassLoader(urls, Javac.class.getClassLoader());
    }

    static URL url(Path path) {
        try {
            return path.toUri().toURL();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * The source of a revision class {@code pkg.className} whose annotation is {@code annotation}; {@code body} is
     * added to the class body.
     */
    public static String revision(String pkg, String className, String annotation, String body) {
        return """
                package %s;

                import dev.migrate.Migration;
                import dev.migrate.Revision;
                import dev.migrate.operations.Operations;

                %s
                public class %s implements Migration {
                %s
                    public void upgrade(Operations op) {
                    }

                    public void downgrade(Operations op) {
                    }
                }
                """.formatted(pkg, annotation, className, body);
    }

    /** A revision class in {@code db.migrate} with nothing more in the body. */
    static String revision(String className, String annotation) {
        return revision("db.migrate", className, annotation, "");
    }
}
