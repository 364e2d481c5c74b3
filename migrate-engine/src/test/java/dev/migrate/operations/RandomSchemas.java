package dev.migrate.operations;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import dev.migrate.ddl.DdlImpl;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.Computed;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Identity;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexElement;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.ServerDefault;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.SqlType.Kind;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.testing.DatabaseKind;

/**
 * Seeded generator of small schema models for round-trip tests: one to four tables of one to eight columns of the
 * portable types, with nullability, literal and expression defaults, identity, auto-increment and generated columns,
 * comments, primary keys, unique constraints, checks, indexes and foreign keys to earlier tables; now and then a name
 * that must be quoted (a reserved word, mixed case, a space, a quote). Only what {@link OnlineFeature} lists for the
 * database is generated, and every constraint and index is named, so that names compare exactly.
 */
final class RandomSchemas {

    private static final String[] ODD_TABLE_NAMES = {"order", "user", "Mixed Case", "semi;colon", "quote'd",
        "double\"quote", "ünïcödé"};

    private static final String[] ODD_COLUMN_NAMES = {"select", "group", "Value", "two words", "back\\slash",
        "it's", "€uro"};

    private static final String STRING_CHARACTERS = "abcXYZ09 '\"\\;:%_-üé€\u4e2d";

    private static final List<SqlType> TEXT_FREE_TYPES = List.of(Types.INTEGER, Types.BIGINT, Types.SMALLINT,
            Types.BOOLEAN, Types.varchar(1), Types.varchar(40), Types.character(1), Types.character(6),
            Types.numeric(12, 3), Types.numeric(5, 0), Types.REAL, Types.DOUBLE, Types.DATE, Types.TIME,
            Types.time(3), Types.TIMESTAMP, Types.timestamp(2), Types.UUID, Types.BLOB, Types.binary(4),
            Types.varbinary(16), Types.JSON);

    private static final List<SqlType> ZONED_TYPES = List.of(Types.TIMESTAMP_WITH_TIME_ZONE,
            Types.timestampWithTimeZone(3));

    private final Random random;
    private final DatabaseKind kind;
    private final DdlImpl dialect;
    private final List<SqlType> types = new ArrayList<>(TEXT_FREE_TYPES);

    RandomSchemas(Random random, DatabaseKind kind, DdlImpl dialect) {
        this.random = random;
        this.kind = kind;
        this.dialect = dialect;
        if (OnlineFeature.TEXT.on(kind)) {
            types.add(Types.TEXT);
        }
        if (OnlineFeature.ZONED_TYPES.on(kind)) {
            types.addAll(ZONED_TYPES);
        }
    }

