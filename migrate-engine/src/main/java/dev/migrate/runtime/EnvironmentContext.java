package dev.migrate.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import dev.migrate.MigrateException;
import dev.migrate.config.Config;
import dev.migrate.ddl.DdlImpl;
import dev.migrate.operations.MigrateOperation;
import dev.migrate.operations.OperationImplementation;
import dev.migrate.operations.OperationImplementations;

/**
 * The resolved options of a migration run (what Alembic's {@code env.py} passes to {@code context.configure}):
 * the version table, transaction behaviour, the callbacks around each step and how steps are announced, the tag and
 * {@code -x} arguments, and the migration lock. Immutable; built with {@link #builder()} or {@link #from(Config)}.
 */
public final class EnvironmentContext {

    /** The width of {@code version_num} when none is configured (Alembic's 32 is too short for readable ids). */
    public static final int DEFAULT_VERSION_COLUMN_LENGTH = 255;

    /** How long a run waits for another process's migration lock when nothing else is configured. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(5);

    private final String versionTable;
    private final String versionTableSchema;
    private final boolean versionTablePk;
    private final int versionColumnLength;
    private final Boolean transactionalDdl;
    private final boolean transactionPerMigration;
    private final List<VersionApplyListener> listeners;
    private final Consumer<String> stepAnnouncer;
    private final String tag;
    private final Map<String, String> xArguments;
    private final boolean lockEnabled;
    private final Duration lockTimeout;
    private final OperationImplementations implementations;

    private EnvironmentContext(Builder builder) {
        this.versionTable = builder.versionTable;
        this.versionTableSchema = builder.versionTableSchema;
        this.versionTablePk = builder.versionTablePk;
        this.versionColumnLength = builder.versionColumnLength;
        this.transactionalDdl = builder.transactionalDdl;
        this.transactionPerMigration = builder.transactionPerMigration;
        this.listeners = List.copyOf(builder.listeners);
        this.stepAnnouncer = builder.stepAnnouncer;
        this.tag = builder.tag;
        this.xArguments = Map.copyOf(builder.xArguments);
        this.lockEnabled = builder.lockEnabled;
        this.lockTimeout = builder.lockTimeout;
        this.implementations = builder.implementations;
    }

    /** A builder with every default: {@code migrate_version}, the dialect's DDL behaviour, the lock on. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding {@code config}'s version table, its schema and its {@code -x} arguments. */
    public static Builder from(Config config) {
        Builder builder = builder().versionTable(config.versionTable()).versionTableSchema(config.versionTableSchema());
        config.xArguments().forEach(builder::xArgument);
        return builder;
    }

    /** A builder holding these options, to derive a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.versionTable = versionTable;
        builder.versionTableSchema = versionTableSchema;
        builder.versionTablePk = versionTablePk;
        builder.versionColumnLength = versionColumnLength;
        builder.transactionalDdl = transactionalDdl;
        builder.transactionPerMigration = transactionPerMigration;
        builder.listeners = new ArrayList<>(listeners);
        builder.stepAnnouncer = stepAnnouncer;
        builder.tag = tag;
        builder.xArguments = new LinkedHashMap<>(xArguments);
        builder.lockEnabled = lockEnabled;
        builder.lockTimeout = lockTimeout;
        builder.implementations = implementations;
        return builder;
    }

    public String versionTable() {
        return versionTable;
    }

    /** The version table's schema, or {@code null} for the connection's current schema. */
    public String versionTableSchema() {
        return versionTableSchema;
    }

    /** Whether the version table gets its primary key {@code <table>_pkc}. */
    public boolean versionTablePk() {
        return versionTablePk;
    }

    /** The width of the {@code version_num} column. */
    public int versionColumnLength() {
        return versionColumnLength;
    }

    /** The forced transactional-DDL behaviour; empty to use the dialect's. */
    public Optional<Boolean> transactionalDdl() {
        return Optional.ofNullable(transactionalDdl);
    }

    /** Whether DDL runs in transactions on {@code dialect}: the forced behaviour if any, else the dialect's. */
    public boolean transactionalDdl(DdlImpl dialect) {
        return transactionalDdl().orElse(dialect.transactionalDdl());
    }

    /** Whether each revision runs in its own transaction instead of one for the whole run. */
    public boolean transactionPerMigration() {
        return transactionPerMigration;
    }

    /** The registered implementations of operation types, which migrations' operations go through. */
    public OperationImplementations implementations() {
        return implementations;
    }

