package dev.migrate.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test run once per database, each time with a {@link TestDatabase} of its own as parameter:
 *
 * <pre>{@code
 * @DatabaseTest
 * void createsTheTable(TestDatabase db) { ... }
 *
 * @DatabaseTest({DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB})
 * void serverOnly(TestDatabase db) { ... }
 * }</pre>
 *
 * A database that is not available skips its run with the reason (see {@code Servers}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(DatabaseTestExtension.class)
public @interface DatabaseTest {

    /** The databases to run on; all by default. */
    DatabaseKind[] value() default {DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB, DatabaseKind.H2,
            DatabaseKind.SQLITE};
}
