package dev.migrate.ddl.postgresql;

import java.util.regex.Pattern;

/** PostgreSQL's spelling of server defaults, and the normalised form compared with others. */
final class PostgresqlDefaults {

    private static final Pattern NUMBER_CAST = Pattern.compile(
            "'(-?\\d+(?:\\.\\d+)?)'::(?:integer|bigint|smallint|numeric|real|double precision)");

    private static final Pattern LITERAL_CAST = Pattern.compile(
            "('(?:[^']|'')*')::\\w+(?: \\w+)*(?:\\(\\d+(?:,\\d+)?\\))?(?:\\[])?");

    private PostgresqlDefaults() {
    }

    /**
     * {@code expression} without the casts PostgreSQL adds to literals: {@code 'a'::character varying} becomes
     * {@code 'a'}, {@code '-1'::integer} becomes {@code -1} and {@code nextval('s'::regclass)} becomes
     * {@code nextval('s')}.
     */
    static String normalize(String expression) {
        String numbers = NUMBER_CAST.matcher(expression).replaceAll("$1");
        return LITERAL_CAST.matcher(numbers).replaceAll("$1");
    }

    /** Whether {@code expression} takes the next value of {@code sequence} (as {@code regclass} prints it). */
    static boolean isNextval(String expression, String sequence) {
        return expression.equals("nextval('" + sequence.replace("'", "''") + "'::regclass)");
    }
}
