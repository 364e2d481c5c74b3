package dev.migrate.script;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import dev.migrate.MigrateException;
import dev.migrate.Migration;
import dev.migrate.config.Config;

/**
 * The revisions of the configured locations: found through the compile-time index (or, without one, by reading
 * class files), turned into a {@link RevisionMap}, and loaded one class at a time when a revision runs.
 *
 * <p>Several class-path roots (directories, jars) may contribute to one location; their revisions are combined.
 * Finding the revisions loads no migration class; {@link #migration(Revision)} loads only the class asked for.
 */
public final class ScriptDirectory {

    private final ClassLoader classLoader;

    private final List<String> locations;

    private final List<Revision> revisions;

    private RevisionMap revisionMap;

    private ScriptDirectory(ClassLoader classLoader, List<String> locations, List<Revision> revisions) {
        this.classLoader = classLoader;
        this.locations = locations;
        this.revisions = revisions;
    }

    /** Finds the revisions of {@code config}'s locations with its class loader. */
    public static ScriptDirectory from(Config config) {
        List<String> locations = List.copyOf(new LinkedHashSet<>(config.locations()));
        // a list, not a set: LocationReader drops repeats within a location, and revisions carry their location
        List<Revision> revisions = new ArrayList<>();
        for (String location : locations) {
            revisions.addAll(LocationReader.read(config.classLoader(), location));
        }
        return new ScriptDirectory(config.classLoader(), locations, List.copyOf(revisions));
    }

    /**
     * The class-path resource holding the compile-time index of {@code location}, such as
     * {@code db/migrate/migrate-revisions.idx}: what a native image must include.
     */
    public static String indexResource(String location) {
        return RevisionIndex.resourceName(location);
    }

    /** The locations (packages) searched, in configured order, without repeats. */
    public List<String> locations() {
        return locations;
    }

    /**
     * Every revision found: by location in configured order, then by class name. The graph order is
     * {@link RevisionMap#revisions()}.
     */
    public List<Revision> revisions() {
        return revisions;
    }

    /** The graph of every revision found, built on first use. */
    public synchronized RevisionMap revisionMap() {
        if (revisionMap == null) {
            revisionMap = RevisionMap.of(revisions);
        }
        return revisionMap;
    }

    /**
     * Loads and instantiates the migration class of one revision, and only that class.
     *
     * @throws MigrateException when the class is missing, is not a public concrete {@link Migration} with a public
     *                          no-argument constructor, fails to initialise, or declares another revision than the
     *                          index lists (a stale index)
     */
    public Migration migration(Revision revision) {
        String className = revision.className();
        if (className == null) {
            throw new MigrateException("Revision " + revision.id() + " has no migration class; it cannot be run");
        }
        Class<?> type = load(revision);
        checkDeclaration(revision, type);
        String name = "Class " + className + " of revision " + revision.id();
        if (!Migration.class.isAssignableFrom(type)) {
            throw new MigrateException(name + " does not implement " + Migration.class.getName()
                    + "; implement it with upgrade and downgrade");
        }
        if (!Modifier.isPublic(type.getModifiers())) {
            throw new MigrateException(name + " is not public; make it public");
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            throw new MigrateException(name + " is abstract; make it a concrete class");
        }
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        }
        catch (NoSuchMethodException ex) {
            throw new MigrateException(name + " has no public constructor without parameters; add one");
        }
        try {
            return (Migration) constructor.newInstance();
        }
        catch (InvocationTargetException ex) {
            throw new MigrateException("The constructor of " + className + " (revision " + revision.id()
                    + ") failed: " + ex.getCause(), ex.getCause());
        }
        catch (ExceptionInInitializerError ex) {
            throw new MigrateException(name + " failed to initialise: " + ex.getCause(), ex.getCause());
        }
        catch (ReflectiveOperationException ex) {
            throw new MigrateException(name + " could not be created: " + ex, ex);
        }
    }

    private Class<?> load(Revision revision) {
        String where = revision.location() == null ? "" : " of " + revision.location();
        try {
            return Class.forName(revision.className(), false, classLoader);
        }
        catch (ClassNotFoundException ex) {
            throw new MigrateException("Revision " + revision.id() + " is listed in the index" + where + " but class "
                    + revision.className() + " is not on the classpath; rebuild the project", ex);
        }
        catch (LinkageError ex) {
            throw new MigrateException("Class " + revision.className() + " of revision " + revision.id()
                    + " could not be loaded: " + ex, ex);
        }
    }

    /** Rejects a class whose {@code @Revision} is not the one the index lists for it. */
    private static void checkDeclaration(Revision revision, Class<?> type) {
        dev.migrate.Revision declared = type.getAnnotation(dev.migrate.Revision.class);
        if (declared == null) {
            throw new MigrateException("The index of " + revision.location() + " is stale: it lists class "
                    + type.getName() + " as revision " + revision.id()
                    + ", but the class has no @Revision; rebuild the project");
        }
        compare(revision, type, "id", revision.id(), declared.id());
        compare(revision, type, "down", revision.down(), List.of(declared.down()));
        compare(revision, type, "dependsOn", revision.dependsOn(), List.of(declared.dependsOn()));
        compare(revision, type, "branchLabels", revision.branchLabels(),
                new HashSet<>(Arrays.asList(declared.branchLabels())));
        compare(revision, type, "message", revision.message(), declared.message());
    }

    private static void compare(Revision revision, Class<?> type, String attribute, Object indexed, Object declared) {
        if (!Objects.equals(indexed, declared)) {
            throw new MigrateException("The index of " + revision.location() + " is stale: it lists revision "
                    + revision.id() + " (class " + type.getName() + ") with " + attribute + " = " + quoted(indexed)
                    + ", but the class declares " + attribute + " = " + quoted(declared) + "; rebuild the project");
        }
    }

    private static String quoted(Object value) {
        return value instanceof String text ? "'" + text + "'" : String.valueOf(value);
    }
}
