package dev.migrate;

import dev.migrate.operations.Operations;

/**
 * The body of a revision: what {@code upgrade} and {@code downgrade} do. Implementations carry {@link Revision} and
 * have a public no-argument constructor.
 */
public interface Migration {

    /** Brings the schema from the parent revisions to this one. */
    void upgrade(Operations op);

    /** Brings the schema from this revision back to its parents. */
    void downgrade(Operations op);
}
