package dev.migrate.autoconfigure.diagnostics;

import java.time.Duration;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.migrate.runtime.MigrationLockTimeoutException;

/** The startup upgrade waited too long for another process's migration lock. */
class MigrationLockTimeoutFailureAnalyzer extends AbstractFailureAnalyzer<MigrationLockTimeoutException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationLockTimeoutException cause) {
        String description = "Migrate could not upgrade the database: another session held the migration lock '"
                + cause.lockName() + "' for longer than the lock timeout of " + describe(cause.timeout()) + ". Another "
                + "instance of the application, or a migration job, is probably migrating the same database.";
        String action = "Wait for the other migration to finish and start the application again, or raise "
                + "spring.migrate.lock.timeout. If no other process is migrating, look for an open session that "
                + "holds the lock; the database releases it when that session ends. Set "
                + "spring.migrate.lock.enabled=false only if a single process ever migrates this database.";
        return new FailureAnalysis(description, action, cause);
    }

    /** The timeout as {@code spring.migrate.lock.timeout} is written: {@code 300s}, {@code 250ms}. */
    private static String describe(Duration timeout) {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
