package dev.migrate.ddl.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads SQLite DDL token by token, the way the schema reader needs it: words, quoted names, string literals, and
 * parenthesised groups as one token. SQLite keeps what its pragmas do not report (constraint names, checks,
 * generation expressions, partial index predicates) only in the {@code CREATE} statements it stores.
 */
final class SqlScanner {

    private final String sql;
    private int position;

    SqlScanner(String sql) {
        this.sql = sql;
    }

    /** Whether tokens are left. */
    boolean hasNext() {
        skipSpace();
        return position < sql.length();
    }

    /** The next token, or {@code null} at the end. */
    String next() {
        skipSpace();
        if (position >= sql.length()) {
            return null;
        }
        int start = position;
        char c = sql.charAt(position);
        switch (c) {
            case '(' -> position = closing(position);
            case '"', '\'', '`' -> position = closingQuote(position, c);
            case '[' -> position = sql.indexOf(']', position) + 1;
            default -> {
                if (Character.isLetterOrDigit(c) || c == '_') {
                    while (position < sql.length() && (Character.isLetterOrDigit(sql.charAt(position))
                            || sql.charAt(position) == '_' || sql.charAt(position) == '$')) {
                        position++;
                    }
                }
                else {
                    position++;
                }
            }
        }
        return sql.substring(start, position);
    }

    /** The text not read yet, trimmed; reading goes on from where it was. */
    String remaining() {
        return sql.substring(Math.min(position, sql.length())).trim();
    }

    /** Whether {@code token} is the keyword {@code keyword}, in any case. */
    static boolean is(String token, String keyword) {
        return token != null && token.equalsIgnoreCase(keyword);
    }

    /** {@code name} without its quotes. */
    static String unquote(String name) {
        if (name.length() >= 2) {
            char first = name.charAt(0);
            char last = name.charAt(name.length() - 1);
            if ((first == '"' || first == '`' || first == '\'') && last == first) {
                String quote = String.valueOf(first);
                return name.substring(1, name.length() - 1).replace(quote + quote, quote);
            }
            if (first == '[' && last == ']') {
                return name.substring(1, name.length() - 1);
            }
        }
        return name;
    }

    /** The text inside a parenthesised group token, trimmed. */
    static String inside(String group) {
        return group.substring(1, group.length() - 1).trim();
    }

    /** The comma-separated parts of {@code text} at the top level (outside parentheses and quotes), trimmed. */
    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        SqlScanner scanner = new SqlScanner(text);
        int start = 0;
        while (scanner.hasNext()) {
            int before = scanner.position;
            String token = scanner.next();
            if (token.equals(",")) {
                parts.add(text.substring(start, before).trim());
                start = scanner.position;
            }
        }
        String last = text.substring(start).trim();
        if (!last.isEmpty()) {
            parts.add(last);
        }
        return parts;
    }

    /** The column names of a parenthesised column list, without quotes, sort orders or collations. */
    static List<String> columns(String group) {
        return split(inside(group)).stream().map(part -> unquote(new SqlScanner(part).next())).toList();
    }

    /** {@code element} of an index without a trailing {@code ASC} or {@code DESC}. */
    static String withoutDirection(String element) {
        String upper = element.toUpperCase(Locale.ROOT);
        for (String suffix : new String[] {" ASC", " DESC"}) {
            if (upper.endsWith(suffix)) {
                return element.substring(0, element.length() - suffix.length()).trim();
            }
        }
        return element;
    }

    private void skipSpace() {
        while (position < sql.length()) {
            if (Character.isWhitespace(sql.charAt(position))) {
                position++;
            }
            else if (sql.startsWith("--", position)) {
                int end = sql.indexOf('\n', position);
                position = end < 0 ? sql.length() : end + 1;
            }
            else if (sql.startsWith("/*", position)) {
                int end = sql.indexOf("*/", position + 2);
                position = end < 0 ? sql.length() : end + 2;
            }
            else {
                return;
            }
        }
    }

    private int closing(int open) {
        int depth = 0;
        int i = open;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = closingQuote(i, c);
                continue;
            }
            if (c == '(') {
                depth++;
            }
            else if (c == ')' && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private int closingQuote(int open, char quote) {
        int i = open + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }
}
