package dev.migrate.ddl.mysql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrate.schema.Column;
import dev.migrate.schema.Computed;
import dev.migrate.schema.ServerDefault;
import dev.migrate.schema.SqlType;

/**
 * One row of {@code information_schema.COLUMNS} as MySQL or MariaDB reports it, and the column it describes. The
 * two databases spell the same column differently: MariaDB quotes literal defaults, writes {@code NULL} for "no
 * default" and {@code current_timestamp()} for the current time; MySQL 8 gives bare literals, {@code NULL} for no
 * default, and marks expression defaults {@code DEFAULT_GENERATED} in {@code EXTRA}, the same word that marks a
 * generated column there ({@code VIRTUAL GENERATED}, {@code STORED GENERATED}).
 *
 * @param name          {@code COLUMN_NAME}
 * @param rawDefault    {@code COLUMN_DEFAULT}
 * @param nullable      whether {@code IS_NULLABLE} is {@code YES}
 * @param dataType      {@code DATA_TYPE}
 * @param columnType    {@code COLUMN_TYPE}, the full spelling
 * @param length        {@code CHARACTER_MAXIMUM_LENGTH}
 * @param precision     {@code NUMERIC_PRECISION}
 * @param scale         {@code NUMERIC_SCALE}
 * @param timePrecision {@code DATETIME_PRECISION}
 * @param extra         {@code EXTRA}
 * @param comment       {@code COLUMN_COMMENT}
 * @param generation    {@code GENERATION_EXPRESSION}
 */
