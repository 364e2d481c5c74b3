package dev.migrate.autoconfigure.diagnostics;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.migrate.autoconfigure.UnknownDatabaseRevisionException;

/** The database is at a revision the application does not have. */
class UnknownDatabaseRevisionFailureAnalyzer extends AbstractFailureAnalyzer<UnknownDatabaseRevisionException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnknownDatabaseRevisionException cause) {
        String revisions = String.join(", ", cause.revisions());
        String description = "Migrate could not upgrade the database: it is at revision" + plural(cause) + " "
                + revisions + ", which the application does not have (none of the locations "
                + String.join(", ", cause.locations()) + " holds " + (cause.revisions().size() == 1 ? "it" : "them")
                + "). This happens when an older version of the application starts against a database that a "
                + "newer version has already upgraded.";
        String action = "Deploy the version of the application that has revision" + plural(cause) + " " + revisions
                + ". To start this version anyway without upgrading, set spring.migrate.on-unknown-revision=warn. "
                + "If the revision" + plural(cause) + " will never come back, downgrade the database with the "
                + "version that has them, or stamp it to a revision this version has (arguments 'migrate stamp "
                + "<revision> --purge').";
        return new FailureAnalysis(description, action, cause);
    }

    private static String plural(UnknownDatabaseRevisionException cause) {
        return cause.revisions().size() == 1 ? "" : "s";
    }
}
