package dev.migrate.ddl.postgresql;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.migrate.ddl.CatalogInspector;
import dev.migrate.ddl.InspectionScope;
import dev.migrate.ddl.NameFilter;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.Computed;
import dev.migrate.schema.EnumType;
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
 * Reads PostgreSQL schemas from {@code pg_catalog} with seven queries whatever the number of schemas and tables:
 * schemas, tables, all their columns, all their constraints, all their indexes, sequences and enum types. Indexes
 * backing a primary key or unique constraint are reported as the constraint only; sequences behind identity and
 * {@code SERIAL} columns are not reported as sequences, and {@code SERIAL} columns are marked auto-incremented.
 */
final class PostgresqlInspector extends CatalogInspector {

    private static final String SCHEMAS = """
            SELECT n.oid, n.nspname FROM pg_namespace n
            WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema' AND (? OR n.nspname = ANY(?))
            ORDER BY n.nspname""";

    /**
     * The tables, each with its comment, looked up in {@code pg_description} by its index (what
     * {@code obj_description} does, without calling an SQL function per row).
     */
    private static final String TABLES = """
            SELECT c.oid, c.relnamespace, c.relname,
                   (SELECT d.description FROM pg_description d
                    WHERE d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0)
            FROM pg_class c
            WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relnamespace = ANY(?::oid[])""";

    /**
     * The columns of all tables, in order, each with its type, default, comment (looked up like the tables') and the
     * sequence behind an identity or serial column. A default cannot refer to a column, so it is decompiled without
     * its table (relation 0), which spares the server opening every table that has a default; a generated column's
     * expression refers to columns and is decompiled with its table.
     */
    private static final String COLUMNS = """
            SELECT a.attrelid, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod),
                   CASE WHEN t.typcategory = 'A' THEN et.typname ELSE t.typname END,
                   CASE WHEN t.typcategory = 'A' THEN et.typtype ELSE t.typtype END,
                   t.typcategory = 'A', a.atttypmod, a.attnotnull,
                   pg_get_expr(d.adbin, CASE WHEN a.attgenerated = '' THEN 0 ELSE d.adrelid END),
                   a.attidentity, a.attgenerated,
                   (SELECT ds.description FROM pg_description ds
                    WHERE ds.objoid = a.attrelid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid = a.attnum),
                   sq.oid, sq.oid::regclass::text, s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcycle,
                   s.seqcache
            FROM pg_attribute a
            JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            LEFT JOIN (pg_depend dep JOIN pg_class sq ON sq.oid = dep.objid AND sq.relkind = 'S'
                       JOIN pg_sequence s ON s.seqrelid = sq.oid)
                   ON dep.refobjid = a.attrelid AND dep.refobjsubid = a.attnum
                  AND dep.classid = 'pg_class'::regclass AND dep.refclassid = 'pg_class'::regclass
                  AND dep.deptype IN ('a', 'i')
            WHERE a.attrelid = ANY(?::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attrelid, a.attnum""";

    /**
     * One row per key column of each primary key, unique constraint and foreign key (with the referenced column),
     * in key order, the last one flagged, and one row per check, with its condition: the text inside the
     * {@code CHECK (…)} that {@code pg_get_constraintdef} prints. Key columns come as rows rather than arrays, which
     * the driver decodes slowly in a fresh JVM.
     */
    private static final String CONSTRAINTS = """
            SELECT con.conrelid, con.conname, con.contype,
                   (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = con.conrelid AND a.attnum = k.num),
                   fn.nspname, fc.relname,
                   (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = con.confrelid AND a.attnum = k.fnum),
                   con.confdeltype, con.confupdtype, con.condeferrable, con.condeferred,
                   pg_get_expr(con.conbin, con.conrelid, true), %s,
                   k.pos IS NULL OR k.pos = cardinality(con.conkey)
            FROM pg_constraint con
            LEFT JOIN LATERAL unnest(CASE WHEN con.contype <> 'c' THEN con.conkey END, con.confkey)
                      WITH ORDINALITY k(num, fnum, pos) ON true
            LEFT JOIN pg_class fc ON fc.oid = con.confrelid
            LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
            LEFT JOIN pg_index i ON i.indexrelid = con.conindid AND con.contype = 'u'
            WHERE con.conrelid = ANY(?::oid[]) AND con.contype IN ('p', 'u', 'f', 'c')
            ORDER BY con.oid, k.pos""";

    /**
     * The indexes that do not back a constraint; the definitions of their keys one by one only for indexes that have
     * expression keys (the others' keys are columns, named from the columns read).
     */
    private static final String INDEXES = """
            SELECT i.indrelid, ic.relname, i.indisunique, i.indnkeyatts, i.indkey::text, i.indoption::text,
                   CASE WHEN i.indexprs IS NOT NULL THEN ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true)
                         FROM generate_series(1, i.indnatts) k ORDER BY k) END,
                   pg_get_expr(i.indpred, i.indrelid, true)
            FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
            WHERE i.indrelid = ANY(?::oid[]) AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                  WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u', 'x'))""";

