package dev.migrate.autoconfigure;

import java.util.Objects;

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
    private int order;

    /** An initializer applying {@code strategy} to {@code dataSource} with these engine settings. */
    public MigrateInitializer(Config config, EnvironmentContext environment, DataSource dataSource,
            MigrateStrategy strategy) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.commands = new Commands(config, environment, dataSource);
        this.strategy = Objects.requireNonNull(strategy, "strategy");
    }

    @Override
    public void afterPropertiesSet() {
        strategy.migrate(commands);
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
}
