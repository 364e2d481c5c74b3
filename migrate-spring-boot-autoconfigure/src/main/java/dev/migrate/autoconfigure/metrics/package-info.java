/**
 * Micrometer metrics of the startup migration.
 */
package dev.migrate.autoconfigure.metrics;
