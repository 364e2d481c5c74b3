/**
 * Actuator support: the {@code migrate} endpoint, which shows where each migrated database stands, and the
 * {@code migrate} health indicator.
 */
package dev.migrate.autoconfigure.actuate;
