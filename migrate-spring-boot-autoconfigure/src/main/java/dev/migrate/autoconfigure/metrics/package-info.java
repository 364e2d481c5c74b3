/**
 * Micrometer metrics and observation of the startup migration, and a gauge of the revisions each database lacks.
 */
package dev.migrate.autoconfigure.metrics;
