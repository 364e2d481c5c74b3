package dev.migrate.command;

import java.util.function.Supplier;

import dev.migrate.MigrateException;
import dev.migrate.script.MultipleHeadsException;
import dev.migrate.script.ResolutionException;

/**
 * Words errors of the revision graph the way Alembic's commands do: a symbol that names nothing becomes
 * {@code Can't locate revision identified by 'X'}; other graph errors keep their own message.
 */
final class RevisionErrors {

    private RevisionErrors() {
    }

    /** Runs {@code resolution}, rewording a failed look-up. */
    static <T> T translate(Supplier<T> resolution) {
        try {
            return resolution.get();
        }
        catch (ResolutionException ex) {
            throw new MigrateException("Can't locate revision identified by '" + ex.argument() + "'", ex);
        }
    }

    /** Like {@link #translate}, with {@code multipleHeads} as the message when the symbol names several heads. */
    static <T> T translateMultipleHeads(Supplier<T> resolution, String multipleHeads) {
        try {
            return translate(resolution);
        }
        catch (MultipleHeadsException ex) {
            throw new MigrateException(multipleHeads, ex);
        }
    }
}
