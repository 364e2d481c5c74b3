package dev.migrate.script;

/**
 * A revision identifier that names no revision or branch, or a partial identifier that names several. The
 * {@link #argument() argument} is the part of the symbol that failed, so that the command line can print
 * {@code Can't locate revision identified by '<argument>'}.
 */
public class ResolutionException extends RevisionException {

    private static final long serialVersionUID = 1L;

    private final String argument;

    public ResolutionException(String message, String argument) {
        super(message);
        this.argument = argument;
    }

    /** The identifier (or branch name) that could not be resolved. */
    public String argument() {
        return argument;
    }
}
