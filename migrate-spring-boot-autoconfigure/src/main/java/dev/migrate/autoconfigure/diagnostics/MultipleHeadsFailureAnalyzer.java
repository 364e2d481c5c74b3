package dev.migrate.autoconfigure.diagnostics;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.migrate.script.MultipleHeadsException;

/** The target names one head, but the revisions have several. */
class MultipleHeadsFailureAnalyzer extends AbstractFailureAnalyzer<MultipleHeadsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MultipleHeadsException cause) {
        String description = "Migrate could not tell which revision to upgrade to: '" + cause.argument()
                + "' names a single head, but the revisions have " + cause.heads().size() + ": "
                + String.join(", ", cause.heads()) + ". Two branches of revisions were probably written in "
                + "parallel.";
        String action = "Merge the branches into one head: run the application with the arguments 'migrate merge "
                + "heads -m \"merge branches\"' and build it again. Or upgrade every branch with "
                + "spring.migrate.target=heads, or name one head in spring.migrate.target (a revision id or "
                + "<branch label>@head).";
        return new FailureAnalysis(description, action, cause);
    }
}
