package dev.migrate.script;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrate.MigrateException;
import dev.migrate.config.Config;

/**
 * Writes the source of a new revision class into the configured source directory: {@code V<rev>_<Slug>.java} in the
 * folder of the revision's location, with the {@code @Revision} annotation, a Javadoc header (message, revision id,
 * parents, creation date) and the given {@code upgrade} and {@code downgrade} statements.
 */
public final class RevisionWriter {

    /** Words of a message: runs of letters and digits (underscores separate words too). */
    private static final Pattern WORD = Pattern.compile("[^\\W_]+", Pattern.UNICODE_CHARACTER_CLASS);

    private static final String INDENT = "    ";

    /** The longest annotation written on one line; a longer one has an attribute a line. */
    private static final int MAX_LINE_LENGTH = 120;

    private final Config config;

    private final Clock clock;

    /** A writer that dates revisions with the system clock. */
    public RevisionWriter(Config config) {
        this(config, Clock.systemDefaultZone());
    }

    /** A writer that dates revisions with {@code clock}. */
    public RevisionWriter(Config config, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A new revision id: the last 12 hexadecimal characters of a random UUID. */
    public static String newRevisionId() {
        String uuid = UUID.randomUUID().toString();
        return uuid.substring(uuid.length() - 12);
    }

    /**
     * Writes {@code revision} as a new class in the package of its location (the first configured location when it
     * has none). {@code upgrade} and {@code downgrade} are Java statements for the method bodies, which receive the
     * operations as {@code op}; an empty list gives a {@code // nothing to do} body.
     *
     * @return the file written
     * @throws MigrateException when the file exists already or cannot be written
     */
    public Path write(Revision revision, List<String> upgrade, List<String> downgrade) {
        String location = revision.location() != null ? revision.location() : config.locations().get(0);
        String className = className(revision.id(), revision.message(), config.truncateSlugLength());
        Path directory = config.sourceDirectory().resolve(location.replace('.', '/'));
        Path file = directory.resolve(className + ".java");
        String source = source(revision, location, className, upgrade, downgrade);
        try {
            Files.createDirectories(directory);
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                out.write(source);
            }
        }
        catch (FileAlreadyExistsException ex) {
            throw new MigrateException("Revision file " + file + " already exists; it is not overwritten. Choose "
                    + "another revision id or message, or delete the file", ex);
        }
        catch (IOException ex) {
            throw new MigrateException("Could not write revision file " + file + ": " + ex.getMessage(), ex);
        }
        return file;
    }

    /**
     * The class name of a revision: {@code V<rev>_<Slug>}, or {@code V<rev>} for an empty slug. Characters that
     * cannot be part of a Java identifier (in a custom id, say) become {@code _}.
     */
    static String className(String id, String message, int truncateSlugLength) {
        String slug = slug(message, truncateSlugLength);
        String name = slug.isEmpty() ? "V" + id : "V" + id + "_" + slug;
        StringBuilder identifier = new StringBuilder();
        name.codePoints().forEach(c -> identifier.appendCodePoint(
                Character.isJavaIdentifierPart(c) && !Character.isIdentifierIgnorable(c) ? c : '_'));
        return identifier.toString();
    }

    /**
     * The message's words, capitalised and joined. A slug longer than {@code truncateSlugLength} keeps only the whole
     * words that fit; when not even the first word fits, that word is cut to the limit.
     */
    static String slug(String message, int truncateSlugLength) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(message);
        while (matcher.find()) {
            String word = matcher.group();
            int first = word.codePointAt(0);
            words.add(new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(word, Character.charCount(first), word.length())
                .toString());
        }
        StringBuilder slug = new StringBuilder();
        for (String word : words) {
            if (slug.length() + word.length() > truncateSlugLength) {
                if (slug.isEmpty()) {
                    slug.append(word, 0, truncateSlugLength);
                }
                break;
            }
            slug.append(word);
        }
        return slug.toString();
    }

    private String source(Revision revision, String location, String className, List<String> upgrade,
            List<String> downgrade) {
        StringBuilder out = new StringBuilder();
        if (!location.isEmpty()) {
            out.append("package ").append(location).append(";\n\n");
        }
        out.append("import dev.migrate.Migration;\n")
            .append("import dev.migrate.Revision;\n")
            .append("import dev.migrate.operations.Operations;\n\n")
            .append("/**\n");
        if (!revision.message().isEmpty()) {
            revision.message().lines().forEach(line -> out.append(" * ").append(javadoc(line)).append('\n'));
            out.append(" *\n");
        }
        out.append(" * <p>Revision ID: ").append(javadoc(revision.id())).append("<br>\n")
            .append(" * Revises: ").append(javadoc(String.join(", ", revision.down()))).append("<br>\n")
            .append(" * Create Date: ")
            .append(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS)
                .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
            .append('\n')
            .append(" */\n")
            .append(annotation(revision)).append('\n')
            .append("public class ").append(className).append(" implements Migration {\n\n");
        method(out, "upgrade", upgrade);
        out.append('\n');
        method(out, "downgrade", downgrade);
        out.append("}\n");
        return out.toString();
    }

    private static String annotation(Revision revision) {
        List<String> attributes = new ArrayList<>();
        attributes.add("id = " + literal(revision.id()));
        array(attributes, "down", revision.down());
        array(attributes, "dependsOn", revision.dependsOn());
        array(attributes, "branchLabels", new TreeSet<>(revision.branchLabels()));
        if (!revision.message().isEmpty()) {
            attributes.add("message = " + literal(revision.message()));
        }
        String oneLine = "@Revision(" + String.join(", ", attributes) + ")";
        if (oneLine.length() <= MAX_LINE_LENGTH) {
            return oneLine;
        }
        return "@Revision(\n" + INDENT + INDENT + String.join(",\n" + INDENT + INDENT, attributes) + ")";
    }

    /** Adds {@code name = value} for a one-element list and {@code name = {a, b}} for more; nothing when empty. */
    private static void array(List<String> attributes, String name, Collection<String> values) {
        List<String> literals = values.stream().map(RevisionWriter::literal).toList();
        if (literals.size() == 1) {
            attributes.add(name + " = " + literals.get(0));
        }
        else if (!literals.isEmpty()) {
            attributes.add(name + " = {" + String.join(", ", literals) + "}");
        }
    }

    private static void method(StringBuilder out, String name, List<String> statements) {
        out.append(INDENT).append("@Override\n")
            .append(INDENT).append("public void ").append(name).append("(Operations op) {\n");
        if (statements.isEmpty()) {
            out.append(INDENT).append(INDENT).append("// nothing to do\n");
        }
        for (String statement : statements) {
            statement.lines().forEach(line -> out.append(INDENT).append(INDENT).append(line).append('\n'));
        }
        out.append(INDENT).append("}\n");
    }

    /**
     * A Java string literal. Control characters become octal escapes, never {@code \}{@code u} escapes, which javac
     * would turn back into raw characters before reading the literal.
     */
    static String literal(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\%03o", (int) c));
                    }
                    else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Text safe in a Javadoc comment: no HTML, no tags, no end of comment, no unicode escapes. */
    private static String javadoc(String text) {
        return text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("@", "&#64;")
            .replace("*/", "*&#47;")
            .replace("\\", "&#92;");
    }
}