    /** One to four tables, each referring only to tables before it. */
    List<Table> schema() {
        List<Table> tables = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            String name = random.nextDouble() < 0.2 ? pick(ODD_TABLE_NAMES) : "t" + i;
            if (names.add(dialect.catalogName(name))) {
                tables.add(table(name, i, tables));
            }
        }
        return tables;
    }

    private Table table(String name, int number, List<Table> earlier) {
        String prefix = "t" + number;
        Table.Builder table = Table.builder(null, name);
        List<Column> columns = new ArrayList<>();
        Set<String> columnNames = new HashSet<>();
        int count = 1 + random.nextInt(8);
        for (int i = 0; i < count; i++) {
            String columnName = random.nextDouble() < 0.15 ? pick(ODD_COLUMN_NAMES) : "c" + i;
            if (columnNames.add(dialect.catalogName(columnName))) {
                columns.add(column(columnName));
            }
        }
        List<String> primaryKey = new ArrayList<>();
        List<Column> keyable = columns.stream().filter(RandomSchemas::keyable).toList();
        if (!keyable.isEmpty() && random.nextDouble() < 0.8) {
            Column first = keyable.get(random.nextInt(keyable.size()));
            primaryKey.add(first.name());
            if (keyable.size() > 1 && random.nextDouble() < 0.2) {
                keyable.stream().filter(c -> !c.name().equals(first.name())).findFirst()
                    .ifPresent(second -> primaryKey.add(second.name()));
            }
            replace(columns, first.name(), numbered(first.notNull(), primaryKey.size() == 1));
            primaryKey.stream().skip(1).forEach(c -> replace(columns, c, find(columns, c).notNull()));
            table.primaryKey(new PrimaryKey("pk_" + prefix, primaryKey));
        }
        Column integer = columns.stream().filter(c -> c.type().kind() == Kind.INTEGER && c.identity() == null
                && !c.autoIncrement()).findFirst().orElse(null);
        if (integer != null && random.nextDouble() < 0.3 && generatedColumnsSupported()) {
            boolean stored = OnlineFeature.STORED_COMPUTED.on(kind)
                    && (!OnlineFeature.VIRTUAL_COMPUTED.on(kind) || random.nextBoolean());
            columns.add(Column.of("generated", Types.INTEGER)
                .withComputed(new Computed(dialect.quote(integer.name()) + " * 2", stored)));
        }
        foreignKeyTo(earlier, prefix, columns, table);
        if (OnlineFeature.COMMENTS.on(kind) && random.nextDouble() < 0.3) {
            table.comment(string(12));
        }
        columns.forEach(table::column);
        List<Column> keys = columns.stream().filter(RandomSchemas::keyable).toList();
        if (!keys.isEmpty() && random.nextDouble() < 0.3) {
            List<String> unique = someOf(keys, 2);
            if (!unique.equals(primaryKey)) {
                table.unique(new UniqueConstraint("uq_" + prefix, unique, false));
            }
        }
        for (int i = 0; i < 2 && !keys.isEmpty(); i++) {
            if (random.nextDouble() < 0.4) {
                table.index(index("ix_" + prefix + "_" + i, keys, integer));
            }
        }
        // MariaDB checks no auto-incremented column and no column of a foreign key (ref_…) that has actions
        columns.stream().filter(c -> c.type().kind() == Kind.INTEGER && c.computed() == null && !c.autoIncrement()
                && !c.name().startsWith("ref_"))
            .findFirst()
            .filter(c -> random.nextDouble() < 0.25)
            .ifPresent(c -> table.check(new CheckConstraint("ck_" + prefix, dialect.quote(c.name()) + " >= 0")));
        return table.build();
    }

    private boolean generatedColumnsSupported() {
        return OnlineFeature.STORED_COMPUTED.on(kind) || OnlineFeature.VIRTUAL_COMPUTED.on(kind);
    }

    /** Now and then adds to {@code table} a foreign key, and its columns, to an earlier table's primary key. */
    private void foreignKeyTo(List<Table> earlier, String prefix, List<Column> columns, Table.Builder table) {
        List<Table> targets = earlier.stream().filter(t -> t.primaryKey() != null).toList();
        if (targets.isEmpty() || random.nextDouble() > 0.5) {
            return;
        }
        Table target = targets.get(random.nextInt(targets.size()));
        ReferentialAction onDelete = pick(ReferentialAction.values());
        ReferentialAction onUpdate = pick(ReferentialAction.values());
        List<String> fkColumns = new ArrayList<>();
        for (String targetColumn : target.primaryKey().columns()) {
            SqlType type = find(target.columns(), targetColumn).type();
            String name = "ref_" + fkColumns.size();
            Column column = Column.of(name, type);
            boolean nullable = onDelete == ReferentialAction.SET_NULL || onUpdate == ReferentialAction.SET_NULL
                    || random.nextBoolean();
            columns.add(nullable ? column : column.notNull());
            fkColumns.add(name);
        }
        ForeignKey fk = new ForeignKey("fk_" + prefix, fkColumns, null, target.name(), target.primaryKey().columns(),
                onDelete, onUpdate, false, false);
        if (OnlineFeature.DEFERRABLE_FOREIGN_KEYS.on(kind) && random.nextDouble() < 0.3) {
            fk = fk.deferrable(random.nextBoolean());
        }
        table.foreignKey(fk);
    }

    private Index index(String name, List<Column> keys, Column integer) {
        List<IndexElement> elements = new ArrayList<>();
        for (String column : someOf(keys, 3)) {
            IndexElement element = IndexElement.column(column);
            elements.add(random.nextDouble() < 0.3 ? element.desc() : element);
        }
        if (integer != null && OnlineFeature.EXPRESSION_INDEXES.on(kind) && random.nextDouble() < 0.3) {
            elements.add(IndexElement.expression(dialect.quote(integer.name()) + " + 1"));
        }
        String where = integer != null && OnlineFeature.PARTIAL_INDEXES.on(kind) && random.nextDouble() < 0.3
                ? dialect.quote(integer.name()) + " > 0" : null;
        List<String> include = new ArrayList<>();
        if (OnlineFeature.INCLUDE_INDEXES.on(kind) && random.nextDouble() < 0.3) {
            keys.stream().map(Column::name).filter(c -> elements.stream().noneMatch(e -> c.equals(e.column())))
                .findFirst().ifPresent(include::add);
        }
        return new Index(name, elements, random.nextDouble() < 0.3, where, include);
    }

    private Column column(String name) {
        SqlType type = types.get(random.nextInt(types.size()));
        Column column = Column.of(name, type);
        if (random.nextDouble() < 0.3) {
            column = column.notNull();
        }
        if (random.nextDouble() < 0.4) {
            String value = defaultFor(type);
            if (value != null) {
                column = column.withDefault(new ServerDefault(value, value));
            }
        }
        if (OnlineFeature.COMMENTS.on(kind) && random.nextDouble() < 0.2) {
            column = column.withComment(string(20));
        }
        return column;
    }

    /**
     * The key column {@code column}, numbered by the database now and then when it is the table's only key column
     * and an integer: as an identity column or auto-incremented.
     */
    private Column numbered(Column column, boolean onlyKey) {
        boolean integer = switch (column.type().kind()) {
            case INTEGER, BIGINT, SMALLINT -> true;
            default -> false;
        };
        if (!onlyKey || !integer) {
            return column;
        }
        double draw = random.nextDouble();
        Column plain = new Column(column.name(), column.type(), false, null, false, null, null, column.comment());
        if (draw < 0.25 && OnlineFeature.IDENTITY.on(kind)) {
            return plain.withIdentity(new Identity(random.nextBoolean(), 1L + random.nextInt(100),
                    1L + random.nextInt(5), null, null, false, null));
        }
        if (draw < 0.4 && OnlineFeature.AUTO_INCREMENT.on(kind)) {
            return plain.autoIncremented();
        }
        return column;
    }

    /** An SQL default for {@code type}: a literal as the dialect writes it, or an expression; sometimes none. */
    private String defaultFor(SqlType type) {
        Object literal = switch (type.kind()) {
            case INTEGER -> random.nextInt(2001) - 1000;
            case SMALLINT -> random.nextInt(201) - 100;
            case BIGINT -> random.nextLong() / 2;
            case BOOLEAN -> random.nextBoolean();
            case VARCHAR, CHAR -> string(type.length());
            case TEXT -> string(30);
            case NUMERIC -> BigDecimal.valueOf(random.nextInt(20_001) - 10_000, type.scale());
            case REAL, DOUBLE -> (random.nextInt(200) - 100) / 4.0;
            default -> null;
        };
        if (literal != null) {
            return dialect.compiler().literal(literal);
        }
        return switch (type.kind()) {
            case DATE -> "CURRENT_DATE";
            case TIMESTAMP -> "CURRENT_TIMESTAMP";
            default -> null;
        };
    }

    /** A string of at most {@code length} characters, quotes, backslashes and non-ASCII letters among them. */
    private String string(int length) {
        StringBuilder text = new StringBuilder();
        int size = 1 + random.nextInt(Math.min(length, 10));
        for (int i = 0; i < size; i++) {
            text.append(STRING_CHARACTERS.charAt(random.nextInt(STRING_CHARACTERS.length())));
        }
        return text.toString();
    }

    private List<String> someOf(List<Column> columns, int most) {
        List<Column> shuffled = new ArrayList<>(columns);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, 1 + random.nextInt(Math.min(most, shuffled.size()))).stream()
            .map(Column::name).toList();
    }

    /** Whether a column of this type can be part of a key or an index on every database. */
    private static boolean keyable(Column column) {
        return column.computed() == null && switch (column.type().kind()) {
            case INTEGER, BIGINT, SMALLINT, VARCHAR, CHAR, NUMERIC, DATE, TIMESTAMP, UUID, BOOLEAN -> true;
            default -> false;
        };
    }

    private static Column find(List<Column> columns, String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static void replace(List<Column> columns, String name, Column column) {
        columns.set(columns.indexOf(find(columns, name)), column);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
