package dev.migrate.ddl.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrate.ddl.CatalogInspector;
import dev.migrate.ddl.InspectionScope;
import dev.migrate.ddl.NameFilter;
import dev.migrate.schema.Column;
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
 * Reads SQLite databases ({@code main} and attached ones) with four queries per database whatever the number of
 * tables, joining {@code sqlite_master} with the table-valued pragmas ({@code pragma_table_xinfo},
 * {@code pragma_foreign_key_list}, {@code pragma_index_list} and {@code pragma_index_xinfo}); what the pragmas do
 * not report (constraint names, checks, generation expressions, {@code AUTOINCREMENT}, partial-index predicates and
 * index expressions) is read from the stored {@code CREATE} statements. Constraints SQLite keeps unnamed have a
 * {@code null} name; the indexes behind unique constraints and the primary key are reported as the constraints.
 */
final class SqliteInspector extends CatalogInspector {

    private static final String SCHEMAS = "SELECT name FROM pragma_database_list WHERE name <> 'temp' ORDER BY seq";

    private static final String TABLES = """
            SELECT name, sql FROM "%s".sqlite_master
            WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%%' ESCAPE '\\'""";

    private static final String COLUMNS = """
            SELECT m.name, c.name, c.type, c."notnull", c.dflt_value, c.pk, c.hidden
            FROM "%1$s".sqlite_master m JOIN pragma_table_xinfo(m.name, '%1$s') c
            WHERE m.type = 'table' AND m.name IN (%2$s) ORDER BY m.name, c.cid""";

    private static final String FOREIGN_KEYS = """
            SELECT m.name, f.id, f."table", f."from", f."to", f.on_update, f.on_delete
            FROM "%1$s".sqlite_master m JOIN pragma_foreign_key_list(m.name, '%1$s') f
            WHERE m.type = 'table' AND m.name IN (%2$s) ORDER BY m.name, f.id, f.seq""";

    private static final String INDEXES = """
            SELECT m.name, l.name, l."unique", l.origin, x.cid, x.name, x."desc", i.sql
            FROM "%1$s".sqlite_master m JOIN pragma_index_list(m.name, '%1$s') l
            JOIN pragma_index_xinfo(l.name, '%1$s') x
            LEFT JOIN "%1$s".sqlite_master i ON i.type = 'index' AND i.name = l.name
            WHERE m.type = 'table' AND m.name IN (%2$s) AND x.key = 1 ORDER BY m.name, l.name, x.seqno""";

    private static final Pattern SIZES = Pattern.compile("\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)");

    private static final int HIDDEN_GENERATED_VIRTUAL = 2;

    private static final int HIDDEN_GENERATED_STORED = 3;

    SqliteInspector(SqliteImpl dialect) {
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
        List<Schema> result = new ArrayList<>();
        for (String schema : schemas.keySet()) {
            result.add(readSchema(connection, scope, defaultSchema, schema));
        }
        return result;
    }

