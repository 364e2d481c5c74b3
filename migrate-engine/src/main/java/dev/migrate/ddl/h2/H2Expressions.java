package dev.migrate.ddl.h2;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * H2's spelling of expressions (defaults, generation expressions, checks): H2 writes strings and quoted names that
 * hold characters outside ASCII as Unicode escapes ({@code U&'\20ac'}, {@code U&"\00fcber"}); the inspector reports
 * them plainly ({@code '€'}, {@code "über"}), which means the same.
 */
final class H2Expressions {

    /** A Unicode string literal or quoted name; group 1 is the quote, group 2 what is between the quotes. */
    private static final Pattern UNICODE_QUOTED = Pattern.compile("U&(['\"])((?:(?!\\1).|\\1\\1)*)\\1");

    private static final Pattern ESCAPE = Pattern.compile("\\\\(?:\\+([0-9A-Fa-f]{6})|([0-9A-Fa-f]{4})|(\\\\))");

    private H2Expressions() {
    }

    /** {@code expression} with its Unicode-escaped strings and names written plainly. */
    static String plain(String expression) {
        if (expression == null || !expression.contains("U&")) {
            return expression;
        }
        return UNICODE_QUOTED.matcher(expression).replaceAll(quoted -> Matcher.quoteReplacement(
                quoted.group(1) + unescape(quoted.group(2)) + quoted.group(1)));
    }

    private static String unescape(String body) {
        return ESCAPE.matcher(body).replaceAll(escape -> {
            String hex = escape.group(1) != null ? escape.group(1) : escape.group(2);
            return Matcher.quoteReplacement(hex == null ? "\\" : Character.toString(Integer.parseInt(hex, 16)));
        });
    }
}
