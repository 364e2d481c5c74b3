package dev.migrate.autoconfigure;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.jdbc.DatabaseDriver;

/**
 * How Migrate connects when it does not use the application's DataSource as it is: from {@code spring.migrate.url},
 * {@code user}, {@code password} and {@code driver-class-name} by default, or from a service connection such as a
 * Testcontainers {@code @ServiceConnection}. With a URL, Migrate opens its own connections to it; with only a user,
 * it connects to the application's database as that user.
 */
public interface MigrateConnectionDetails extends ConnectionDetails {

    /** The login user, or {@code null} for the application's. */
    String getUsername();

    /** The login password, or {@code null} for the application's. */
    String getPassword();

    /** The JDBC URL of the database to migrate, or {@code null} for the application's database. */
    String getJdbcUrl();

    /** The JDBC driver's class name; derived from the URL by default, {@code null} when it cannot be. */
    default String getDriverClassName() {
        String url = getJdbcUrl();
        return url == null ? null : DatabaseDriver.fromJdbcUrl(url).getDriverClassName();
    }
}