    private static Schema readSchema(Connection connection, InspectionScope scope, String defaultSchema,
            String schema) throws SQLException {
        String quoted = schema.replace("\"", "\"\"").replace("'", "''");
        Map<String, TableParts> tables = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(TABLES.formatted(quoted));
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String name = rows.getString(1);
                if (!scope.isVersionTable(schema, name, defaultSchema)
                        && scope.filter().include(name, NameFilter.Kind.TABLE, schema)) {
                    tables.put(name, new TableParts(Table.builder(schema, name),
                            CreateTableSql.parse(rows.getString(2))));
                }
            }
        }
        if (!tables.isEmpty()) {
            readColumns(connection, quoted, tables);
            readForeignKeys(connection, quoted, schema, tables);
            readIndexes(connection, quoted, tables);
        }
        List<Table> built = tables.values().stream().map(parts -> parts.table.build()).toList();
        return new Schema(schema, built, List.of(), List.of());
    }

    private static void readColumns(Connection connection, String schema, Map<String, TableParts> tables)
            throws SQLException {
        Map<String, Map<Integer, String>> keyPositions = new LinkedHashMap<>();
        try (PreparedStatement statement = forNames(connection, COLUMNS.formatted(schema, "%s"), tables.keySet());
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                TableParts table = tables.get(rows.getString(1));
                String name = rows.getString(2);
                Column column = Column.of(name, type(rows.getString(3)));
                int primaryKeyPosition = rows.getInt(6);
                if (rows.getBoolean(4)) {
                    column = column.notNull();
                }
                String rawDefault = rows.getString(5);
                int hidden = rows.getInt(7);
                if (hidden == HIDDEN_GENERATED_VIRTUAL || hidden == HIDDEN_GENERATED_STORED) {
                    column = column.withComputed(table.sql.computed(name));
                }
                else if (rawDefault != null) {
                    column = column.withDefault(new ServerDefault(rawDefault, withoutOuterParentheses(rawDefault)));
                }
                if (table.sql.autoIncrement(name)) {
                    column = column.autoIncremented();
                }
                if (primaryKeyPosition > 0) {
                    keyPositions.computeIfAbsent(rows.getString(1), key -> new TreeMap<>())
                        .put(primaryKeyPosition, name);
                }
                table.table.column(column);
            }
        }
        keyPositions.forEach((name, positions) -> {
            TableParts table = tables.get(name);
            table.table.primaryKey(new PrimaryKey(table.sql.primaryKeyName(), List.copyOf(positions.values())));
        });
        tables.values().forEach(table -> table.sql.checks().forEach(table.table::check));
    }

    private static void readForeignKeys(Connection connection, String quotedSchema, String schema,
            Map<String, TableParts> tables) throws SQLException {
        Map<String, Map<Integer, ForeignKeyParts>> keys = new LinkedHashMap<>();
        try (PreparedStatement statement = forNames(connection, FOREIGN_KEYS.formatted(quotedSchema, "%s"),
                tables.keySet()); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Map<Integer, ForeignKeyParts> tableKeys = keys.computeIfAbsent(rows.getString(1),
                        key -> new LinkedHashMap<>());
                ForeignKeyParts key = tableKeys.get(rows.getInt(2));
                if (key == null) {
                    key = new ForeignKeyParts(rows.getString(3), action(rows.getString(6)), action(rows.getString(7)));
                    tableKeys.put(rows.getInt(2), key);
                }
                key.columns.add(rows.getString(4));
                key.targetColumns.add(rows.getString(5));
            }
        }
        keys.forEach((name, tableKeys) -> {
            TableParts table = tables.get(name);
            tableKeys.values().forEach(key -> {
                CreateTableSql.ForeignKeyClause clause = table.sql.foreignKey(key.columns);
                table.table.foreignKey(new ForeignKey(clause.name(), key.columns, schema, key.targetTable,
                        key.targetColumns, key.onDelete, key.onUpdate, clause.deferrable(),
                        clause.initiallyDeferred()));
            });
        });
    }

    private static void readIndexes(Connection connection, String schema, Map<String, TableParts> tables)
            throws SQLException {
        Map<String, Map<String, IndexParts>> indexes = new LinkedHashMap<>();
        try (PreparedStatement statement = forNames(connection, INDEXES.formatted(schema, "%s"), tables.keySet());
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Map<String, IndexParts> tableIndexes = indexes.computeIfAbsent(rows.getString(1),
                        key -> new LinkedHashMap<>());
                IndexParts index = tableIndexes.get(rows.getString(2));
                if (index == null) {
                    index = new IndexParts(rows.getBoolean(3), rows.getString(4), rows.getString(8));
                    tableIndexes.put(rows.getString(2), index);
                }
                String column = rows.getString(6);
                IndexElement element = column != null ? IndexElement.column(column)
                        : IndexElement.expression(index.expression(index.elements.size()));
                index.elements.add(rows.getBoolean(7) ? element.desc() : element);
            }
        }
        indexes.forEach((tableName, tableIndexes) -> {
            TableParts table = tables.get(tableName);
            tableIndexes.forEach((name, index) -> {
                List<String> columns = index.elements.stream().map(IndexElement::column).toList();
                switch (index.origin) {
                    case "pk" -> { }
                    case "u" -> table.table.unique(new UniqueConstraint(table.sql.uniqueName(columns), columns,
                            false));
                    default -> table.table.index(new Index(name, index.elements, index.unique, index.where(),
                            List.of()));
                }
            });
        });
    }

    /**
     * The portable type of a column declared {@code declared}, following SQLite's type affinity rules for names it
     * does not know ({@code INT} anywhere means an integer, {@code CHAR}, {@code CLOB} or {@code TEXT} text, …).
     */
    static SqlType type(String declared) {
        String upper = declared.toUpperCase(Locale.ROOT);
        Matcher sizes = SIZES.matcher(upper);
        Integer first = null;
        Integer second = null;
        if (sizes.find()) {
            first = Integer.valueOf(sizes.group(1));
            second = sizes.group(2) == null ? null : Integer.valueOf(sizes.group(2));
        }
        boolean zoned = upper.contains(" WITH TIME ZONE");
        String base = upper.replaceAll("\\(.*", "").replace(" WITH TIME ZONE", "").trim();
        SqlType.Kind kind = switch (base) {
            case "INTEGER", "INT", "MEDIUMINT" -> SqlType.Kind.INTEGER;
            case "BIGINT", "INT8" -> SqlType.Kind.BIGINT;
            case "SMALLINT", "INT2" -> SqlType.Kind.SMALLINT;
            case "BOOLEAN", "BOOL" -> SqlType.Kind.BOOLEAN;
            case "VARCHAR", "CHARACTER VARYING", "NVARCHAR", "VARYING CHARACTER" -> SqlType.Kind.VARCHAR;
            case "CHAR", "CHARACTER", "NCHAR" -> SqlType.Kind.CHAR;
            case "TEXT", "CLOB" -> SqlType.Kind.TEXT;
            case "NUMERIC", "DECIMAL" -> SqlType.Kind.NUMERIC;
            case "REAL", "FLOAT" -> SqlType.Kind.REAL;
            case "DOUBLE", "DOUBLE PRECISION" -> SqlType.Kind.DOUBLE;
            case "DATE" -> SqlType.Kind.DATE;
            case "TIME" -> SqlType.Kind.TIME;
            case "TIMESTAMP", "DATETIME" -> SqlType.Kind.TIMESTAMP;
            case "UUID" -> SqlType.Kind.UUID;
            case "BLOB" -> SqlType.Kind.BLOB;
            case "VARBINARY" -> SqlType.Kind.VARBINARY;
            case "BINARY" -> SqlType.Kind.BINARY;
            case "JSON" -> SqlType.Kind.JSON;
            default -> SqlType.Kind.OTHER;
        };
        SqlType type = SqlType.of(kind, declared);
        return switch (kind) {
            case VARCHAR, CHAR, VARBINARY, BINARY -> type.withLength(first);
            case NUMERIC -> type.withPrecision(first, second);
            case TIME, TIMESTAMP -> {
                SqlType timed = type.withPrecision(first, null);
                yield zoned ? timed.zoned() : timed;
            }
            default -> type;
        };
    }

    /** {@code expression} without one level of enclosing parentheses, as SQLite stores expression defaults. */
    static String withoutOuterParentheses(String expression) {
        String trimmed = expression.trim();
        SqlScanner scanner = new SqlScanner(trimmed);
        String group = scanner.next();
        return group != null && group.startsWith("(") && !scanner.hasNext() ? SqlScanner.inside(group) : trimmed;
    }

    private static ReferentialAction action(String rule) {
        return switch (rule) {
            case "RESTRICT" -> ReferentialAction.RESTRICT;
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    /** A table being read, with its parsed {@code CREATE TABLE} statement. */
    private record TableParts(Table.Builder table, CreateTableSql sql) {
    }

    /** A foreign key being read: its target and actions, then its columns pair by pair. */
    private static final class ForeignKeyParts {

        final String targetTable;
        final ReferentialAction onUpdate;
        final ReferentialAction onDelete;
        final List<String> columns = new ArrayList<>();
        final List<String> targetColumns = new ArrayList<>();

        ForeignKeyParts(String targetTable, ReferentialAction onUpdate, ReferentialAction onDelete) {
            this.targetTable = targetTable;
            this.onUpdate = onUpdate;
            this.onDelete = onDelete;
        }
    }

    /** An index being read: its origin ({@code c} created, {@code u} unique constraint, {@code pk}) and keys. */
    private static final class IndexParts {

        final boolean unique;
        final String origin;
        final List<String> keys;
        final String where;
        final List<IndexElement> elements = new ArrayList<>();

        IndexParts(boolean unique, String origin, String sql) {
            this.unique = unique;
            this.origin = origin;
            List<String> keys = List.of();
            String where = null;
            if (sql != null) {
                SqlScanner scanner = new SqlScanner(sql);
                String token;
                while ((token = scanner.next()) != null && !token.startsWith("(")) {
                    // skip CREATE [UNIQUE] INDEX [IF NOT EXISTS] name ON table
                }
                if (token != null) {
                    keys = SqlScanner.split(SqlScanner.inside(token));
                    if (SqlScanner.is(scanner.next(), "WHERE")) {
                        where = scanner.remaining();
                    }
                }
            }
            this.keys = keys;
            this.where = where;
        }

        /**
         * The expression of key {@code position}, as the {@code CREATE INDEX} statement writes it without the
         * parentheses around it.
         */
        String expression(int position) {
            return withoutOuterParentheses(SqlScanner.withoutDirection(keys.get(position)));
        }

        String where() {
            return where;
        }
    }
}
