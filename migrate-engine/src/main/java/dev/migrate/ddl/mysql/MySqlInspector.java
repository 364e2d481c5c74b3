package dev.migrate.ddl.mysql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrate.ddl.CatalogInspector;
import dev.migrate.ddl.InspectionScope;
import dev.migrate.ddl.NameFilter;
import dev.migrate.ddl.TableName;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexElement;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;

/**
 * Reads MySQL (8.0.16 and later) and MariaDB databases (their schemas) from {@code information_schema} with seven
 * queries whatever the number of tables: schemas, tables and sequences, columns, key columns, referential rules,
 * checks and indexes, each for all the tables the scope includes at once; on MariaDB one more, only when the
 * schemas hold sequences, reads all their settings. A unique key is reported as a unique constraint only (the
 * database does not tell a unique index from a unique constraint); the index MySQL creates by itself for a foreign
 * key (named like the key or its first column, on its columns) is left out; a MariaDB {@code JSON} column, which is
 * a {@code LONGTEXT} with a {@code json_valid} check, is reported as {@code JSON} without that check; MySQL's
 * check clauses lose the parentheses it wraps them in.
 */
final class MySqlInspector extends CatalogInspector {

    private static final String SCHEMAS = """
            SELECT SCHEMA_NAME FROM information_schema.SCHEMATA
            WHERE SCHEMA_NAME NOT IN ('information_schema', 'mysql', 'performance_schema', 'sys')
            ORDER BY SCHEMA_NAME""";

    private static final String TABLES = """
            SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_COMMENT, TABLE_TYPE FROM information_schema.TABLES
            WHERE TABLE_TYPE IN ('BASE TABLE', 'SEQUENCE') AND TABLE_SCHEMA IN (%s)""";

    /**
     * One {@code SELECT} of a MariaDB sequence's settings, which a sequence keeps as its one row (MariaDB 10.x has
     * no catalog view of them); the sequences are read in one statement of these joined by {@code UNION ALL}, each
     * row tagged with the sequence's position in the list.
     */
    private static final String SEQUENCE_SETTINGS = """
            SELECT {position}, start_value, increment, minimum_value, maximum_value, cycle_option, cache_size
            FROM {sequence}""";

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

    /** MySQL keeps check names per schema; its CHECK_CONSTRAINTS has no table, TABLE_CONSTRAINTS has. */
    static final String MYSQL_CHECKS = """
            SELECT t.TABLE_SCHEMA, t.TABLE_NAME, t.CONSTRAINT_NAME, c.CHECK_CLAUSE
            FROM information_schema.TABLE_CONSTRAINTS t JOIN information_schema.CHECK_CONSTRAINTS c
              ON c.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA AND c.CONSTRAINT_NAME = t.CONSTRAINT_NAME
            WHERE t.CONSTRAINT_TYPE = 'CHECK' AND (t.TABLE_SCHEMA, t.TABLE_NAME) IN (%s)""";

    private static final String INDEXES = """
            SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, COLUMN_NAME, COLLATION, {expression}
            FROM information_schema.STATISTICS
            WHERE NON_UNIQUE = 1 AND (TABLE_SCHEMA, TABLE_NAME) IN (%s)
            ORDER BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX""";

    private final MySqlImpl dialect;

    private final boolean mariaDb;

