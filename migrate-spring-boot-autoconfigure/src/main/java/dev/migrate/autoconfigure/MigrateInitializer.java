package dev.migrate.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanNameAware;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.Ordered;

import dev.migrate.autoconfigure.MigrateRunListener.RevisionRun;
import dev.migrate.command.Commands;
import dev.migrate.config.Config;
import dev.migrate.runtime.EnvironmentContext;
import dev.migrate.runtime.MigrationFailedException;
import dev.migrate.runtime.MigrationInfo;
import dev.migrate.runtime.RunContext;
import dev.migrate.runtime.VersionApplyListener;
import dev.migrate.script.MigrationStep;

/**
 * Runs the {@link MigrateStrategy} on one DataSource once the bean is initialised, or leaves the database alone when
 * it has none. Beans that use the database (JPA, JDBC templates) depend on it through Boot's database-initialization
 * detection, so they see the migrated schema. The endpoint, the health indicator and the metrics read the database
 * through it.
 */
public class MigrateInitializer implements InitializingBean, BeanNameAware, Ordered {

    private static final Logger log = LoggerFactory.getLogger(MigrateInitializer.class);

    private final Config config;
    private final EnvironmentContext environment;
    private final DataSource dataSource;
    private final Commands commands;
    private final MigrateStrategy strategy;
    private final StepTimer steps = new StepTimer();
    private List<MigrateRunListener> listeners = List.of();
    private String beanName = "migrateInitializer";
    private StartupRun startupRun;
    private int order;

    /** An initializer applying {@code strategy} to {@code dataSource} with these engine settings. */
    public MigrateInitializer(Config config, EnvironmentContext environment, DataSource dataSource,
            MigrateStrategy strategy) {
        this.config = Objects.requireNonNull(config, "config");
        this.environment = Objects.requireNonNull(environment, "environment").toBuilder().listener(steps).build();
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.commands = new Commands(config, this.environment, dataSource);
        this.strategy = strategy;
    }

    /** An initializer that leaves {@code dataSource} as it is at startup, for the endpoint, health and metrics. */
    public MigrateInitializer(Config config, EnvironmentContext environment, DataSource dataSource) {
        this(config, environment, dataSource, null);
    }

    @Override
    public void afterPropertiesSet() {
        if (strategy == null) {
            log.info("Not upgrading the database at startup (spring.migrate.upgrade-on-startup=false)");
            return;
        }
        listeners.forEach(listener -> listener.runStarting(this));
        long start = System.nanoTime();
        steps.start(start);
        try {
            strategy.migrate(commands);
        }
        catch (RuntimeException ex) {
            failedRevision(ex).ifPresent(failed -> report(new RevisionRun(failed.revision().id(), failed.upgrade(),
                    steps.sinceStepStarted(), failed)));
            listeners.forEach(listener -> listener.runFinished(this, ex));
            throw ex;
        }
        startupRun = new StartupRun(Duration.ofNanos(System.nanoTime() - start), steps.revisionsRun);
        listeners.forEach(listener -> listener.runFinished(this, null));
    }

    /** Listeners told about the startup run, in order. */
    public void setRunListeners(List<MigrateRunListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    /** Whether a strategy acts on the database at startup (or it is left as it is). */
    public boolean migratesOnStartup() {
        return strategy != null;
    }

    /** What the strategy did at startup; empty until it has run successfully, and when there is none. */
    public Optional<StartupRun> getStartupRun() {
        return Optional.ofNullable(startupRun);
    }

    /** The commands the strategy is given, bound to {@link #getDataSource()}. */
    public Commands getCommands() {
        return commands;
    }

    /** The settings: locations, version table, where new revisions are written. */
    public Config getConfig() {
        return config;
    }

    /** The run options: version table, transactions, lock. */
    public EnvironmentContext getEnvironment() {
        return environment;
    }

    /** The DataSource migrated. */
    public DataSource getDataSource() {
        return dataSource;
    }

    /** The name of this bean, which tags its metrics; {@code migrateInitializer} outside a bean factory. */
    public String getBeanName() {
        return beanName;
    }

    @Override
    public void setBeanName(String name) {
        this.beanName = name;
    }

    @Override
    public int getOrder() {
        return order;
    }

    public void setOrder(int order) {
        this.order = order;
    }

    private void report(RevisionRun run) {
        listeners.forEach(listener -> listener.revisionRun(this, run));
    }

    private static Optional<MigrationFailedException> failedRevision(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MigrationFailedException failed) {
                return Optional.of(failed);
            }
        }
        return Optional.empty();
    }

    /** Times each step of a run and reports the revisions' migrations; offline ({@code --sql}) steps run none. */
    private final class StepTimer implements VersionApplyListener {

        private long stepStarted;
        private int revisionsRun;

        void start(long now) {
            stepStarted = now;
            revisionsRun = 0;
        }

        Duration sinceStepStarted() {
            return Duration.ofNanos(System.nanoTime() - stepStarted);
        }

        @Override
        public void beforeVersionApply(RunContext context, MigrationStep step) {
            stepStarted = System.nanoTime();
        }

        @Override
        public void onVersionApply(RunContext context, MigrationInfo info) {
            if (context.offline()) {
                return;
            }
            info.revision().ifPresent(revision -> {
                revisionsRun++;
                report(new RevisionRun(revision.id(), info.isUpgrade(), sinceStepStarted(), null));
            });
        }
    }

    /**
     * The startup run of the strategy.
     *
     * @param time         how long it took
     * @param revisionsRun how many revision migrations (up or down) it ran; stamps are not counted
     */
    public record StartupRun(Duration time, int revisionsRun) {
    }
}