    /** Called around each step, online and offline, in order. */
    public List<VersionApplyListener> listeners() {
        return listeners;
    }

    /** What announces each step of an online run as it begins; empty for the log. */
    public Optional<Consumer<String>> stepAnnouncer() {
        return Optional.ofNullable(stepAnnouncer);
    }

    /** The free-form tag given with {@code --tag}; empty when none was. */
    public Optional<String> tag() {
        return Optional.ofNullable(tag);
    }

    /** The {@code -x key=value} arguments. */
    public Map<String, String> xArguments() {
        return xArguments;
    }

    /** Whether runs take the migration lock. */
    public boolean lockEnabled() {
        return lockEnabled;
    }

    /** How long a run waits for the migration lock. */
    public Duration lockTimeout() {
        return lockTimeout;
    }

    /** Builds an {@link EnvironmentContext}; every option has a default. */
    public static final class Builder {

        private String versionTable = Config.DEFAULT_VERSION_TABLE;
        private String versionTableSchema;
        private boolean versionTablePk = true;
        private int versionColumnLength = DEFAULT_VERSION_COLUMN_LENGTH;
        private Boolean transactionalDdl;
        private boolean transactionPerMigration;
        private List<VersionApplyListener> listeners = new ArrayList<>();
        private Consumer<String> stepAnnouncer;
        private OperationImplementations implementations = OperationImplementations.none();
        private String tag;
        private Map<String, String> xArguments = new LinkedHashMap<>();
        private boolean lockEnabled = true;
        private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;

        private Builder() {
        }

        public Builder versionTable(String versionTable) {
            if (versionTable == null || versionTable.isEmpty()) {
                throw new MigrateException("The version table needs a name");
            }
            this.versionTable = versionTable;
            return this;
        }

        /** The version table's schema; {@code null} for the connection's current schema. */
        public Builder versionTableSchema(String versionTableSchema) {
            this.versionTableSchema = versionTableSchema;
            return this;
        }

        public Builder versionTablePk(boolean versionTablePk) {
            this.versionTablePk = versionTablePk;
            return this;
        }

        public Builder versionColumnLength(int versionColumnLength) {
            if (versionColumnLength < 1) {
                throw new MigrateException("The version column length must be at least 1, not " + versionColumnLength);
            }
            this.versionColumnLength = versionColumnLength;
            return this;
        }

        /** Forces transactional DDL on or off; {@code null} uses the dialect's behaviour. */
        public Builder transactionalDdl(Boolean transactionalDdl) {
            this.transactionalDdl = transactionalDdl;
            return this;
        }

        public Builder transactionPerMigration(boolean transactionPerMigration) {
            this.transactionPerMigration = transactionPerMigration;
            return this;
        }

        /** Adds a callback run after each step, before its transaction commits. */
        public Builder listener(VersionApplyListener listener) {
            this.listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Announces each step of an online run as it begins, {@code Running upgrade a -> b, message}, with
         * {@code announcer} instead of the log (INFO, as Alembic logs it), so that the step is announced once where
         * the user looks; {@code null} for the log. The command line prints steps on its output this way. Offline
         * runs always log their steps, since their output is the script.
         */
        public Builder announceSteps(Consumer<String> announcer) {
            this.stepAnnouncer = announcer;
            return this;
        }

        /**
         * Carries out operations of {@code type} with {@code implementation} instead of their own SQL (Alembic's
         * {@code implementation_for}, with {@code replace=True} for a built-in type).
         */
        public <T extends MigrateOperation> Builder implementation(Class<T> type,
                OperationImplementation<? super T> implementation) {
            this.implementations = implementations.with(type, implementation);
            return this;
        }

        public Builder tag(String tag) {
            this.tag = tag;
            return this;
        }

        public Builder xArgument(String key, String value) {
            this.xArguments.put(key, value);
            return this;
        }

        /** Turns the migration lock on or off; off only when a single process ever migrates the database. */
        public Builder lockEnabled(boolean lockEnabled) {
            this.lockEnabled = lockEnabled;
            return this;
        }

        public Builder lockTimeout(Duration lockTimeout) {
            if (lockTimeout == null || lockTimeout.isNegative()) {
                throw new MigrateException("The lock timeout must be zero or positive, not " + lockTimeout);
            }
            this.lockTimeout = lockTimeout;
            return this;
        }

        public EnvironmentContext build() {
            return new EnvironmentContext(this);
        }
    }
}
