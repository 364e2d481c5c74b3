package dev.migrate.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

import dev.migrate.MigrateException;

/**
 * Immutable settings of one Migrate environment: where the revisions are, which version table to use, how to reach
 * the database, where new revisions are written. Built with {@link #builder()} or read from a properties file whose
 * keys are those of {@code spring.migrate.*} without the prefix.
 */
public final class Config {

    /** The package revisions are looked up in when none is configured. */
    public static final String DEFAULT_LOCATION = "db.migrate";

    /** The version table's name when none is configured. */
    public static final String DEFAULT_VERSION_TABLE = "migrate_version";

    /** The source root new revisions are written under when none is configured. */
    public static final String DEFAULT_SOURCE_DIRECTORY = "src/main/java";

    /** The longest slug a new revision's class name takes from its message when nothing else is configured. */
    public static final int DEFAULT_TRUNCATE_SLUG_LENGTH = 40;

    private final List<String> locations;
    private final String versionTable;
    private final String versionTableSchema;
    private final String url;
    private final String user;
    private final String password;
    private final String dialect;
    private final Path sourceDirectory;
    private final int truncateSlugLength;
    private final Map<String, String> xArguments;
    private final ClassLoader classLoader;
    private final PrintStream out;
    private final Appendable sqlOutput;

    private Config(Builder builder) {
        this.locations = List.copyOf(builder.locations);
        this.versionTable = builder.versionTable;
        this.versionTableSchema = builder.versionTableSchema;
        this.url = builder.url;
        this.user = builder.user;
        this.password = builder.password;
        this.dialect = builder.dialect;
        this.sourceDirectory = builder.sourceDirectory;
        this.truncateSlugLength = builder.truncateSlugLength;
        this.xArguments = Map.copyOf(builder.xArguments);
        this.classLoader = builder.classLoader;
        this.out = builder.out;
        this.sqlOutput = builder.sqlOutput;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration's settings, to derive a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.locations = new ArrayList<>(locations);
        builder.versionTable = versionTable;
        builder.versionTableSchema = versionTableSchema;
        builder.url = url;
        builder.user = user;
        builder.password = password;
        builder.dialect = dialect;
        builder.sourceDirectory = sourceDirectory;
        builder.truncateSlugLength = truncateSlugLength;
        builder.xArguments = new LinkedHashMap<>(xArguments);
        builder.classLoader = classLoader;
        builder.out = out;
        builder.sqlOutput = sqlOutput;
        return builder;
    }

