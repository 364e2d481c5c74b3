package dev.migrate.script;

import java.util.List;

/**
 * A symbol that must name one revision ({@code head}, {@code label@head}, …) names several heads. The message is the
 * one the command line prints; {@link #argument()} and {@link #heads()} let a caller word its own.
 */
public class MultipleHeadsException extends RevisionException {

    private static final long serialVersionUID = 1L;

    private final String argument;
    private final List<String> heads;

    MultipleHeadsException(String argument, List<String> heads) {
        this(message(argument), argument, heads);
    }

    MultipleHeadsException(String message, String argument, List<String> heads) {
        super(message);
        this.argument = argument;
        this.heads = List.copyOf(heads);
    }

    private static String message(String argument) {
        return "Multiple head revisions are present for given argument '" + argument + "'; please specify a specific "
                + "target revision, '<branchname>@" + argument + "' to narrow to a specific head, or 'heads' for all "
                + "heads";
    }

    /** The symbol as given, for example {@code head} or {@code mybranch@head}. */
    public String argument() {
        return argument;
    }

    /** The ids of the heads the symbol matched. */
    public List<String> heads() {
        return heads;
    }
}