record CatalogColumn(String name, String rawDefault, boolean nullable, String dataType, String columnType,
        Integer length, Integer precision, Integer scale, Integer timePrecision, String extra, String comment,
        String generation) {

    private static final Pattern ENUM_VALUE = Pattern.compile("'((?:[^']|'')*)'");

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private static final Pattern CURRENT_DATE = Pattern.compile("(?i)curdate\\(\\)|current_date(\\(\\))?");

    private static final Pattern CURRENT_TIMESTAMP = Pattern.compile("(?i)current_timestamp(\\(\\d*\\))?");

    /** {@code EXTRA} of a generated column; MySQL's {@code DEFAULT_GENERATED} (an expression default) is not one. */
    private static final Pattern GENERATED = Pattern.compile("(?i)\\b(virtual|stored|persistent) generated\\b");

    /** The column this row describes, read the way {@code mariaDb} (or MySQL, when false) writes its catalog. */
    Column toColumn(boolean mariaDb) {
        String kind = dataType.toLowerCase(Locale.ROOT);
        Column column = Column.of(name, type(kind, columnType, length, precision, scale, timePrecision));
        if (!nullable) {
            column = column.notNull();
        }
        Computed computed = computed();
        if (computed != null) {
            column = column.withComputed(computed);
        }
        else if (rawDefault != null && !(mariaDb && "NULL".equals(rawDefault))) {
            column = column.withDefault(new ServerDefault(rawDefault, normalizedDefault(mariaDb, kind,
                    column.type())));
        }
        if (extra.toLowerCase(Locale.ROOT).contains("auto_increment")) {
            column = column.autoIncremented();
        }
        return column.withComment(comment == null || comment.isEmpty() ? null : comment);
    }

    /** The generation of a generated column ({@code EXTRA} says so), or {@code null}. */
    private Computed computed() {
        if (extra.isEmpty()) {
            return null; // most columns: no need to run the pattern
        }
        Matcher generated = GENERATED.matcher(extra);
        return generated.find() ? new Computed(generation, !generated.group(1).equalsIgnoreCase("virtual")) : null;
    }

    /**
     * The normalised default: {@code current_timestamp()} as {@code CURRENT_TIMESTAMP}, {@code curdate()} as
     * {@code CURRENT_DATE}, {@code 0} and {@code 1} of a boolean column as {@code FALSE} and {@code TRUE}; a MariaDB
     * string literal, which it reads back with backslashes escaped, as a standard one ({@code 'a\\b'} is
     * {@code 'a\b'}); otherwise MariaDB's own text, which quotes literals, while MySQL's bare literals are quoted
     * unless they are numbers of a numeric column, bit literals or expression defaults.
     */
    private String normalizedDefault(boolean mariaDb, String kind, SqlType type) {
        if (rawDefault.regionMatches(true, 0, "cur", 0, 3)) { // only then can the patterns match
            Matcher now = CURRENT_TIMESTAMP.matcher(rawDefault);
            if (now.matches()) {
                String digits = now.group(1);
                return "CURRENT_TIMESTAMP" + (digits == null || digits.equals("()") ? "" : digits);
            }
            if (CURRENT_DATE.matcher(rawDefault).matches()) {
                return "CURRENT_DATE";
            }
        }
        if (type.kind() == SqlType.Kind.BOOLEAN && (rawDefault.equals("0") || rawDefault.equals("1"))) {
            return rawDefault.equals("1") ? "TRUE" : "FALSE";
        }
        if (mariaDb && rawDefault.startsWith("'")) {
            return unescapeBackslashes(rawDefault);
        }
        if (mariaDb || extra.toLowerCase(Locale.ROOT).contains("default_generated") || kind.equals("bit")
                || isNumeric(kind) && NUMBER.matcher(rawDefault).matches()) {
            return rawDefault;
        }
        return "'" + rawDefault.replace("'", "''") + "'";
    }

    /** A string literal with MySQL's backslash escapes ({@code \\}, {@code \n}, {@code \'} …) replaced. */
    private static String unescapeBackslashes(String literal) {
        StringBuilder text = new StringBuilder(literal.length());
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c != '\\' || i + 1 == literal.length()) {
                text.append(c);
                continue;
            }
            char escaped = literal.charAt(++i);
            switch (escaped) {
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case '0' -> text.append('\0');
                case 'Z' -> text.append('\u001a');
                case '\'' -> text.append("''");
                default -> text.append(escaped);
            }
        }
        return text.toString();
    }

    private static boolean isNumeric(String kind) {
        return switch (kind) {
            case "tinyint", "smallint", "mediumint", "int", "bigint", "decimal", "float", "double" -> true;
            default -> false;
        };
    }

    /** The portable type of a column of {@code dataType} (lower case), spelled {@code columnType}. */
    private static SqlType type(String dataType, String columnType, Integer length, Integer precision, Integer scale,
            Integer timePrecision) {
        return switch (dataType) {
            case "int" -> SqlType.of(SqlType.Kind.INTEGER, columnType);
            case "bigint" -> SqlType.of(SqlType.Kind.BIGINT, columnType);
            case "smallint" -> SqlType.of(SqlType.Kind.SMALLINT, columnType);
            case "tinyint" -> SqlType.of(columnType.startsWith("tinyint(1)") ? SqlType.Kind.BOOLEAN
                    : SqlType.Kind.OTHER, columnType);
            case "varchar" -> SqlType.of(SqlType.Kind.VARCHAR, columnType).withLength(length);
            case "char" -> SqlType.of(SqlType.Kind.CHAR, columnType).withLength(length);
            case "tinytext", "text", "mediumtext", "longtext" -> SqlType.of(SqlType.Kind.TEXT, columnType);
            case "decimal" -> SqlType.of(SqlType.Kind.NUMERIC, columnType).withPrecision(precision, scale);
            case "float" -> SqlType.of(SqlType.Kind.REAL, columnType);
            case "double" -> SqlType.of(SqlType.Kind.DOUBLE, columnType);
            case "date" -> SqlType.of(SqlType.Kind.DATE, columnType);
            case "time" -> SqlType.of(SqlType.Kind.TIME, columnType).withPrecision(timePrecision, null);
            case "datetime", "timestamp" -> SqlType.of(SqlType.Kind.TIMESTAMP, columnType)
                .withPrecision(timePrecision, null);
            case "uuid" -> SqlType.of(SqlType.Kind.UUID, columnType);
            case "binary" -> SqlType.of(SqlType.Kind.BINARY, columnType).withLength(length);
            case "varbinary" -> SqlType.of(SqlType.Kind.VARBINARY, columnType).withLength(length);
            case "tinyblob", "blob", "mediumblob", "longblob" -> SqlType.of(SqlType.Kind.BLOB, columnType);
            case "json" -> SqlType.of(SqlType.Kind.JSON, columnType);
            case "enum" -> SqlType.of(SqlType.Kind.ENUM, columnType).withEnumValues(enumValues(columnType));
            default -> SqlType.of(SqlType.Kind.OTHER, columnType);
        };
    }

    private static List<String> enumValues(String columnType) {
        List<String> values = new ArrayList<>();
        Matcher value = ENUM_VALUE.matcher(columnType);
        while (value.find()) {
            values.add(value.group(1).replace("''", "'"));
        }
        return values;
    }
}
