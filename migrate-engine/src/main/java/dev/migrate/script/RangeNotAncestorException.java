package dev.migrate.script;

/**
 * The two ends of a range are not ancestor and descendant on one branch: a {@code history} range whose lower end is
 * not below its upper end, or a downgrade destination that is not below the current heads.
 */
public class RangeNotAncestorException extends RevisionException {

    private static final long serialVersionUID = 1L;

    private final String lower;
    private final String upper;

    RangeNotAncestorException(String message, String lower, String upper) {
        super(message);
        this.lower = lower;
        this.upper = upper;
    }

    /** A {@code history} range {@code lower:upper} whose ends are not on one line of descent. */
    static RangeNotAncestorException range(String lower, String upper) {
        return new RangeNotAncestorException("Requested range " + lower + ":" + upper
                + " does not refer to ancestor/descendant revisions along the same branch", lower, upper);
    }

    /** A downgrade {@code destination} that is neither a current head nor below one. */
    static RangeNotAncestorException downgrade(String destination, String currentHeads) {
        return new RangeNotAncestorException("Destination " + destination
                + " is not a valid downgrade target from current head(s)", destination, currentHeads);
    }

    /** The lower end (or the downgrade destination) as given. */
    public String lower() {
        return lower;
    }

    /** The upper end (or the current heads) as given. */
    public String upper() {
        return upper;
    }
}
