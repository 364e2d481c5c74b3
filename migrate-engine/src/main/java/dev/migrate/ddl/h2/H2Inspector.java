package dev.migrate.ddl.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
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
import dev.migrate.schema.Computed;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Identity;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexElement;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.ServerDefault;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;

/**
 * Reads H2 (2.x) schemas from {@code INFORMATION_SCHEMA} with eight queries whatever the number of tables: schemas,
 * tables, columns, enum values, key columns (with their constraints and referenced columns), checks, indexes and
 * sequences. Names come back as H2 keeps them: upper case unless they were quoted. Indexes H2 made for a
 * constraint are reported as the constraint only; sequences behind identity columns are not listed by H2.
 * Expressions come back with the strings and names H2 writes as Unicode escapes spelled plainly.
 */
final class H2Inspector extends CatalogInspector {

    private static final String SCHEMAS = """
            SELECT SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME <> 'INFORMATION_SCHEMA'
            ORDER BY SCHEMA_NAME""";

    private static final String TABLES = """
            SELECT TABLE_SCHEMA, TABLE_NAME, REMARKS FROM INFORMATION_SCHEMA.TABLES
            WHERE TABLE_TYPE = 'BASE TABLE' AND TABLE_SCHEMA IN (%s)""";

    private static final String COLUMNS = """
            SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, COLUMN_DEFAULT, IS_NULLABLE, DATA_TYPE,
                   CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, DATETIME_PRECISION, IS_IDENTITY,
                   IDENTITY_GENERATION, IDENTITY_START, IDENTITY_INCREMENT, IDENTITY_MINIMUM, IDENTITY_MAXIMUM,
                   IDENTITY_CYCLE, IDENTITY_CACHE, IS_GENERATED, GENERATION_EXPRESSION, REMARKS, DTD_IDENTIFIER
            FROM INFORMATION_SCHEMA.COLUMNS WHERE (TABLE_SCHEMA, TABLE_NAME) IN (%s)
            ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION""";

    private static final String ENUM_VALUES = """
            SELECT OBJECT_SCHEMA, OBJECT_NAME, ENUM_IDENTIFIER, VALUE_NAME FROM INFORMATION_SCHEMA.ENUM_VALUES
            WHERE OBJECT_TYPE = 'TABLE' AND (OBJECT_SCHEMA, OBJECT_NAME) IN (%s)
            ORDER BY OBJECT_SCHEMA, OBJECT_NAME, ENUM_IDENTIFIER, VALUE_ORDINAL""";

    private static final String KEY_COLUMNS = """
            SELECT k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, c.CONSTRAINT_TYPE, k.COLUMN_NAME,
                   u.TABLE_SCHEMA, u.TABLE_NAME, u.COLUMN_NAME, r.UPDATE_RULE, r.DELETE_RULE, c.IS_DEFERRABLE,
                   c.INITIALLY_DEFERRED, c.NULLS_DISTINCT
            FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
            JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS c
              ON c.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND c.CONSTRAINT_NAME = k.CONSTRAINT_NAME
            LEFT JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r
              ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
            LEFT JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE u
              ON u.CONSTRAINT_SCHEMA = r.UNIQUE_CONSTRAINT_SCHEMA AND u.CONSTRAINT_NAME = r.UNIQUE_CONSTRAINT_NAME
             AND u.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT
            WHERE (k.TABLE_SCHEMA, k.TABLE_NAME) IN (%s)
            ORDER BY k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION""";

    private static final String CHECKS = """
            SELECT c.TABLE_SCHEMA, c.TABLE_NAME, c.CONSTRAINT_NAME, k.CHECK_CLAUSE
            FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS c JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS k
              ON k.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = c.CONSTRAINT_NAME
            WHERE c.CONSTRAINT_TYPE = 'CHECK' AND (c.TABLE_SCHEMA, c.TABLE_NAME) IN (%s)""";

    private static final String INDEXES = """
            SELECT i.TABLE_SCHEMA, i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME, c.COLUMN_NAME,
                   c.ORDERING_SPECIFICATION, c.NULL_ORDERING
            FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c
              ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME
            WHERE i.IS_GENERATED = FALSE AND (i.TABLE_SCHEMA, i.TABLE_NAME) IN (%s)
            ORDER BY i.TABLE_SCHEMA, i.TABLE_NAME, i.INDEX_NAME, c.ORDINAL_POSITION""";

