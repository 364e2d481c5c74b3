package dev.migrate.script;

import dev.migrate.MigrateException;

/**
 * An error in the revision graph or in a request against it: an invalid graph, a symbol that names nothing or too
 * much, a relative move that cannot be made. Subclasses carry the details a caller needs to word its own message.
 */
public class RevisionException extends MigrateException {

    private static final long serialVersionUID = 1L;

    public RevisionException(String message) {
        super(message);
    }
}
