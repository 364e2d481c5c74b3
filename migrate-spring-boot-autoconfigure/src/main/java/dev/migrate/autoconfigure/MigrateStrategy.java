package dev.migrate.autoconfigure;

import dev.migrate.command.Commands;

/**
 * What happens to the database on startup. Without a bean of this type the database is upgraded to
 * {@code spring.migrate.target}; a bean replaces that, for instance to stamp, to check only, or to do nothing.
 */
@FunctionalInterface
public interface MigrateStrategy {

    /** Acts on the database through {@code commands}, which are bound to the DataSource Migrate uses. */
    void migrate(Commands commands);
}
