package dev.migrate.autoconfigure;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.Ordered;

import dev.migrate.command.Commands;
import dev.migrate.config.Config;
import dev.migrate.runtime.EnvironmentContext;

/**
 * Runs the {@link MigrateStrategy} on one DataSource once the bean is initialised. Beans that use the database (JPA,
 * JDBC templates) depend on it through Boot's database-initialization detection, so they see the migrated schema.
 */
public class MigrateInitializer implements InitializingBean, Ordered {

    private final EnvironmentContext environment;
    private final DataSource dataSource;
    private final Commands commands;
    private final MigrateStrategy strategy;
    private final AtomicInteger revisionsRun = new AtomicInteger();
    private StartupRun startupRun;
    private int order;

    /** An initializer applying {@code strategy} to {@code dataSource} with these engine settings. */
    public MigrateInitializer(Config config, EnvironmentContext environment, DataSource dataSource,
            MigrateStrategy strategy) {
        this.environment = Objects.requireNonNull(environment, "environment").toBuilder()
            .listener((context, info) -> {
                if (info.isMigration()) {
                    revisionsRun.incrementAndGet();
                }
            })
            .build();
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.commands = new Commands(config, this.environment, dataSource);
        this.strategy = Objects.requireNonNull(strategy, "strategy");
    }

    @Override
    public void afterPropertiesSet() {
        long start = System.nanoTime();
        strategy.migrate(commands);
        startupRun = new StartupRun(Duration.ofNanos(System.nanoTime() - start), revisionsRun.get());
    }

    /** What the strategy did at startup; empty until it has run successfully. */
    public Optional<StartupRun> getStartupRun() {
        return Optional.ofNullable(startupRun);
    }

    /** The commands the strategy is given, bound to {@link #getDataSource()}. */
    public Commands getCommands() {
        return commands;
    }

    /** The run options: version table, transactions, lock. */
    public EnvironmentContext getEnvironment() {
        return environment;
    }

    /** The DataSource migrated. */
    public DataSource getDataSource() {
        return dataSource;
    }

    @Override
    public int getOrder() {
        return order;
    }

    public void setOrder(int order) {
        this.order = order;
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
