package dev.migrate.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

import dev.migrate.config.Config;
import dev.migrate.runtime.EnvironmentContext;

/**
 * Settings of the Migrate auto-configuration, bound from {@code spring.migrate.*}.
 */
@ConfigurationProperties("spring.migrate")
public class MigrateProperties {

    /**
     * Whether to enable Migrate's auto-configuration: the startup upgrade, the endpoint, the health indicator, the
     * metrics and the migrate command runner.
     */
    private boolean enabled = true;

    /**
     * Whether to upgrade the database to the target when the application starts. When false the database is left as
     * it is, for instance because a separate job runs "migrate upgrade heads"; the endpoint, the health indicator
     * and the command runner keep working.
     */
    private boolean upgradeOnStartup = true;

    /**
     * Comma-separated list of packages that hold the revision classes.
     */
    private List<String> locations = new ArrayList<>(List.of(Config.DEFAULT_LOCATION));

    /**
     * Revision the database is upgraded to on startup: "heads", "head", a revision id, a branch label or a relative
     * step such as "+1".
     */
    private String target = "heads";

    /**
     * Name of the table that records the revisions the database is at.
     */
    private String versionTable = Config.DEFAULT_VERSION_TABLE;

    /**
     * Schema of the version table. When unset, the connection's current schema is used.
     */
    private String versionTableSchema;

    /**
     * Whether each revision runs in its own transaction instead of one transaction for the whole upgrade.
     */
    private boolean transactionPerMigration;

    /**
     * JDBC URL of the database to migrate. When set, Migrate uses its own connections instead of the application's
     * DataSource.
     */
    private String url;

    /**
     * Login user of the database to migrate. When set without a URL, the application's DataSource is used with
     * these credentials.
     */
    private String user;

    /**
     * Login password of the database to migrate.
     */
    private String password;

    /**
     * Fully qualified name of the JDBC driver. Derived from the URL by default.
     */
    private String driverClassName;

    /**
     * What to do on startup when the database is at a revision that none of the locations holds, for instance
     * after an older version of the application is redeployed.
     */
    private UnknownRevisionAction onUnknownRevision = UnknownRevisionAction.FAIL;

    /**
     * Database that offline ("--sql") commands of the command runner write SQL for: postgresql, mysql, mariadb, h2,
     * sqlite, mssql or oracle. Taken from the JDBC URL of the migrated database by default.
     */
    private String dialect;

    /**
     * Source root under which "migrate revision" and "migrate merge" write new revision classes, relative to the
     * working directory.
     */
    private String sourceDirectory = Config.DEFAULT_SOURCE_DIRECTORY;

    /**
     * Longest part of a new revision's class name taken from its message.
     */
    private int truncateSlugLength = Config.DEFAULT_TRUNCATE_SLUG_LENGTH;

    private final Lock lock = new Lock();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isUpgradeOnStartup() {
        return upgradeOnStartup;
    }

    public void setUpgradeOnStartup(boolean upgradeOnStartup) {
        this.upgradeOnStartup = upgradeOnStartup;
    }

    public List<String> getLocations() {
        return locations;
    }

    public void setLocations(List<String> locations) {
        this.locations = locations;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getVersionTable() {
        return versionTable;
    }

    public void setVersionTable(String versionTable) {
        this.versionTable = versionTable;
    }

    public String getVersionTableSchema() {
        return versionTableSchema;
    }

    public void setVersionTableSchema(String versionTableSchema) {
        this.versionTableSchema = versionTableSchema;
    }

    public boolean isTransactionPerMigration() {
        return transactionPerMigration;
    }

    public void setTransactionPerMigration(boolean transactionPerMigration) {
        this.transactionPerMigration = transactionPerMigration;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getDriverClassName() {
        return driverClassName;
    }

    public void setDriverClassName(String driverClassName) {
        this.driverClassName = driverClassName;
    }

    public UnknownRevisionAction getOnUnknownRevision() {
        return onUnknownRevision;
    }

    public void setOnUnknownRevision(UnknownRevisionAction onUnknownRevision) {
        this.onUnknownRevision = onUnknownRevision;
    }

    public String getDialect() {
        return dialect;
    }

    public void setDialect(String dialect) {
        this.dialect = dialect;
    }

    public String getSourceDirectory() {
        return sourceDirectory;
    }

    public void setSourceDirectory(String sourceDirectory) {
        this.sourceDirectory = sourceDirectory;
    }

    public int getTruncateSlugLength() {
        return truncateSlugLength;
    }

    public void setTruncateSlugLength(int truncateSlugLength) {
        this.truncateSlugLength = truncateSlugLength;
    }

    public Lock getLock() {
        return lock;
    }

    /** The migration lock that serialises instances booting at once. */
    public static class Lock {

        /**
         * Whether an upgrade takes the database's migration lock, so that instances starting at once migrate one
         * after the other.
         */
        private boolean enabled = true;

        /**
         * How long an upgrade waits for another instance's migration lock before failing.
         */
        private Duration timeout = EnvironmentContext.DEFAULT_LOCK_TIMEOUT;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }
    }

    /** What startup does when the database is at a revision the application does not know. */
    public enum UnknownRevisionAction {

        /** Fail the startup with the engine's "Can't locate revision" message. */
        FAIL,

        /** Log a warning and leave the database as it is. */
        WARN
    }
}
