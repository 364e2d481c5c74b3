/**
 * Spring Boot auto-configuration for Migrate: {@code spring.migrate.*} properties, the choice of DataSource, and the
 * initializer that upgrades the database on startup before JPA and JDBC users touch it.
 */
package dev.migrate.autoconfigure;
