package dev.migrate.operations.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.migrate.MigrateException;

/**
 * SQL text with {@code :name} bind parameters, split into the JDBC form with {@code ?} and the names in order.
 * A colon is a parameter when a name follows it and it neither follows a word character, a colon or a backslash nor
 * is followed by another colon, so {@code x::int} casts stay as they are, while {@code :value::int} casts the
 * parameter; {@code \:} is a literal colon. Colons in quoted strings and identifiers are left alone.
 *
 * @param jdbcSql the text with each parameter replaced by {@code ?}
 * @param names   the parameters' names, in order of appearance
 */
record BindParameters(String jdbcSql, List<String> names) {

    static BindParameters parse(String sql) {
        return split(sql, name -> "?");
    }

    /** {@code sql} with every parameter replaced by {@code render.apply(name)} and escaped colons unescaped. */
    static String substitute(String sql, Function<String, String> render) {
        return split(sql, render).jdbcSql();
    }

    /** The values of {@link #names()}, in order, from {@code parameters}. */
    Object[] values(Map<String, Object> parameters) {
        Object[] values = new Object[names.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = valueOf(names.get(i), parameters);
        }
        return values;
    }

    static Object valueOf(String name, Map<String, Object> parameters) {
        if (!parameters.containsKey(name)) {
            throw new MigrateException("The SQL has a parameter :" + name + " but no value was given for it; give "
                    + "one, or write \\: for a colon that is not a parameter");
        }
        return parameters.get(name);
    }

    private static BindParameters split(String sql, Function<String, String> render) {
        StringBuilder out = new StringBuilder(sql.length());
        List<String> names = new ArrayList<>();
        char quote = 0;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (quote != 0) {
                out.append(c);
                if (c == quote) {
                    quote = 0;
                }
                i++;
            }
            else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
                out.append(c);
                i++;
            }
            else if (c == '\\' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                out.append(':');
                i += 2;
            }
            else if (c == ':' && startsParameter(sql, i)) {
                int end = i + 1;
                while (end < sql.length() && isWordChar(sql.charAt(end))) {
                    end++;
                }
                String name = sql.substring(i + 1, end);
                names.add(name);
                out.append(render.apply(name));
                i = end;
            }
            else {
                out.append(c);
                i++;
            }
        }
        return new BindParameters(out.toString(), List.copyOf(names));
    }

    private static boolean startsParameter(String sql, int colon) {
        boolean afterWordOrColon = colon > 0 && (isWordChar(sql.charAt(colon - 1)) || sql.charAt(colon - 1) == ':');
        int end = colon + 1;
        while (end < sql.length() && isWordChar(sql.charAt(end))) {
            end++;
        }
        boolean hasName = end > colon + 1;
        boolean beforeCast = sql.startsWith("::", end);
        boolean beforeColon = end < sql.length() && sql.charAt(end) == ':' && !beforeCast;
        return !afterWordOrColon && hasName && !beforeColon;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
