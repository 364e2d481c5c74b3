package dev.migrate.operations;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.testing.DatabaseKind;

/**
 * Takes out of a table what a database legitimately changes in what it is given, so that a table created through
 * the operations API and the same table read back by the inspector compare equal. It is applied to both sides, and
 * each rule leaves a form it produced unchanged. The rules, each something the database does by design:
 * <ul>
 * <li>Unquoted names fold to the database's case ({@code id} is {@code ID} on H2).</li>
 * <li>Types compare by kind, length, precision, scale, time zone and array-ness, not by spelling
 * ({@code character varying(20)} is {@code VARCHAR(20)}).</li>
 * <li>PostgreSQL keeps all binary data as {@code bytea}: {@code BINARY(n)}, {@code VARBINARY(n)} and {@code BLOB}
 * read back as a {@code VARBINARY} without length.</li>
 * <li>H2 gives {@code TIME} a fractional-second precision of 0 and {@code TIMESTAMP} one of 6 when none is
 * declared.</li>
 * <li>H2 stores the values of every generated column.</li>
 * <li>MariaDB names every primary key {@code PRIMARY} (primary keys compare by columns there), does not tell a
 * unique index from a unique constraint (both compare as unique constraints), gives {@code TIME} and
 * {@code DATETIME} a precision of 0 when none is declared, and keeps the dialect's {@code UUID} as
 * {@code CHAR(36)}; it gives {@code CURRENT_TIMESTAMP} the precision of its column and strips trailing spaces
 * from the default of a {@code CHAR} column, and reads numbers back in their column's form; it quotes names in expressions with backquotes. InnoDB keeps {@code RESTRICT} as
 * {@code NO ACTION} (the same to it) and takes {@code SET DEFAULT} without supporting it, as {@code NO ACTION}
 * too.</li>
 * <li>Server defaults compare by the inspector's normalised form (PostgreSQL's casts of literals taken off), outer
 * parentheses removed, and outside string literals case-insensitively ({@code true} is {@code TRUE}).</li>
 * <li>The default behind an auto-increment column is the database's ({@code nextval('t_id_seq')}) and is not
 * compared.</li>
 * <li>Identity columns compare by generation ({@code ALWAYS} or {@code BY DEFAULT}), start and increment; the
 * bounds, cache and cycle the model leaves unset are the database's defaults.</li>
 * <li>Expressions (generated columns, checks, index expressions and predicates) are re-rendered by the database
 * (PostgreSQL adds parentheses, H2 quotes names): they compare without parentheses, double quotes, white space and
 * case.</li>
 * <li>The schema of a table and of a foreign key's target is the test's own and is not compared.</li>
 * </ul>
 */
final class SchemaNormalizer {

    private static final Pattern UTF8_BYTES = Pattern.compile("(?i)CONVERT\\(X'([0-9a-f]*)' USING utf8mb4\\)");

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final DatabaseKind kind;
    private final DdlImpl dialect;

    SchemaNormalizer(DatabaseKind kind, DdlImpl dialect) {
        this.kind = kind;
        this.dialect = dialect;
    }

