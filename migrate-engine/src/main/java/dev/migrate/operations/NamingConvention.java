package dev.migrate.operations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrate.MigrateException;
import dev.migrate.operations.ops.ConstraintType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.TableElement;
import dev.migrate.schema.UniqueConstraint;

/**
 * Names for the constraints a batch finds without one (Alembic's {@code naming_convention} of
 * {@code batch_alter_table}), so that a batch can drop them by name: SQLite keeps foreign keys, unique constraints,
 * checks and primary keys declared without a name unnamed. A pattern per kind of constraint ({@code pk}, {@code uq},
 * {@code fk}, {@code ck}, and {@code ix}, which has nothing to name, since every index has a name) with SQLAlchemy's
 * tokens: {@code %(table_name)s}, {@code %(column_0_name)s} (any index; {@code _key} is the same, {@code _label} is
 * {@code table_column}), {@code %(column_0N_name)s} and {@code %(column_0_N_name)s} (every column, joined without or
 * with {@code _}), {@code %(referred_table_name)s}, {@code %(referred_column_0_name)s} and its {@code 0N} /
 * {@code 0_N} forms, and {@code %(constraint_name)s}, which a constraint without a name cannot give.
 */
public final class NamingConvention {

    /** No names given. */
    public static final NamingConvention NONE = new NamingConvention(Map.of());

    private static final Set<String> KINDS = Set.of("pk", "uq", "fk", "ck", "ix");
    private static final Pattern TOKEN = Pattern.compile("%\\(([^)]*)\\)s");
    private static final Pattern COLUMN_TOKEN =
            Pattern.compile("(referred_)?column_(\\d+|0N|0_N)_(name|key|label)");

    private final Map<String, String> patterns;

    private NamingConvention(Map<String, String> patterns) {
        this.patterns = Map.copyOf(patterns);
    }

    /**
     * The convention of {@code patterns}, by kind:
     * {@code Map.of("fk", "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s")}.
     *
     * @throws MigrateException for an unknown kind or token
     */
    public static NamingConvention of(Map<String, String> patterns) {
        for (Map.Entry<String, String> pattern : new TreeMap<>(patterns).entrySet()) {
            if (!KINDS.contains(pattern.getKey())) {
                throw new MigrateException("Naming convention: unknown kind of constraint '" + pattern.getKey()
                        + "'; use pk, uq, fk, ck or ix");
            }
            Matcher tokens = TOKEN.matcher(pattern.getValue());
            while (tokens.find()) {
                if (!known(tokens.group(1))) {
                    throw new MigrateException("Naming convention " + pattern.getKey() + " '" + pattern.getValue()
                            + "': unknown token " + tokens.group() + "; use %(table_name)s, %(column_0_name)s, "
                            + "%(column_0N_name)s, %(column_0_N_name)s, %(column_0_label)s, "
                            + "%(referred_table_name)s, %(referred_column_0_name)s or %(constraint_name)s");
                }
            }
        }
        return new NamingConvention(new LinkedHashMap<>(patterns));
    }

    private static boolean known(String token) {
        Matcher column = COLUMN_TOKEN.matcher(token);
        if (column.matches()) {
            return column.group(1) == null || column.group(3).equals("name");
        }
        return token.equals("table_name") || token.equals("referred_table_name") || token.equals("constraint_name");
    }

    /**
     * The name this convention gives {@code constraint}, which has none, on {@code table}; {@code null} when it has
     * no pattern for its kind.
     *
     * @throws MigrateException when the pattern asks for what the constraint cannot give: its name, a column it does
     *                          not have (a check's columns are not known), or a referred table of a constraint that
     *                          is not a foreign key
     */
    public String nameFor(String table, TableElement constraint) {
        String kind = kind(constraint);
        String pattern = patterns.get(kind);
        if (pattern == null) {
            return null;
        }
        Matcher tokens = TOKEN.matcher(pattern);
        StringBuilder name = new StringBuilder();
        while (tokens.find()) {
            String value = value(tokens.group(1), table, constraint);
            if (value == null) {
                throw new MigrateException("Naming convention " + kind + " '" + pattern + "' cannot name the "
                        + ConstraintType.of(constraint) + " constraint " + constraint + " of " + table + ": it has no "
                        + "value for " + tokens.group() + "; use tokens every unnamed " + kind + " constraint of "
                        + table + " has, or drop the pattern");
            }
            tokens.appendReplacement(name, Matcher.quoteReplacement(value));
        }
        tokens.appendTail(name);
        return name.toString();
    }

    private static String kind(TableElement constraint) {
        if (constraint instanceof PrimaryKey) {
            return "pk";
        }
        if (constraint instanceof UniqueConstraint) {
            return "uq";
        }
        return constraint instanceof ForeignKey ? "fk" : "ck";
    }

    /** The value of {@code token} for {@code constraint}, or {@code null} when it has none. */
    private static String value(String token, String table, TableElement constraint) {
        if (token.equals("table_name")) {
            return table;
        }
        if (token.equals("constraint_name")) {
            return ConstraintType.nameOf(constraint);
        }
        ForeignKey fk = constraint instanceof ForeignKey foreignKey ? foreignKey : null;
        if (token.equals("referred_table_name")) {
            return fk == null ? null : fk.targetTable();
        }
        Matcher column = COLUMN_TOKEN.matcher(token);
        column.matches();
        boolean referred = column.group(1) != null;
        if (referred && fk == null) {
            return null;
        }
        List<String> columns = referred ? fk.targetColumns() : columnsOf(constraint);
        String owner = referred ? fk.targetTable() : table;
        List<String> values = columns.stream()
            .map(name -> column.group(3).equals("label") ? owner + "_" + name : name)
            .toList();
        return switch (column.group(2)) {
            case "0N" -> values.isEmpty() ? null : String.join("", values);
            case "0_N" -> values.isEmpty() ? null : String.join("_", values);
            default -> {
                int index = Integer.parseInt(column.group(2));
                yield index < values.size() ? values.get(index) : null;
            }
        };
    }

    private static List<String> columnsOf(TableElement constraint) {
        if (constraint instanceof PrimaryKey key) {
            return key.columns();
        }
        if (constraint instanceof UniqueConstraint unique) {
            return unique.columns();
        }
        return constraint instanceof ForeignKey fk ? fk.columns() : List.<String>of();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NamingConvention convention && convention.patterns.equals(patterns);
    }

    @Override
    public int hashCode() {
        return patterns.hashCode();
    }

    @Override
    public String toString() {
        return patterns.toString();
    }
}
