/**
 * Spring Boot auto-configuration for Migrate. Not yet implemented: the starter issue fills this package.
 */
package dev.migrate.autoconfigure;