    /** {@code table} without what the database may change in it. */
    Table normalize(Table table) {
        Table.Builder builder = Table.builder(null, name(table.name())).comment(table.comment());
        table.columns().forEach(column -> builder.column(column(column)));
        if (table.primaryKey() != null) {
            builder.primaryKey(new PrimaryKey(kind == DatabaseKind.MARIADB ? null : name(table.primaryKey().name()),
                    table.primaryKey().columns().stream().map(this::name).toList()));
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        table.uniqueConstraints().forEach(unique -> uniques.add(new UniqueConstraint(name(unique.name()),
                unique.columns().stream().map(this::name).toList(), unique.nullsNotDistinct())));
        for (Index index : table.indexes()) {
            if (kind == DatabaseKind.MARIADB && index.unique()) {
                uniques.add(new UniqueConstraint(name(index.name()),
                        index.elements().stream().map(element -> name(element.column())).toList(), false));
            }
            else {
                builder.index(index(index));
            }
        }
        uniques.stream().sorted(Comparator.comparing(UniqueConstraint::name)).forEach(builder::unique);
        table.foreignKeys().forEach(fk -> builder.foreignKey(new ForeignKey(name(fk.name()),
                fk.columns().stream().map(this::name).toList(), null, name(fk.targetTable()),
                fk.targetColumns().stream().map(this::name).toList(), action(fk.onDelete()), action(fk.onUpdate()),
                fk.deferrable(),
                fk.initiallyDeferred())));
        table.checkConstraints().forEach(check -> builder.check(new CheckConstraint(name(check.name()),
                expression(check.expression()))));
        return builder.build();
    }

    /** The name the catalog keeps for {@code name}; {@code null} stays {@code null}. */
    String name(String name) {
        return name == null ? null : dialect.catalogName(name);
    }

    /** The type as compared: its kind and sizes without the database's spelling. */
    SqlType type(SqlType type) {
        SqlType shape = new SqlType(type.kind(), type.length(), type.precision(), type.scale(), type.withTimeZone(),
                type.array(), "", type.enumValues());
        if (kind == DatabaseKind.POSTGRESQL) {
            return switch (type.kind()) {
                case BINARY, VARBINARY, BLOB -> SqlType.of(SqlType.Kind.VARBINARY, "");
                default -> shape;
            };
        }
        if (kind == DatabaseKind.MARIADB) {
            return switch (type.kind()) {
                case TIME, TIMESTAMP -> type.precision() == null ? shape.withPrecision(0, null) : shape;
                case UUID -> new SqlType(SqlType.Kind.CHAR, 36, null, null, false, false, "", List.of());
                default -> shape;
            };
        }
        if (kind == DatabaseKind.H2 && type.precision() == null) {
            return switch (type.kind()) {
                case TIME -> shape.withPrecision(0, null);
                case TIMESTAMP -> shape.withPrecision(6, null);
                default -> shape;
            };
        }
        return shape;
    }

    private Column column(Column column) {
        Identity identity = column.identity();
        Computed computed = column.computed();
        ServerDefault serverDefault = column.autoIncrement() || column.serverDefault() == null ? null
                : new ServerDefault("", defaultValue(column, defaultValue(column.serverDefault().normalized())));
        return new Column(name(column.name()), type(column.type()), column.nullable(), serverDefault,
                column.autoIncrement(),
                identity == null ? null : new Identity(identity.always(), identity.start(), identity.increment(), null,
                        null, false, null),
                computed == null ? null : new Computed(expression(computed.expression()),
                        computed.stored() || kind == DatabaseKind.H2),
                column.comment());
    }

    /** InnoDB keeps {@code RESTRICT} and {@code SET DEFAULT} (which it does not support) as {@code NO ACTION}. */
    private ReferentialAction action(ReferentialAction action) {
        return kind == DatabaseKind.MARIADB && (action == ReferentialAction.RESTRICT
                || action == ReferentialAction.SET_DEFAULT) ? ReferentialAction.NO_ACTION : action;
    }

    /**
     * MariaDB gives {@code CURRENT_TIMESTAMP} the precision of its column, keeps the default of a {@code CHAR}
     * column without trailing spaces, as every value of it, and reads a number back in its column's form
     * ({@code -2} for {@code -2.0} in a {@code FLOAT}): numbers compare by value.
     */
    private String defaultValue(Column column, String value) {
        if (kind != DatabaseKind.MARIADB) {
            return value;
        }
        if (NUMBER.matcher(value).matches()) {
            BigDecimal number = new BigDecimal(value);
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        }
        if (column.type().kind() == SqlType.Kind.CHAR && value.startsWith("'")) {
            return value.substring(0, value.length() - 1).stripTrailing() + "'";
        }
        return value.equals("CURRENT_TIMESTAMP(" + column.type().precision() + ")") ? "CURRENT_TIMESTAMP" : value;
    }

    private Index index(Index index) {
        return new Index(name(index.name()), index.elements().stream()
            .map(element -> new IndexElement(name(element.column()),
                    element.expression() == null ? null : expression(element.expression()), element.descending(),
                    element.nulls()))
            .toList(), index.unique(), index.where() == null ? null : expression(index.where()),
                index.include().stream().map(this::name).toList());
    }

    /**
     * A default as compared: outer parentheses off, upper case unless it is a string literal, which MariaDB's
     * dialect writes as its UTF-8 bytes when it holds a backslash ({@code CONVERT(X'…' USING utf8mb4)}).
     */
    static String defaultValue(String expression) {
        String value = expression.strip();
        Matcher bytes = UTF8_BYTES.matcher(value);
        if (bytes.matches()) {
            value = "'" + new String(HexFormat.of().parseHex(bytes.group(1)), StandardCharsets.UTF_8)
                .replace("'", "''") + "'";
        }
        while (value.startsWith("(") && value.endsWith(")")) {
            value = value.substring(1, value.length() - 1).strip();
        }
        return value.startsWith("'") ? value : value.toUpperCase(Locale.ROOT);
    }

    /** An expression as compared: without parentheses, quotes around names and white space, in upper case. */
    static String expression(String expression) {
        return expression.replaceAll("[()\"`\\s]", "").toUpperCase(Locale.ROOT);
    }
}
