package dev.migrate.ddl.postgresql;

import java.util.regex.Pattern;

/** PostgreSQL's spelling of server defaults, and the normalised form compared with others. */
final class PostgresqlDefaults {

    private PostgresqlDefaults() {
    }

    /**
     * {@code expression} without the casts PostgreSQL adds to literals: {@code 'a'::character varying} becomes
     * {@code 'a'}, {@code '-1'::integer} becomes {@code -1} and {@code nextval('s'::regclass)} becomes
     * {@code nextval('s')}.
     */
    static String normalize(String expression) {
        if (!expression.contains("'::")) {
            return expression; // no literal with a cast
        }
        String numbers = Casts.NUMBER.matcher(expression).replaceAll("$1");
        return Casts.LITERAL.matcher(numbers).replaceAll("$1");
    }

    /** Whether {@code expression} takes the next value of {@code sequence} (as {@code regclass} prints it). */
    static boolean isNextval(String expression, String sequence) {
        return expression.equals("nextval('" + sequence.replace("'", "''") + "'::regclass)");
    }

    /**
     * The patterns of the casts, compiled when the first default with a cast is read: most defaults have none, and a
     * schema without any is read without loading the regex engine, which is slow to start in a fresh JVM.
     */
    private static final class Casts {

        static final Pattern NUMBER = Pattern.compile(
                "'(-?\\d+(?:\\.\\d+)?)'::(?:integer|bigint|smallint|numeric|real|double precision)");

        static final Pattern LITERAL = Pattern.compile(
                "('(?:[^']|'')*')::\\w+(?: \\w+)*(?:\\(\\d+(?:,\\d+)?\\))?(?:\\[])?");
    }
}
