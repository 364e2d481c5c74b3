/**
 * Failure analyzers: when Migrate stops an application from starting, Spring Boot prints what went wrong and what
 * to do about it instead of a stack trace.
 */
package dev.migrate.autoconfigure.diagnostics;
