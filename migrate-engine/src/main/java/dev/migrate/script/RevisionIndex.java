package dev.migrate.script;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.migrate.MigrateException;

/**
 * Reads and writes the revision index: the file {@value #FILE_NAME} that {@link RevisionIndexProcessor} writes next
 * to the classes of every package holding revisions, so the graph is known without loading a migration class.
 *
 * <p>The file is UTF-8 text, one record a line; blank lines and lines starting with {@code #} are ignored. The first
 * record is the header {@code migrate-revision-index 1}, where {@code 1} is the format version ({@value #VERSION}).
 * Every further line is one revision, six fields separated by a TAB:
 *
 * <pre>
 * class-name  id  down  depends-on  branch-labels  message
 * </pre>
 *
 * {@code class-name} is the binary name of the migration class. {@code down}, {@code depends-on} and
 * {@code branch-labels} are lists whose items are separated by {@code ,}; an empty field is an empty list, items
 * are never empty, and branch labels are sorted. In every field, {@code \} is written {@code \\}, TAB {@code \t},
 * line feed {@code \n}, carriage return {@code \r} and {@code ,} is written {@code \,}; no other escape exists.
 * Lines are sorted by class name, so the same classes always give the same file.
 */
final class RevisionIndex {

    /** The name of the index resource in a package's directory. */
    static final String FILE_NAME = "migrate-revisions.idx";

    /** The format version this class reads and writes. */
    static final int VERSION = 1;

    private static final String HEADER = "migrate-revision-index";

    private static final int FIELDS = 6;

    private RevisionIndex() {
    }

    /** The class-path resource name of the index of {@code location}, e.g. {@code db/migrate/migrate-revisions.idx}. */
    static String resourceName(String location) {
        return location.isEmpty() ? FILE_NAME : location.replace('.', '/') + "/" + FILE_NAME;
    }

    /**
     * Writes {@code revisions} (each with a class name) in index format, sorted by class name.
     */
    static void write(Collection<Revision> revisions, Writer out) throws IOException {
        out.write("# Revisions of this package, written by " + RevisionIndexProcessor.class.getName() + "\n");
        out.write(HEADER + " " + VERSION + "\n");
        List<Revision> sorted = revisions.stream()
            .sorted((a, b) -> a.className().compareTo(b.className()))
            .toList();
        for (Revision revision : sorted) {
            out.write(escape(revision.className()));
            out.write('\t');
            out.write(escape(revision.id()));
            out.write('\t');
            out.write(list(revision.down()));
            out.write('\t');
            out.write(list(revision.dependsOn()));
            out.write('\t');
            out.write(list(new TreeSet<>(revision.branchLabels())));
            out.write('\t');
            out.write(escape(revision.message()));
            out.write('\n');
        }
    }

    /**
     * Reads an index; every revision gets {@code location}. {@code source} names the file in error messages.
     *
     * <p>This runs on every application start, mostly before the JIT has compiled anything, so it scans with
     * {@link String#indexOf} and cuts fields with {@link String#substring} rather than going character by character;
     * only the rare line that holds a {@code \} takes the escape-aware path.
     *
     * @throws MigrateException when the text is not an index of this format version
     */
    static List<Revision> read(String text, String location, String source) {
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        List<Revision> revisions = new ArrayList<>();
        boolean headerSeen = false;
        int lineNumber = 0;
        int backslash = text.indexOf('\\'); // the first backslash at or after the current line, or -1
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lineNumber++;
            if (backslash >= 0 && backslash < start) {
                backslash = text.indexOf('\\', start);
            }
            if (!isBlankOrComment(text, start, end)) {
                String line = text.substring(start, end);
                if (!headerSeen) {
                    checkHeader(line, source);
                    headerSeen = true;
                }
                else {
                    boolean escaped = backslash >= 0 && backslash < end;
                    revisions.add(parse(line, escaped, location, source, lineNumber));
                }
            }
            start = end + 1;
        }
        if (!headerSeen) {
            throw malformed(source, "it has no '" + HEADER + "' header");
        }
        return revisions;
    }

    private static boolean isBlankOrComment(String text, int start, int end) {
        if (start == end) {
            return true;
        }
        char first = text.charAt(start);
        return first == '#' || Character.isWhitespace(first) && text.substring(start, end).isBlank();
    }

    private static void checkHeader(String line, String source) {
        String[] words = line.trim().split(" ");
        if (words.length != 2 || !words[0].equals(HEADER)) {
            throw malformed(source, "it does not start with a '" + HEADER + "' header");
        }
        if (!words[1].equals(String.valueOf(VERSION))) {
            throw new MigrateException("The revision index " + source + " has format version " + words[1]
                    + ", but this version of Migrate reads version " + VERSION
                    + "; rebuild the project with the Migrate version it runs with");
        }
    }

    /** One revision line; {@code escaped} tells whether it holds a {@code \}, so that fields need unescaping. */
    private static Revision parse(String line, boolean escaped, String location, String source, int lineNumber) {
        List<String> fields = escaped ? split(line, '\t') : splitPlain(line, '\t');
        if (fields.size() != FIELDS) {
            throw malformed(source, "line " + lineNumber + " has " + fields.size() + " fields instead of " + FIELDS);
        }
        try {
            List<String> labels = items(fields.get(4), escaped);
            return new Revision(value(fields.get(1), escaped), items(fields.get(2), escaped),
                    items(fields.get(3), escaped), labels.isEmpty() ? Set.of() : new LinkedHashSet<>(labels),
                    value(fields.get(5), escaped), value(fields.get(0), escaped), location);
        }
        catch (IllegalArgumentException | MigrateException ex) {
            throw malformed(source, "line " + lineNumber + " is invalid (" + ex.getMessage() + ")");
        }
    }

    private static MigrateException malformed(String source, String reason) {
        return new MigrateException("The revision index " + source + " is not readable: " + reason
                + "; rebuild the project");
    }

    private static String list(Collection<String> items) {
        StringBuilder out = new StringBuilder();
        for (String item : items) {
            if (item.isEmpty()) {
                throw new IllegalArgumentException("an index list item must not be empty");
            }
            out.append(out.isEmpty() ? "" : ",").append(escape(item));
        }
        return out.toString();
    }

    private static List<String> items(String field, boolean escaped) {
        if (field.isEmpty()) {
            return List.of();
        }
        if (!escaped) {
            return field.indexOf(',') < 0 ? List.of(field) : splitPlain(field, ',');
        }
        List<String> items = new ArrayList<>();
        for (String item : split(field, ',')) {
            items.add(unescape(item));
        }
        return items;
    }

    private static String value(String field, boolean escaped) {
        return escaped ? unescape(field) : field;
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case ',' -> out.append("\\,");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i == value.length()) {
                throw new IllegalArgumentException("'\\' at the end of a field");
            }
            char escaped = value.charAt(i);
            switch (escaped) {
                case '\\', ',' -> out.append(escaped);
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                default -> throw new IllegalArgumentException("unknown escape '\\" + escaped + "'");
            }
        }
        return out.toString();
    }

    /** Splits at every {@code separator}, for text without escapes. */
    private static List<String> splitPlain(String value, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int end = value.indexOf(separator); end >= 0; end = value.indexOf(separator, start)) {
            parts.add(value.substring(start, end));
            start = end + 1;
        }
        parts.add(value.substring(start));
        return parts;
    }

    /** Splits at every {@code separator} that is not escaped, keeping escapes in the parts. */
    private static List<String> split(String value, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                i++;
            }
            else if (c == separator) {
                parts.add(value.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(value.substring(start));
        return parts;
    }
}