    private static final String SEQUENCES = """
            SELECT c.oid, c.relnamespace, c.relname, s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcycle,
                   s.seqcache, dep.deptype, oc.relname, oa.attname
            FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid
            LEFT JOIN pg_depend dep ON dep.objid = c.oid AND dep.classid = 'pg_class'::regclass
                  AND dep.refclassid = 'pg_class'::regclass AND dep.deptype IN ('a', 'i') AND dep.refobjsubid > 0
            LEFT JOIN pg_class oc ON oc.oid = dep.refobjid
            LEFT JOIN pg_attribute oa ON oa.attrelid = dep.refobjid AND oa.attnum = dep.refobjsubid
            WHERE c.relnamespace = ANY(?::oid[])""";

    private static final String ENUMS = """
            SELECT t.typnamespace, t.typname,
                   ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)
            FROM pg_type t WHERE t.typtype = 'e' AND t.typnamespace = ANY(?::oid[])""";

    private static final int INDOPTION_DESC = 1;

    private static final int INDOPTION_NULLS_FIRST = 2;

    PostgresqlInspector(PostgresqlImpl dialect) {
        super(dialect);
    }

    @Override
    protected Map<String, Object> schemas(Connection connection, boolean all, List<String> names)
            throws SQLException {
        Map<String, Object> schemas = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(SCHEMAS)) {
            statement.setBoolean(1, all);
            statement.setArray(2, connection.createArrayOf("text", names.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    schemas.put(rows.getString(2), rows.getLong(1));
                }
            }
        }
        return schemas;
    }

    @Override
    protected List<Schema> read(Connection connection, InspectionScope scope, String defaultSchema,
            Map<String, Object> schemas) throws SQLException {
        Map<Long, String> schemaNames = new HashMap<>();
        schemas.forEach((name, oid) -> schemaNames.put((Long) oid, name));
        Array schemaOids = connection.createArrayOf("int8", schemas.values().toArray());

        Map<Long, Table.Builder> tables = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(TABLES)) {
            statement.setArray(1, schemaOids);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String schema = schemaNames.get(rows.getLong(2));
                    String name = rows.getString(3);
                    if (!scope.isVersionTable(schema, name, defaultSchema)
                            && scope.filter().include(name, NameFilter.Kind.TABLE, schema)) {
                        tables.put(rows.getLong(1), Table.builder(schema, name).comment(rows.getString(4)));
                    }
                }
            }
        }
        Array tableOids = connection.createArrayOf("int8", tables.keySet().toArray());
        Set<Long> serialSequences = new HashSet<>();
        Map<Long, Map<Integer, String>> columnNames = readColumns(connection, tableOids, tables, serialSequences);
        readConstraints(connection, tableOids, tables);
        readIndexes(connection, tableOids, tables, columnNames);

        Map<String, List<Sequence>> sequences = readSequences(connection, scope, schemaOids, schemaNames,
                serialSequences);
        Map<String, List<EnumType>> enums = readEnums(connection, scope, schemaOids, schemaNames);
        Map<String, List<Table>> tablesBySchema = new HashMap<>();
        for (Table.Builder builder : tables.values()) {
            Table table = builder.build();
            tablesBySchema.computeIfAbsent(table.schema(), key -> new ArrayList<>()).add(table);
        }
        List<Schema> read = new ArrayList<>();
        for (String name : schemas.keySet()) {
            read.add(new Schema(name, tablesBySchema.getOrDefault(name, List.of()),
                    sequences.getOrDefault(name, List.of()), enums.getOrDefault(name, List.of())));
        }
        return List.copyOf(read);
    }

    /**
     * Reads the columns of {@code tables} into them, and adds to {@code serialSequences} the sequences that number
     * a serial column.
     *
     * @return each table's column names by attribute number, by table
     */
    private static Map<Long, Map<Integer, String>> readColumns(Connection connection, Array tableOids,
            Map<Long, Table.Builder> tables, Set<Long> serialSequences) throws SQLException {
        Map<Long, Map<Integer, String>> columnNames = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(COLUMNS)) {
            statement.setArray(1, tableOids);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long tableOid = rows.getLong(1);
                    Map<Integer, String> names = columnNames.computeIfAbsent(tableOid, oid -> new HashMap<>());
                    int attnum = rows.getInt(2);
                    if (names.containsKey(attnum)) {
                        continue; // a second sequence owned by the same column
                    }
                    String name = rows.getString(3);
                    names.put(attnum, name);
                    SqlType type = type(rows.getString(4), rows.getString(5), rows.getString(6), rows.getBoolean(7),
                            rows.getInt(8));
                    Column column = Column.of(name, type);
                    if (rows.getBoolean(9)) {
                        column = column.notNull();
                    }
                    String defaultExpression = rows.getString(10);
                    String identity = rows.getString(11);
                    String generated = rows.getString(12);
                    long sequenceOid = rows.getLong(14);
                    boolean hasSequence = !rows.wasNull();
                    if (!generated.isEmpty()) {
                        column = column.withComputed(new Computed(defaultExpression, "s".equals(generated)));
                    }
                    else if (defaultExpression != null) {
                        column = column.withDefault(new ServerDefault(defaultExpression,
                                PostgresqlDefaults.normalize(defaultExpression)));
                        if (hasSequence && PostgresqlDefaults.isNextval(defaultExpression, rows.getString(15))) {
                            column = column.autoIncremented();
                            serialSequences.add(sequenceOid);
                        }
                    }
                    if (!identity.isEmpty() && hasSequence) {
                        column = column.withIdentity(new Identity("a".equals(identity), rows.getLong(16),
                                rows.getLong(17), rows.getLong(18), rows.getLong(19), rows.getBoolean(20),
                                rows.getLong(21)));
                    }
                    tables.get(tableOid).column(column.withComment(rows.getString(13)));
                }
            }
        }
        return columnNames;
    }

    private static void readConstraints(Connection connection, Array tableOids, Map<Long, Table.Builder> tables)
            throws SQLException {
        String nullsNotDistinct = connection.getMetaData().getDatabaseMajorVersion() >= 15
                ? "coalesce(i.indnullsnotdistinct, false)" : "false";
        try (PreparedStatement statement = connection.prepareStatement(CONSTRAINTS.replace("%s", nullsNotDistinct))) {
            statement.setArray(1, tableOids);
            try (ResultSet rows = statement.executeQuery()) {
                List<String> columns = new ArrayList<>();
                List<String> targetColumns = new ArrayList<>();
                while (rows.next()) {
                    String column = rows.getString(4);
                    if (column != null) {
                        columns.add(column);
                    }
                    String targetColumn = rows.getString(7);
                    if (targetColumn != null) {
                        targetColumns.add(targetColumn);
                    }
                    if (!rows.getBoolean(14)) {
                        continue; // more key columns of the same constraint follow
                    }
                    Table.Builder table = tables.get(rows.getLong(1));
                    String name = rows.getString(2);
                    switch (rows.getString(3)) {
                        case "p" -> table.primaryKey(new PrimaryKey(name, columns));
                        case "u" -> table.unique(new UniqueConstraint(name, columns, rows.getBoolean(13)));
                        case "f" -> table.foreignKey(new ForeignKey(name, columns, rows.getString(5),
                                rows.getString(6), targetColumns, action(rows.getString(8)),
                                action(rows.getString(9)), rows.getBoolean(10), rows.getBoolean(11)));
                        default -> table.check(new CheckConstraint(name, rows.getString(12)));
                    }
                    columns.clear();
                    targetColumns.clear();
                }
            }
        }
    }

    private static void readIndexes(Connection connection, Array tableOids, Map<Long, Table.Builder> tables,
            Map<Long, Map<Integer, String>> columnNames) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INDEXES)) {
            statement.setArray(1, tableOids);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long tableOid = rows.getLong(1);
                    Map<Integer, String> names = columnNames.getOrDefault(tableOid, Map.of());
                    int keyCount = rows.getInt(4);
                    int[] keys = numbers(rows.getString(5));
                    int[] options = numbers(rows.getString(6));
                    List<String> definitions = strings(rows.getArray(7));
                    List<IndexElement> elements = new ArrayList<>();
                    List<String> include = new ArrayList<>();
                    for (int position = 0; position < keys.length; position++) {
                        String column = names.get(keys[position]);
                        if (position >= keyCount) {
                            include.add(column);
                            continue;
                        }
                        IndexElement element = column != null ? IndexElement.column(column)
                                : IndexElement.expression(definitions.get(position));
                        elements.add(sorted(element, options[position]));
                    }
                    tables.get(tableOid).index(new Index(rows.getString(2), elements, rows.getBoolean(3),
                            rows.getString(8), include));
                }
            }
        }
    }

    /** {@code element} with the sort order PostgreSQL keeps in {@code pg_index.indoption}. */
    private static IndexElement sorted(IndexElement element, int option) {
        boolean descending = (option & INDOPTION_DESC) != 0;
        boolean nullsFirst = (option & INDOPTION_NULLS_FIRST) != 0;
        IndexElement.NullsOrder nulls = nullsFirst == descending ? IndexElement.NullsOrder.DEFAULT
                : nullsFirst ? IndexElement.NullsOrder.FIRST : IndexElement.NullsOrder.LAST;
        return (descending ? element.desc() : element).nulls(nulls);
    }

    private static Map<String, List<Sequence>> readSequences(Connection connection, InspectionScope scope,
            Array schemaOids, Map<Long, String> schemaNames, Set<Long> serialSequences) throws SQLException {
        Map<String, List<Sequence>> sequences = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(SEQUENCES)) {
            statement.setArray(1, schemaOids);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String schema = schemaNames.get(rows.getLong(2));
                    String name = rows.getString(3);
                    if ("i".equals(rows.getString(10)) || serialSequences.contains(rows.getLong(1))
                            || !scope.filter().include(name, NameFilter.Kind.SEQUENCE, schema)) {
                        continue;
                    }
                    sequences.computeIfAbsent(schema, key -> new ArrayList<>()).add(new Sequence(schema, name,
                            rows.getLong(4), rows.getLong(5), rows.getLong(6), rows.getLong(7), rows.getBoolean(8),
                            rows.getLong(9), rows.getString(11), rows.getString(12)));
                }
            }
        }
        return sequences;
    }

    private static Map<String, List<EnumType>> readEnums(Connection connection, InspectionScope scope,
            Array schemaOids, Map<Long, String> schemaNames) throws SQLException {
        Map<String, List<EnumType>> enums = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(ENUMS)) {
            statement.setArray(1, schemaOids);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String schema = schemaNames.get(rows.getLong(1));
                    String name = rows.getString(2);
                    if (scope.filter().include(name, NameFilter.Kind.ENUM_TYPE, schema)) {
                        enums.computeIfAbsent(schema, key -> new ArrayList<>())
                            .add(new EnumType(schema, name, strings(rows.getArray(3))));
                    }
                }
            }
        }
        return enums;
    }

    /**
     * The portable type of a column whose type PostgreSQL spells {@code spelled}, with base (or element) type
     * {@code typeName} of kind {@code typeType} ({@code e} for enums) and type modifier {@code typmod}.
     */
    static SqlType type(String spelled, String typeName, String typeType, boolean array, int typmod) {
        int modifier = typmod - 4;
        SqlType type = switch (typeName) {
            case "int4" -> SqlType.of(SqlType.Kind.INTEGER, spelled);
            case "int8" -> SqlType.of(SqlType.Kind.BIGINT, spelled);
            case "int2" -> SqlType.of(SqlType.Kind.SMALLINT, spelled);
            case "bool" -> SqlType.of(SqlType.Kind.BOOLEAN, spelled);
            case "varchar" -> SqlType.of(SqlType.Kind.VARCHAR, spelled).withLength(modifier >= 0 ? modifier : null);
            case "bpchar" -> SqlType.of(SqlType.Kind.CHAR, spelled).withLength(modifier >= 0 ? modifier : null);
            case "text" -> SqlType.of(SqlType.Kind.TEXT, spelled);
            case "numeric" -> modifier < 0 ? SqlType.of(SqlType.Kind.NUMERIC, spelled)
                    : SqlType.of(SqlType.Kind.NUMERIC, spelled).withPrecision((modifier >> 16) & 0xffff,
                            modifier & 0xffff);
            case "float4" -> SqlType.of(SqlType.Kind.REAL, spelled);
            case "float8" -> SqlType.of(SqlType.Kind.DOUBLE, spelled);
            case "date" -> SqlType.of(SqlType.Kind.DATE, spelled);
            case "time", "timetz", "timestamp", "timestamptz" -> {
                SqlType time = SqlType.of(typeName.startsWith("timestamp") ? SqlType.Kind.TIMESTAMP
                        : SqlType.Kind.TIME, spelled).withPrecision(typmod >= 0 ? typmod : null, null);
                yield typeName.endsWith("tz") ? time.zoned() : time;
            }
            case "uuid" -> SqlType.of(SqlType.Kind.UUID, spelled);
            case "bytea" -> SqlType.of(SqlType.Kind.VARBINARY, spelled);
            case "json", "jsonb" -> SqlType.of(SqlType.Kind.JSON, spelled);
            default -> SqlType.of("e".equals(typeType) ? SqlType.Kind.ENUM : SqlType.Kind.OTHER, spelled);
        };
        return array ? type.asArray() : type;
    }

    private static ReferentialAction action(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    /**
     * The numbers of an {@code int2vector} (index keys, index options) as PostgreSQL prints it, separated by spaces:
     * read from text rather than as an array, which the driver decodes slowly in a fresh JVM.
     */
    private static int[] numbers(String int2vector) {
        if (int2vector.isEmpty()) {
            return new int[0];
        }
        String[] parts = int2vector.split(" ");
        int[] numbers = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            numbers[i] = Integer.parseInt(parts[i]);
        }
        return numbers;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
