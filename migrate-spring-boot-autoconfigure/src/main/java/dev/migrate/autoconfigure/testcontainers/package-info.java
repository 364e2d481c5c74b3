/**
 * Testcontainers support: a {@code @ServiceConnection} JDBC container gives Migrate its connection details.
 */
package dev.migrate.autoconfigure.testcontainers;
