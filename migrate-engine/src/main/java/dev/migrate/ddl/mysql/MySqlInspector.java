package dev.migrate.ddl.mysql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrate.ddl.CatalogInspector;
import dev.migrate.ddl.InspectionScope;
import dev.migrate.ddl.NameFilter;
import dev.migrate.ddl.TableName;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.Computed;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexElement;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Schema;
import dev.migrate.schema.ServerDefault;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;

/**
 * Reads MySQL and MariaDB databases (their schemas) from {@code information_schema} with seven queries whatever
 * the number of tables: schemas, tables, columns, key columns, referential rules, checks and indexes, each for all
 * the tables the scope includes at once. A unique key is reported as a unique constraint only (the database does
 * not tell a unique index from a unique constraint); the index MySQL creates by itself for a foreign key (named
 * like the key or its first column, on its columns) is left out; a MariaDB {@code JSON} column, which is a
 * {@code LONGTEXT} with a {@code json_valid} check, is reported as {@code JSON} without that check.
 */
final class MySqlInspector extends CatalogInspector {

    private static final String SCHEMAS = """
            SELECT SCHEMA_NAME FROM information_schema.SCHEMATA
            WHERE SCHEMA_NAME NOT IN ('information_schema', 'mysql', 'performance_schema', 'sys')
            ORDER BY SCHEMA_NAME""";

    private static final String TABLES = """
            SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_COMMENT FROM information_schema.TABLES
            WHERE TABLE_TYPE = 'BASE TABLE' AND TABLE_SCHEMA IN (%s)""";

    private static final String COLUMNS = """
            SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, COLUMN_DEFAULT, IS_NULLABLE, DATA_TYPE, COLUMN_TYPE,
                   CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, DATETIME_PRECISION, EXTRA,
                   COLUMN_COMMENT, GENERATION_EXPRESSION
            FROM information_schema.COLUMNS WHERE (TABLE_SCHEMA, TABLE_NAME) IN (%s)
            ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION""";

    private static final String KEY_COLUMNS = """
            SELECT k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA,
                   k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME
            FROM information_schema.KEY_COLUMN_USAGE k WHERE (k.TABLE_SCHEMA, k.TABLE_NAME) IN (%s)
            ORDER BY k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION""";

    private static final String REFERENTIAL_RULES = """
            SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE
            FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE (CONSTRAINT_SCHEMA, TABLE_NAME) IN (%s)""";

    /** MariaDB keeps check names per table, and its CHECK_CONSTRAINTS has the table's name. */
    private static final String MARIADB_CHECKS = """
            SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE
            FROM information_schema.CHECK_CONSTRAINTS WHERE (CONSTRAINT_SCHEMA, TABLE_NAME) IN (%s)""";

    private static final String MYSQL_CHECKS = """
            SELECT t.TABLE_SCHEMA, t.TABLE_NAME, t.CONSTRAINT_NAME, c.CHECK_CLAUSE
            FROM information_schema.TABLE_CONSTRAINTS t JOIN information_schema.CHECK_CONSTRAINTS c
              ON c.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA AND c.CONSTRAINT_NAME = t.CONSTRAINT_NAME
            WHERE t.CONSTRAINT_TYPE = 'CHECK' AND (t.TABLE_SCHEMA, t.TABLE_NAME) IN (%s)""";

    private static final String INDEXES = """
            SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, COLUMN_NAME, COLLATION, %s
            FROM information_schema.STATISTICS
            WHERE NON_UNIQUE = 1 AND (TABLE_SCHEMA, TABLE_NAME) IN (%s)
            ORDER BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX""";

    private static final Pattern ENUM_VALUE = Pattern.compile("'((?:[^']|'')*)'");

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private static final Pattern CURRENT_DATE = Pattern.compile("(?i)curdate\\(\\)|current_date(\\(\\))?");

    private static final Pattern CURRENT_TIMESTAMP = Pattern.compile("(?i)current_timestamp(\\(\\d*\\))?");

    private final boolean mariaDb;

    MySqlInspector(MySqlImpl dialect, boolean mariaDb) {
        super(dialect);
        this.mariaDb = mariaDb;
    }

    @Override
    protected Map<String, Object> schemas(Connection connection, boolean all, List<String> names)
            throws SQLException {
        return schemasNamedBy(connection, SCHEMAS, all, names);
    }