    MySqlInspector(MySqlImpl dialect, boolean mariaDb) {
        super(dialect);
        this.dialect = dialect;
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
        Map<TableName, Table.Builder> tables = new LinkedHashMap<>();
        List<TableName> sequenceNames = new ArrayList<>();
        List<String> schemaNames = List.copyOf(schemas.keySet());
        try (PreparedStatement statement = forNames(connection, TABLES, schemaNames);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String schema = rows.getString(1);
                String name = rows.getString(2);
                if (rows.getString(4).equals("SEQUENCE")) {
                    if (scope.filter().include(name, NameFilter.Kind.SEQUENCE, schema)) {
                        sequenceNames.add(new TableName(schema, name));
                    }
                }
                else if (!scope.isVersionTable(schema, name, defaultSchema)
                        && scope.filter().include(name, NameFilter.Kind.TABLE, schema)) {
                    tables.put(new TableName(schema, name), Table.builder(schema, name)
                        .comment(emptyToNull(rows.getString(3))));
                }
            }
        }
        if (!tables.isEmpty()) {
            readColumns(connection, tables);
            readKeys(connection, tables);
            readChecks(connection, tables);
            readIndexes(connection, tables);
        }
        Map<String, List<Sequence>> sequences = readSequences(connection, sequenceNames);
        Map<String, List<Table>> bySchema = new HashMap<>();
        tables.forEach((name, table) -> bySchema.computeIfAbsent(name.schema(), key -> new ArrayList<>())
            .add(asDeclared(table.build())));
        return schemaNames.stream()
            .map(name -> new Schema(name, bySchema.getOrDefault(name, List.of()),
                    sequences.getOrDefault(name, List.of()), List.of()))
            .toList();
    }

    private void readColumns(Connection connection, Map<TableName, Table.Builder> tables) throws SQLException {
        try (PreparedStatement statement = forTables(connection, COLUMNS, tables.keySet());
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Table.Builder table = tables.get(new TableName(rows.getString(1), rows.getString(2)));
                CatalogColumn column = new CatalogColumn(rows.getString(3), rows.getString(4),
                        "YES".equals(rows.getString(5)), rows.getString(6), rows.getString(7), number(rows, 8),
                        number(rows, 9), number(rows, 10), number(rows, 11), rows.getString(12),
                        rows.getString(13), rows.getString(14));
                table.column(column.toColumn(mariaDb));
            }
        }
    }

    private static void readKeys(Connection connection, Map<TableName, Table.Builder> tables)
            throws SQLException {
        // keyed by schema, table and constraint name in a list rather than concatenated: each string concatenation
        // in the code bootstraps its own call site on first use, which is slow in a fresh JVM
        Map<List<String>, ReferentialAction[]> rules = new HashMap<>();
        try (PreparedStatement statement = forTables(connection, REFERENTIAL_RULES, tables.keySet());
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                rules.put(List.of(rows.getString(1), rows.getString(2), rows.getString(3)),
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
            Table.Builder table = tables.get(tableKey);
            tableKeys.forEach((name, key) -> {
                if (key.targetTable != null) {
                    ReferentialAction[] actions = rules.getOrDefault(List.of(tableKey.schema(), tableKey.name(), name),
                            new ReferentialAction[] {ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION});
                    table.foreignKey(new ForeignKey(name, key.columns, key.targetSchema, key.targetTable,
                            key.targetColumns, actions[0], actions[1], false, false));
                }
                else if (name.equals("PRIMARY")) {
                    table.primaryKey(new PrimaryKey(name, key.columns));
                }
                else {
                    table.unique(new UniqueConstraint(name, key.columns, false));
                }
            });
        });
    }

    private void readChecks(Connection connection, Map<TableName, Table.Builder> tables) throws SQLException {
        try (PreparedStatement statement = forTables(connection, mariaDb ? MARIADB_CHECKS : MYSQL_CHECKS,
                tables.keySet());
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String clause = mariaDb ? rows.getString(4) : withoutEnclosingParentheses(rows.getString(4));
                tables.get(new TableName(rows.getString(1), rows.getString(2)))
                    .check(new CheckConstraint(rows.getString(3), clause));
            }
        }
    }

    private void readIndexes(Connection connection, Map<TableName, Table.Builder> tables) throws SQLException {
        Map<TableName, Map<String, List<IndexElement>>> indexes = new LinkedHashMap<>();
        try (PreparedStatement statement = forTables(connection, INDEXES.replace("{expression}",
                mariaDb ? "NULL" : "EXPRESSION"), tables.keySet()); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String column = rows.getString(4);
                IndexElement element = column != null ? IndexElement.column(column)
                        : IndexElement.expression(rows.getString(6));
                indexes.computeIfAbsent(new TableName(rows.getString(1), rows.getString(2)), k -> new LinkedHashMap<>())
                    .computeIfAbsent(rows.getString(3), name -> new ArrayList<>())
                    .add("D".equals(rows.getString(5)) ? element.desc() : element);
            }
        }
        indexes.forEach((table, tableIndexes) -> tableIndexes.forEach((name, elements) -> tables.get(table)
            .index(new Index(name, elements, false, null, List.of()))));
    }

    /**
     * The settings of the MariaDB sequences {@code names}, in one statement however many there are, by schema.
     * A sequence has no owning column on MariaDB.
     */
    private Map<String, List<Sequence>> readSequences(Connection connection, List<TableName> names)
            throws SQLException {
        Map<String, List<Sequence>> sequences = new HashMap<>();
        if (names.isEmpty()) {
            return sequences;
        }
        List<String> selects = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            selects.add(SEQUENCE_SETTINGS.replace("{position}", Integer.toString(i))
                .replace("{sequence}", dialect.qualify(names.get(i).schema(), names.get(i).name())));
        }
        try (PreparedStatement statement = connection.prepareStatement(String.join("\nUNION ALL ", selects));
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                TableName name = names.get(rows.getInt(1));
                sequences.computeIfAbsent(name.schema(), key -> new ArrayList<>()).add(new Sequence(name.schema(),
                        name.name(), rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5),
                        rows.getBoolean(6), rows.getLong(7), null, null));
            }
        }
        return sequences;
    }

    /**
     * {@code clause} without the pair of parentheses that encloses all of it, if one does: MySQL reports
     * {@code CHECK (a > 0)} as {@code (`a` > 0)}, where MariaDB and the other databases report {@code `a` > 0}.
     * Parentheses inside quoted names and string literals (where MySQL escapes with a backslash or by doubling the
     * quote) do not count.
     */
    static String withoutEnclosingParentheses(String clause) {
        if (!clause.startsWith("(") || !clause.endsWith(")")) {
            return clause;
        }
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < clause.length() - 1; i++) {
            char c = clause.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote != '`') {
                    i++;
                }
                else if (c == quote) {
                    quote = 0;
                }
            }
            else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            }
            else if (c == '(') {
                depth++;
            }
            else if (c == ')' && --depth == 0) {
                return clause;
            }
        }
        return clause.substring(1, clause.length() - 1);
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

    /**
     * {@code table} as it was declared: a MariaDB {@code JSON} column, which the database keeps as a {@code LONGTEXT}
     * with a {@code json_valid} check named like it, is {@code JSON} without that check, and the indexes MySQL
     * created by itself for foreign keys are left out.
     */
    private static Table asDeclared(Table table) {
        List<Column> columns = new ArrayList<>(table.columns());
        List<CheckConstraint> checks = new ArrayList<>();
        for (CheckConstraint check : table.checkConstraints()) {
            if (!markJson(columns, check)) {
                checks.add(check);
            }
        }
        List<Index> indexes = new ArrayList<>();
        for (Index index : table.indexes()) {
            if (!isImplicitForeignKeyIndex(index, table.foreignKeys())) {
                indexes.add(index);
            }
        }
        return new Table(table.schema(), table.name(), columns, table.primaryKey(), table.uniqueConstraints(), indexes,
                table.foreignKeys(), checks, table.comment());
    }

    /**
     * Whether {@code check} is MariaDB's {@code json_valid} check of a {@code JSON} column among {@code columns}; if
     * so, the column is made {@code JSON} there.
     */
    private static boolean markJson(List<Column> columns, CheckConstraint check) {
        String name = check.name();
        if (!check.expression().equals("json_valid(`" + name.replace("`", "``") + "`)")) {
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

    /** Whether {@code index} is the one MySQL created by itself for one of {@code foreignKeys}. */
    private static boolean isImplicitForeignKeyIndex(Index index, List<ForeignKey> foreignKeys) {
        for (ForeignKey key : foreignKeys) {
            if ((index.name().equals(key.name()) || index.name().equals(key.columns().get(0)))
                    && isPlainIndexOn(index, key.columns())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code index} has exactly the ascending keys {@code columns}, in order (compared field by field: the
     * records' generated {@code equals} bootstraps {@code java.lang.runtime.ObjectMethods}, slow in a fresh JVM).
     */
    private static boolean isPlainIndexOn(Index index, List<String> columns) {
        List<IndexElement> elements = index.elements();
        if (elements.size() != columns.size()) {
            return false;
        }
        for (int i = 0; i < elements.size(); i++) {
            IndexElement element = elements.get(i);
            if (!columns.get(i).equals(element.column()) || element.descending()
                    || element.nulls() != IndexElement.NullsOrder.DEFAULT) {
                return false;
            }
        }
        return true;
    }

    /** The number in {@code column}, or {@code null}; lengths beyond an {@code int} read as the largest one. */
    private static Integer number(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : (int) Math.min(value, Integer.MAX_VALUE);
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
}