    /**
     * Reads a properties file: {@code url}, {@code user}, {@code password}, {@code dialect}, {@code locations}
     * (comma separated packages), {@code version-table}, {@code version-table-schema}, {@code source-directory}
     * (relative to the file's folder) and {@code truncate-slug-length}. Unknown keys are rejected by name, so a typo
     * does not pass silently.
     */
    public static Builder fromPropertiesFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new MigrateException("No config file '" + file + "' found; pass -c <file> or create migrate.properties");
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        catch (IOException ex) {
            throw new MigrateException("Could not read config file '" + file + "': " + ex.getMessage(), ex);
        }
        Path base = file.toAbsolutePath().getParent();
        return fromProperties(properties, base, "config file '" + file + "'");
    }

    /**
     * Applies properties (keys as in {@link #fromPropertiesFile}) to a new builder; relative paths resolve against
     * {@code base}, and {@code origin} names the source in error messages.
     */
    public static Builder fromProperties(Properties properties, Path base, String origin) {
        Builder builder = builder();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).trim();
            switch (key) {
                case "url" -> builder.url(value);
                case "user", "username" -> builder.user(value);
                case "password" -> builder.password(value);
                case "dialect" -> builder.dialect(value.isEmpty() ? null : value);
                case "locations" -> builder.locations(Arrays.stream(value.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList());
                case "version-table" -> builder.versionTable(value);
                case "version-table-schema" -> builder.versionTableSchema(value.isEmpty() ? null : value);
                case "source-directory" -> builder.sourceDirectory(base.resolve(value));
                case "truncate-slug-length" -> builder.truncateSlugLength(parseInt(key, value, origin));
                default -> throw new MigrateException("Unknown key '" + key + "' in " + origin + "; known keys are url, "
                        + "user, password, dialect, locations, version-table, version-table-schema, "
                        + "source-directory, truncate-slug-length");
            }
        }
        if (!properties.containsKey("source-directory")) {
            builder.sourceDirectory(base.resolve(DEFAULT_SOURCE_DIRECTORY));
        }
        return builder;
    }

    private static int parseInt(String key, String value, String origin) {
        try {
            return Integer.parseInt(value);
        }
        catch (NumberFormatException ex) {
            throw new MigrateException("Key '" + key + "' in " + origin + " must be a whole number, not '" + value + "'");
        }
    }

    /** The packages searched for revisions, in order. */
    public List<String> locations() {
        return locations;
    }

    public String versionTable() {
        return versionTable;
    }

    /** The schema of the version table, or {@code null} for the connection's default schema. */
    public String versionTableSchema() {
        return versionTableSchema;
    }

    /** The JDBC URL, or {@code null} when the caller supplies the connection. */
    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /**
     * The name of the database's dialect ({@code postgresql}, {@code mysql}, {@code mariadb}, {@code h2},
     * {@code sqlite}, {@code mssql}, {@code oracle}) for offline ({@code --sql}) output, or {@code null} to take it
     * from {@link #url()}. Online the dialect is always detected from the connection.
     */
    public String dialect() {
        return dialect;
    }

    /** The source root new revision classes are written under ({@code src/main/java} by default). */
    public Path sourceDirectory() {
        return sourceDirectory;
    }

    /** The longest slug (from the message) a new revision's class name carries. */
    public int truncateSlugLength() {
        return truncateSlugLength;
    }

    /** The {@code -x key=value} arguments given on the command line. */
    public Map<String, String> xArguments() {
        return xArguments;
    }

    /** The class loader revisions are found and loaded with. */
    public ClassLoader classLoader() {
        return classLoader;
    }

    /** Where commands print their output. */
    public PrintStream out() {
        return out;
    }

    /** Where offline ({@code --sql}) commands write their SQL script: {@link #out()} unless set apart. */
    public Appendable sqlOutput() {
        return sqlOutput != null ? sqlOutput : out;
    }

    /** Builds a {@link Config}; every setting has a default. */
    public static final class Builder {

        private List<String> locations = List.of(DEFAULT_LOCATION);
        private String versionTable = DEFAULT_VERSION_TABLE;
        private String versionTableSchema;
        private String url;
        private String user;
        private String password;
        private String dialect;
        private Path sourceDirectory = Path.of(DEFAULT_SOURCE_DIRECTORY);
        private int truncateSlugLength = DEFAULT_TRUNCATE_SLUG_LENGTH;
        private Map<String, String> xArguments = new LinkedHashMap<>();
        private ClassLoader classLoader = Config.class.getClassLoader();
        private PrintStream out = System.out;
        private Appendable sqlOutput;

        private Builder() {
        }

        public Builder locations(List<String> locations) {
            if (locations.isEmpty()) {
                throw new MigrateException("At least one location (package) of revisions is required");
            }
            this.locations = new ArrayList<>(locations);
            return this;
        }

        public Builder versionTable(String versionTable) {
            this.versionTable = Objects.requireNonNull(versionTable, "versionTable");
            return this;
        }

        public Builder versionTableSchema(String versionTableSchema) {
            this.versionTableSchema = versionTableSchema;
            return this;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder user(String user) {
            this.user = user;
            return this;
        }

        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /** The dialect offline output is written for; {@code null} to take it from the URL. */
        public Builder dialect(String dialect) {
            this.dialect = dialect;
            return this;
        }

        public Builder sourceDirectory(Path sourceDirectory) {
            this.sourceDirectory = Objects.requireNonNull(sourceDirectory, "sourceDirectory");
            return this;
        }

        public Builder truncateSlugLength(int truncateSlugLength) {
            if (truncateSlugLength < 1) {
                throw new MigrateException("truncate-slug-length must be at least 1, not " + truncateSlugLength);
            }
            this.truncateSlugLength = truncateSlugLength;
            return this;
        }

        public Builder xArgument(String key, String value) {
            this.xArguments.put(key, value);
            return this;
        }

        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        public Builder out(PrintStream out) {
            this.out = Objects.requireNonNull(out, "out");
            return this;
        }

        /** Where offline commands write their SQL script; {@code null} for {@link #out(PrintStream)}. */
        public Builder sqlOutput(Appendable sqlOutput) {
            this.sqlOutput = sqlOutput;
            return this;
        }

        public Config build() {
            return new Config(this);
        }
    }
}
