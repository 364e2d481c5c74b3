package dev.migrate.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.EnumType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexElement;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;

/** The readable form of {@code inspect}: one block per table, one line per column, constraint and index. */
final class SchemaText {

    private SchemaText() {
    }

    static String write(List<Schema> schemas) {
        StringBuilder text = new StringBuilder();
        for (Schema schema : schemas) {
            text.append("schema ").append(schema.name()).append('\n');
            for (EnumType type : schema.enumTypes()) {
                text.append("  enum ").append(type.name()).append(" (").append(String.join(", ", type.values()))
                    .append(")\n");
            }
            for (Sequence sequence : schema.sequences()) {
                text.append("  sequence ").append(sequence(sequence)).append('\n');
            }
            for (Table table : schema.tables()) {
                table(table, text);
            }
        }
        return text.toString();
    }

    private static void table(Table table, StringBuilder text) {
        text.append("  table ").append(table.name());
        if (table.comment() != null) {
            text.append("  -- ").append(table.comment());
        }
        text.append('\n');
        int width = table.columns().stream().mapToInt(column -> column.name().length()).max().orElse(0);
        for (Column column : table.columns()) {
            text.append("    ").append(column.name()).append(" ".repeat(width - column.name().length() + 2))
                .append(column(column)).append('\n');
        }
        if (table.primaryKey() != null) {
            text.append("    primary key").append(name(table.primaryKey().name()))
                .append(" (").append(String.join(", ", table.primaryKey().columns())).append(")\n");
        }
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            text.append("    unique").append(name(unique.name())).append(" (").append(String.join(", ",
                    unique.columns())).append(')').append(unique.nullsNotDistinct() ? " nulls not distinct" : "")
                .append('\n');
        }
        for (Index index : table.indexes()) {
            text.append("    ").append(index(index)).append('\n');
        }
        for (ForeignKey foreignKey : table.foreignKeys()) {
            text.append("    ").append(foreignKey(foreignKey)).append('\n');
        }
        for (CheckConstraint check : table.checkConstraints()) {
            text.append("    check").append(name(check.name())).append(" (").append(check.expression()).append(")\n");
        }
    }

    private static String column(Column column) {
        List<String> parts = new ArrayList<>();
        parts.add(column.type().databaseType());
        parts.add(column.nullable() ? "null" : "not null");
        if (column.serverDefault() != null) {
            parts.add("default " + column.serverDefault().raw());
        }
        if (column.autoIncrement()) {
            parts.add("auto-increment");
        }
        if (column.identity() != null) {
            parts.add("generated " + (column.identity().always() ? "always" : "by default") + " as identity");
        }
        if (column.computed() != null) {
            parts.add("generated as (" + column.computed().expression() + ")"
                    + (column.computed().stored() ? " stored" : ""));
        }
        if (column.comment() != null) {
            parts.add("-- " + column.comment());
        }
        return String.join("  ", parts);
    }

    private static String index(Index index) {
        List<String> elements = new ArrayList<>();
        for (IndexElement element : index.elements()) {
            String key = element.column() != null ? element.column() : "(" + element.expression() + ")";
            elements.add(key + (element.descending() ? " desc" : "")
                    + (element.nulls() == IndexElement.NullsOrder.DEFAULT ? ""
                            : " nulls " + element.nulls().name().toLowerCase(Locale.ROOT)));
        }
        return (index.unique() ? "unique index " : "index ") + index.name() + " (" + String.join(", ", elements) + ")"
                + (index.include().isEmpty() ? "" : " include (" + String.join(", ", index.include()) + ")")
                + (index.where() == null ? "" : " where " + index.where());
    }

    private static String foreignKey(ForeignKey key) {
        String target = (key.targetSchema() == null ? "" : key.targetSchema() + ".") + key.targetTable();
        return "foreign key" + name(key.name()) + " (" + String.join(", ", key.columns()) + ") -> " + target + " ("
                + String.join(", ", key.targetColumns()) + ")" + action("on delete", key.onDelete())
                + action("on update", key.onUpdate())
                + (key.deferrable() ? " deferrable" + (key.initiallyDeferred() ? " initially deferred" : "") : "");
    }

    private static String sequence(Sequence sequence) {
        return sequence.name() + " start " + sequence.start() + " increment " + sequence.increment() + " min "
                + sequence.minValue() + " max " + sequence.maxValue() + (sequence.cycle() ? " cycle" : "")
                + " cache " + sequence.cache()
                + (sequence.ownedByTable() == null ? "" : " owned by " + sequence.ownedByTable() + "."
                        + sequence.ownedByColumn());
    }

    private static String action(String clause, ReferentialAction action) {
        return action == null || action == ReferentialAction.NO_ACTION ? ""
                : " " + clause + " " + action.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String name(String name) {
        return name == null ? "" : " " + name;
    }
}
