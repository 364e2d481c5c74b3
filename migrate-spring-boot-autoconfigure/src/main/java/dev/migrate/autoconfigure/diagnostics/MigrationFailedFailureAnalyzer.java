package dev.migrate.autoconfigure.diagnostics;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.migrate.runtime.MigrationFailedException;
import dev.migrate.script.Revision;

/** A revision's migration failed while the application started. */
class MigrationFailedFailureAnalyzer extends AbstractFailureAnalyzer<MigrationFailedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationFailedException cause) {
        Revision revision = cause.revision();
        String where = revision.className() != null ? " (class " + revision.className() + ")" : "";
        String description = "Migrate could not " + (cause.upgrade() ? "upgrade" : "downgrade")
                + " the database: revision " + revision.id() + where + " failed."
                + cause.statement().map(statement -> "\n\nStatement: " + statement).orElse("")
                + "\n\n" + cause.getMessage();
        String action = "Correct revision " + revision.id() + " (or the database it runs on) and start the "
                + "application again; only that revision and the ones after it run. To see where the database "
                + "stands, run the application with the arguments 'migrate current'.";
        return new FailureAnalysis(description, action, cause);
    }
}
