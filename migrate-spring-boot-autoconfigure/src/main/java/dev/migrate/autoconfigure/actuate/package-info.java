/**
 * Actuator support: the {@code migrate} endpoint, which shows where each migrated database stands.
 */
package dev.migrate.autoconfigure.actuate;
