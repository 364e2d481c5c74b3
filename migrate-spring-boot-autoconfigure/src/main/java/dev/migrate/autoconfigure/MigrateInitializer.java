package dev.migrate.autoconfigure;

import java.util.Objects;

import javax.sql.DataSource;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.Ordered;

import dev.migrate.command.Commands;

/**
 * Runs the {@link MigrateStrategy} once the bean is initialised. Beans that use the database (JPA, JDBC templates)
 * depend on it through Boot's database-initialization detection, so they see the migrated schema.
 */
public class MigrateInitializer implements InitializingBean, Ordered {

    private final Commands commands;
    private final DataSource dataSource;
    private final MigrateStrategy strategy;
    private int order;

    /** An initializer applying {@code strategy} through {@code commands}, which work on {@code dataSource}. */
    public MigrateInitializer(Commands commands, DataSource dataSource, MigrateStrategy strategy) {
        this.commands = Objects.requireNonNull(commands, "commands");
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.strategy = Objects.requireNonNull(strategy, "strategy");
    }

    @Override
    public void afterPropertiesSet() {
        strategy.migrate(commands);
    }

    /** The commands the strategy is given. */
    public Commands getCommands() {
        return commands;
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