    private static final String SEQUENCES = """
            SELECT SEQUENCE_SCHEMA, SEQUENCE_NAME, START_VALUE, INCREMENT, MINIMUM_VALUE, MAXIMUM_VALUE,
                   CYCLE_OPTION, CACHE
            FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA IN (%s)""";

    H2Inspector(H2Impl dialect) {
        super(dialect);
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
        try (PreparedStatement statement = forNames(connection, TABLES, schemas.keySet());
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String schema = rows.getString(1);
                String name = rows.getString(2);
                if (!scope.isVersionTable(schema, name, defaultSchema)
                        && scope.filter().include(name, NameFilter.Kind.TABLE, schema)) {
                    tables.put(new TableName(schema, name), Table.builder(schema, name).comment(rows.getString(3)));
                }
            }
        }
        if (!tables.isEmpty()) {
            readColumns(connection, tables, readEnumValues(connection, tables));
            readKeys(connection, tables);
            readChecks(connection, tables);
            readIndexes(connection, tables);
        }
        Map<String, List<Sequence>> sequences = readSequences(connection, scope, schemas.keySet());
        Map<String, List<Table>> bySchema = new HashMap<>();
        tables.forEach((name, table) -> bySchema.computeIfAbsent(name.schema(), key -> new ArrayList<>())
            .add(table.build()));
        return schemas.keySet().stream()
            .map(name -> new Schema(name, bySchema.getOrDefault(name, List.of()),
                    sequences.getOrDefault(name, List.of()), List.of()))
            .toList();
    }

    /** The values of each enum column, by table and the column's type identifier. */
    private static Map<TableName, Map<String, List<String>>> readEnumValues(Connection connection,
            Map<TableName, Table.Builder> tables) throws SQLException {
        Map<TableName, Map<String, List<String>>> values = new HashMap<>();
        try (PreparedStatement statement = forTables(connection, ENUM_VALUES, tables.keySet());
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.computeIfAbsent(new TableName(rows.getString(1), rows.getString(2)), key -> new HashMap<>())
                    .computeIfAbsent(rows.getString(3), key -> new ArrayList<>())
                    .add(rows.getString(4));
            }
        }
        return values;
    }

    private static void readColumns(Connection connection, Map<TableName, Table.Builder> tables,
            Map<TableName, Map<String, List<String>>> enumValues) throws SQLException {
        try (PreparedStatement statement = forTables(connection, COLUMNS, tables.keySet());
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                TableName table = new TableName(rows.getString(1), rows.getString(2));
                List<String> values = enumValues.getOrDefault(table, Map.of())
                    .getOrDefault(rows.getString(22), List.of());
                Column column = Column.of(rows.getString(3), type(rows.getString(6), number(rows, 7), number(rows, 8),
                        number(rows, 9), number(rows, 10), values));
                if ("NO".equals(rows.getString(5))) {
                    column = column.notNull();
                }
                String defaultExpression = rows.getString(4);
                if ("ALWAYS".equals(rows.getString(19))) {
                    column = column.withComputed(new Computed(H2Expressions.plain(rows.getString(20)), true));
                }
                else if (defaultExpression != null) {
                    column = column.withDefault(new ServerDefault(defaultExpression,
                            H2Expressions.plain(defaultExpression)));
                }
                if ("YES".equals(rows.getString(11))) {
                    column = column.withIdentity(new Identity("ALWAYS".equals(rows.getString(12)), rows.getLong(13),
                            rows.getLong(14), rows.getLong(15), rows.getLong(16), "YES".equals(rows.getString(17)),
                            rows.getLong(18)));
                }
                tables.get(table).column(column.withComment(rows.getString(21)));
            }
        }
    }

    /** The portable type of a column H2 describes by {@code dataType} and its sizes. */
    static SqlType type(String dataType, Integer length, Integer precision, Integer scale, Integer timePrecision,
            List<String> enumValues) {
        return switch (dataType) {
            case "INTEGER" -> SqlType.of(SqlType.Kind.INTEGER, dataType);
            case "BIGINT" -> SqlType.of(SqlType.Kind.BIGINT, dataType);
            case "SMALLINT" -> SqlType.of(SqlType.Kind.SMALLINT, dataType);
            case "BOOLEAN" -> SqlType.of(SqlType.Kind.BOOLEAN, dataType);
            case "CHARACTER VARYING" -> SqlType.of(SqlType.Kind.VARCHAR, dataType + "(" + length + ")")
                .withLength(length);
            case "CHARACTER" -> SqlType.of(SqlType.Kind.CHAR, dataType + "(" + length + ")").withLength(length);
            case "CHARACTER LARGE OBJECT" -> SqlType.of(SqlType.Kind.TEXT, dataType);
            case "NUMERIC" -> SqlType.of(SqlType.Kind.NUMERIC, dataType + "(" + precision + ", " + scale + ")")
                .withPrecision(precision, scale);
            case "REAL" -> SqlType.of(SqlType.Kind.REAL, dataType);
            case "DOUBLE PRECISION" -> SqlType.of(SqlType.Kind.DOUBLE, dataType);
            case "DATE" -> SqlType.of(SqlType.Kind.DATE, dataType);
            case "TIME", "TIME WITH TIME ZONE", "TIMESTAMP", "TIMESTAMP WITH TIME ZONE" -> {
                String base = dataType.startsWith("TIMESTAMP") ? "TIMESTAMP" : "TIME";
                boolean zoned = dataType.endsWith("ZONE");
                SqlType time = SqlType.of(base.equals("TIME") ? SqlType.Kind.TIME : SqlType.Kind.TIMESTAMP,
                        base + "(" + timePrecision + ")" + (zoned ? " WITH TIME ZONE" : ""))
                    .withPrecision(timePrecision, null);
                yield zoned ? time.zoned() : time;
            }
            case "UUID" -> SqlType.of(SqlType.Kind.UUID, dataType);
            case "BINARY" -> SqlType.of(SqlType.Kind.BINARY, dataType + "(" + length + ")").withLength(length);
            case "BINARY VARYING" -> SqlType.of(SqlType.Kind.VARBINARY, dataType + "(" + length + ")")
                .withLength(length);
            case "BINARY LARGE OBJECT" -> SqlType.of(SqlType.Kind.BLOB, dataType);
            case "JSON" -> SqlType.of(SqlType.Kind.JSON, dataType);
            case "ENUM" -> SqlType.of(SqlType.Kind.ENUM, "ENUM(" + String.join(", ", enumValues.stream()
                .map(value -> "'" + value.replace("'", "''") + "'").toList()) + ")").withEnumValues(enumValues);
            case "ARRAY" -> SqlType.of(SqlType.Kind.OTHER, dataType).asArray();
            default -> SqlType.of(SqlType.Kind.OTHER, dataType);
        };
    }

    private static void readKeys(Connection connection, Map<TableName, Table.Builder> tables) throws SQLException {
        Map<TableName, Map<String, KeyParts>> keys = new LinkedHashMap<>();
        try (PreparedStatement statement = forTables(connection, KEY_COLUMNS, tables.keySet());
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Map<String, KeyParts> tableKeys = keys.computeIfAbsent(new TableName(rows.getString(1),
                        rows.getString(2)), table -> new LinkedHashMap<>());
                KeyParts key = tableKeys.get(rows.getString(3));
                if (key == null) {
                    key = new KeyParts(rows);
                    tableKeys.put(rows.getString(3), key);
                }
                key.columns.add(rows.getString(5));
                key.targetColumns.add(rows.getString(8));
            }
        }
        keys.forEach((table, tableKeys) -> tableKeys.forEach((name, key) -> {
            Table.Builder builder = tables.get(table);
            switch (key.type) {
                case "PRIMARY KEY" -> builder.primaryKey(new PrimaryKey(name, key.columns));
                case "UNIQUE" -> builder.unique(new UniqueConstraint(name, key.columns, key.nullsNotDistinct));
                default -> builder.foreignKey(new ForeignKey(name, key.columns, key.targetSchema, key.targetTable,
                        key.targetColumns, key.onDelete, key.onUpdate, key.deferrable, key.initiallyDeferred));
            }
        }));
    }

    private static void readChecks(Connection connection, Map<TableName, Table.Builder> tables)
            throws SQLException {
        try (PreparedStatement statement = forTables(connection, CHECKS, tables.keySet());
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                tables.get(new TableName(rows.getString(1), rows.getString(2)))
                    .check(new CheckConstraint(rows.getString(3), H2Expressions.plain(rows.getString(4))));
            }
        }
    }

    private static void readIndexes(Connection connection, Map<TableName, Table.Builder> tables)
            throws SQLException {
        Map<TableName, Map<String, List<IndexElement>>> elements = new LinkedHashMap<>();
        Map<String, Boolean> unique = new HashMap<>(); // by schema and index name, which H2 keeps unique
        try (PreparedStatement statement = forTables(connection, INDEXES, tables.keySet());
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                boolean descending = "DESC".equals(rows.getString(6));
                String nulls = rows.getString(7);
                IndexElement element = IndexElement.column(rows.getString(5));
                element = (descending ? element.desc() : element).nulls(nulls == null
                        || nulls.equals(descending ? "LAST" : "FIRST") ? IndexElement.NullsOrder.DEFAULT
                        : IndexElement.NullsOrder.valueOf(nulls));
                elements.computeIfAbsent(new TableName(rows.getString(1), rows.getString(2)),
                        key -> new LinkedHashMap<>())
                    .computeIfAbsent(rows.getString(3), key -> new ArrayList<>())
                    .add(element);
                unique.put(rows.getString(1) + "\0" + rows.getString(3), rows.getString(4).startsWith("UNIQUE"));
            }
        }
        elements.forEach((table, tableIndexes) -> tableIndexes.forEach((name, keys) -> tables.get(table)
            .index(new Index(name, keys, unique.get(table.schema() + "\0" + name), null, List.of()))));
    }

    private static Map<String, List<Sequence>> readSequences(Connection connection, InspectionScope scope,
            Collection<String> schemas) throws SQLException {
        Map<String, List<Sequence>> sequences = new HashMap<>();
        try (PreparedStatement statement = forNames(connection, SEQUENCES, schemas);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String schema = rows.getString(1);
                String name = rows.getString(2);
                if (scope.filter().include(name, NameFilter.Kind.SEQUENCE, schema)) {
                    sequences.computeIfAbsent(schema, key -> new ArrayList<>()).add(new Sequence(schema, name,
                            rows.getLong(3), rows.getLong(4), rows.getLong(5), rows.getLong(6),
                            "YES".equals(rows.getString(7)), rows.getLong(8), null, null));
                }
            }
        }
        return sequences;
    }

    private static Integer number(ResultSet rows, int column) throws SQLException {
        Number value = (Number) rows.getObject(column);
        return value == null ? null : (int) Math.min(value.longValue(), Integer.MAX_VALUE);
    }

    private static ReferentialAction action(String rule) {
        return rule == null ? ReferentialAction.NO_ACTION : ReferentialAction.valueOf(rule.replace(' ', '_'));
    }

    /** A key's type, columns and, for a foreign key, its target and options. */
    private static final class KeyParts {

        final String type;
        final List<String> columns = new ArrayList<>();
        final String targetSchema;
        final String targetTable;
        final List<String> targetColumns = new ArrayList<>();
        final ReferentialAction onUpdate;
        final ReferentialAction onDelete;
        final boolean deferrable;
        final boolean initiallyDeferred;
        final boolean nullsNotDistinct;

        /** The key whose first column is in {@code row} of {@link #KEY_COLUMNS}. */
        KeyParts(ResultSet row) throws SQLException {
            type = row.getString(4);
            targetSchema = row.getString(6);
            targetTable = row.getString(7);
            onUpdate = action(row.getString(9));
            onDelete = action(row.getString(10));
            deferrable = "YES".equals(row.getString(11));
            initiallyDeferred = "YES".equals(row.getString(12));
            nullsNotDistinct = "NO".equals(row.getString(13));
        }
    }
}
