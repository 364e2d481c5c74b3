package dev.migrate.runtime;

import java.util.Optional;

import dev.migrate.MigrateException;
import dev.migrate.ddl.StatementFailedException;
import dev.migrate.script.Revision;

/**
 * A revision's migration failed. The message names the revision, the statement the database rejected with the
 * database's own message, and what is left of the revision's work.
 */
public class MigrationFailedException extends MigrateException {

    private static final long serialVersionUID = 1L;

    private final transient Revision revision;
    private final boolean upgrade;
    private final String statement;

    MigrationFailedException(Revision revision, boolean upgrade, RuntimeException cause, String aftermath) {
        super((upgrade ? "Upgrade" : "Downgrade") + " of revision '" + revision.id() + "'"
                + (revision.message().isEmpty() ? "" : " (" + revision.message() + ")") + " failed: "
                + describe(cause) + ". " + aftermath, cause);
        this.revision = revision;
        this.upgrade = upgrade;
        this.statement = cause instanceof StatementFailedException failed ? failed.statement() : null;
    }

    /** The revision whose migration failed. */
    public Revision revision() {
        return revision;
    }

    /** Whether it failed upgrading (or downgrading). */
    public boolean upgrade() {
        return upgrade;
    }

    /** The statement the database rejected; empty when the migration failed otherwise. */
    public Optional<String> statement() {
        return Optional.ofNullable(statement);
    }

    private static String describe(RuntimeException cause) {
        if (cause instanceof MigrateException && cause.getMessage() != null) {
            return cause.getMessage();
        }
        return cause.toString();
    }
}