    @Override
    protected List<Schema> read(Connection connection, InspectionScope scope, String defaultSchema,
            Map<String, Object> schemas) throws SQLException {
        Map<TableName, TableParts> tables = new LinkedHashMap<>();
        List<String> schemaNames = List.copyOf(schemas.keySet());
        try (PreparedStatement statement = forNames(connection, TABLES, schemaNames)) {
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String schema = rows.getString(1);
                    String name = rows.getString(2);
                    if (!scope.isVersionTable(schema, name, defaultSchema)
                            && scope.filter().include(name, NameFilter.Kind.TABLE, schema)) {
                        tables.put(new TableName(schema, name), new TableParts(schema, name, emptyToNull(
                                rows.getString(3))));
                    }
                }
            }
        }
        if (!tables.isEmpty()) {
            readColumns(connection, tables);
            readKeys(connection, tables);
            readChecks(connection, tables);
            readIndexes(connection, tables);
        }
        Map<String, List<Table>> bySchema = new HashMap<>();
        tables.values().forEach(parts -> bySchema.computeIfAbsent(parts.schema, key -> new ArrayList<>())
            .add(parts.build()));
        return schemaNames.stream()
            .map(name -> new Schema(name, bySchema.getOrDefault(name, List.of()), List.of(), List.of()))
            .toList();
    }

    private void readColumns(Connection connection, Map<TableName, TableParts> tables) throws SQLException {
        try (PreparedStatement statement = forTables(connection, COLUMNS, tables.keySet());
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                TableParts table = tables.get(new TableName(rows.getString(1), rows.getString(2)));
                String dataType = rows.getString(6).toLowerCase(Locale.ROOT);
                String extra = rows.getString(12).toLowerCase(Locale.ROOT);
                Column column = Column.of(rows.getString(3), type(dataType, rows.getString(7),
                        number(rows, 8), number(rows, 9), number(rows, 10), number(rows, 11)));
                if ("NO".equals(rows.getString(5))) {
                    column = column.notNull();
                }
                String generation = rows.getString(14);
                String rawDefault = rows.getString(4);
                if (generation != null && extra.contains("generated")) {
                    column = column.withComputed(new Computed(generation, extra.contains("stored")
                            || extra.contains("persistent")));
                }
                else if (rawDefault != null && !(mariaDb && "NULL".equals(rawDefault))) {
                    column = column.withDefault(new ServerDefault(rawDefault, normalizeDefault(rawDefault,
                            dataType, column.type(), extra)));
                }
                if (extra.contains("auto_increment")) {
                    column = column.autoIncremented();
                }
                table.columns.add(column.withComment(emptyToNull(rows.getString(13))));
            }
        }
    }

    /**
     * The normalised default: {@code current_timestamp()} as {@code CURRENT_TIMESTAMP}, {@code curdate()} as
     * {@code CURRENT_DATE}, {@code 0} and {@code 1} of a boolean column as {@code FALSE} and {@code TRUE}; a MariaDB
     * string literal, which it reads back with backslashes escaped, as a standard one ({@code 'a\\b'} is
     * {@code 'a\b'}); MySQL's bare literals quoted unless they are numbers of a numeric column.
     */
    private String normalizeDefault(String raw, String dataType, SqlType type, String extra) {
        Matcher now = CURRENT_TIMESTAMP.matcher(raw);
        if (now.matches()) {
            String precision = now.group(1);
            return "CURRENT_TIMESTAMP" + (precision == null || precision.equals("()") ? "" : precision);
        }
        if (CURRENT_DATE.matcher(raw).matches()) {
            return "CURRENT_DATE";
        }
        if (type.kind() == SqlType.Kind.BOOLEAN && (raw.equals("0") || raw.equals("1"))) {
            return raw.equals("1") ? "TRUE" : "FALSE";
        }
        if (mariaDb) {
            return raw.startsWith("'") ? unescapeBackslashes(raw) : raw;
        }
        if (extra.contains("default_generated") || isNumeric(dataType) && NUMBER.matcher(raw).matches()) {
            return raw;
        }
        return "'" + raw.replace("'", "''") + "'";
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

    private static boolean isNumeric(String dataType) {
        return switch (dataType) {
            case "tinyint", "smallint", "mediumint", "int", "bigint", "decimal", "float", "double", "bit" -> true;
            default -> false;
        };
    }

    /** The portable type of a column of {@code dataType}, spelled {@code columnType}. */
    static SqlType type(String dataType, String columnType, Integer length, Integer precision, Integer scale,
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
            case "decimal" -> SqlType.of(SqlType.Kind.NUMERIC, columnType).withPrecision(precision,
                    scale);
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

    private static void readKeys(Connection connection, Map<TableName, TableParts> tables) throws SQLException {
        Map<String, ReferentialAction[]> rules = new HashMap<>();
        try (PreparedStatement statement = forTables(connection, REFERENTIAL_RULES, tables.keySet());
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                rules.put(rows.getString(1) + "\0" + rows.getString(2) + "\0" + rows.getString(3),
                        new ReferentialAction[] {action(rows.getString(5)), action(rows.getString(4))});
            }
        }
        Map<TableName, Map<String, KeyParts>> keys = new LinkedHashMap<>();
        try (PreparedStatement statement = forTables(connection, KEY_COLUMNS, tables.keySet());
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                TableName table = new TableName(rows.getString(1), rows.getString(2));
                KeyParts key = keys.computeIfAbsent(table, k -> new LinkedHashMap<>())
                    .computeIfAbsent(rows.getString(3), name -> new KeyParts());
                key.columns.add(rows.getString(4));
                if (rows.getString(6) != null) {
                    key.targetSchema = rows.getString(5);
                    key.targetTable = rows.getString(6);
                    key.targetColumns.add(rows.getString(7));
                }
            }
        }
        keys.forEach((tableKey, tableKeys) -> {
            TableParts table = tables.get(tableKey);
            tableKeys.forEach((name, key) -> {
                if (key.targetTable != null) {
                    ReferentialAction[] actions = rules.getOrDefault(table.schema + "\0" + table.name + "\0" + name,
                            new ReferentialAction[] {ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION});
                    table.foreignKeys.add(new ForeignKey(name, key.columns, key.targetSchema, key.targetTable,
                            key.targetColumns, actions[0], actions[1], false, false));
                }
                else if (name.equals("PRIMARY")) {
                    table.primaryKey = new PrimaryKey(name, key.columns);
                }
                else {
                    table.uniques.add(new UniqueConstraint(name, key.columns, false));
                }
            });
        });
    }

    private void readChecks(Connection connection, Map<TableName, TableParts> tables) throws SQLException {
        try (PreparedStatement statement = forTables(connection, mariaDb ? MARIADB_CHECKS : MYSQL_CHECKS,
                tables.keySet());
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                TableParts table = tables.get(new TableName(rows.getString(1), rows.getString(2)));
                String name = rows.getString(3);
                String clause = rows.getString(4);
                if (!table.markJson(name, clause)) {
                    table.checks.add(new CheckConstraint(name, clause));
                }
            }
        }
    }

    private void readIndexes(Connection connection, Map<TableName, TableParts> tables) throws SQLException {
        Map<TableName, Map<String, List<IndexElement>>> indexes = new LinkedHashMap<>();
        try (PreparedStatement statement = forTables(connection, INDEXES.formatted(mariaDb ? "NULL" : "EXPRESSION",
                "%s"), tables.keySet()); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String column = rows.getString(4);
                IndexElement element = column != null ? IndexElement.column(column)
                        : IndexElement.expression(rows.getString(6));
                indexes.computeIfAbsent(new TableName(rows.getString(1), rows.getString(2)), k -> new LinkedHashMap<>())
                    .computeIfAbsent(rows.getString(3), name -> new ArrayList<>())
                    .add("D".equals(rows.getString(5)) ? element.desc() : element);
            }
        }
        indexes.forEach((tableKey, tableIndexes) -> {
            TableParts table = tables.get(tableKey);
            tableIndexes.forEach((name, elements) -> {
                if (!table.isImplicitForeignKeyIndex(name, elements)) {
                    table.indexes.add(new Index(name, elements, false, null, List.of()));
                }
            });
        });
    }

    /**
     * The action of a referential rule. InnoDB reports a rule left out as {@code RESTRICT} and treats
     * {@code RESTRICT} exactly as {@code NO ACTION}, so both read as {@link ReferentialAction#NO_ACTION}.
     */
    private static ReferentialAction action(String rule) {
        return switch (rule) {
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    /** The number in {@code column}, whichever integer type the driver returns for it, or {@code null}. */
    private static Integer number(ResultSet rows, int column) throws SQLException {
        Number value = (Number) rows.getObject(column);
        return value == null ? null : (int) Math.min(value.longValue(), Integer.MAX_VALUE);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** A key's columns and, for a foreign key, its target. */
    private static final class KeyParts {

        final List<String> columns = new ArrayList<>();
        String targetSchema;
        String targetTable;
        final List<String> targetColumns = new ArrayList<>();
    }

    /** A table being read. */
    private static final class TableParts {

        final String schema;
        final String name;
        final String comment;
        final List<Column> columns = new ArrayList<>();
        PrimaryKey primaryKey;
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();

        TableParts(String schema, String name, String comment) {
            this.schema = schema;
            this.name = name;
            this.comment = comment;
        }

        /**
         * Whether the check {@code name} is MariaDB's {@code json_valid} check of a {@code JSON} column; if so, the
         * column is marked {@code JSON}.
         */
        boolean markJson(String name, String clause) {
            if (!clause.equals("json_valid(`" + name.replace("`", "``") + "`)")) {
                return false;
            }
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                if (column.name().equals(name) && column.type().kind() == SqlType.Kind.TEXT) {
                    SqlType json = SqlType.of(SqlType.Kind.JSON, column.type().databaseType());
                    columns.set(i, new Column(column.name(), json, column.nullable(), column.serverDefault(),
                            column.autoIncrement(), column.identity(), column.computed(), column.comment()));
                    return true;
                }
            }
            return false;
        }

        /** Whether the index {@code name} is the one MySQL created by itself for a foreign key. */
        boolean isImplicitForeignKeyIndex(String name, List<IndexElement> elements) {
            return foreignKeys.stream().anyMatch(key -> (name.equals(key.name())
                    || name.equals(key.columns().get(0)))
                    && elements.equals(key.columns().stream().map(IndexElement::column).toList()));
        }

        Table build() {
            return new Table(schema, name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment);
        }
    }
}
