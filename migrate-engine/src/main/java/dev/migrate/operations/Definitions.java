package dev.migrate.operations;

import java.util.List;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.UniqueConstraint;

/**
 * The parts of a table a migration declares, for {@code import static}: columns and the constraints and indexes
 * {@link Operations#createTable(String, dev.migrate.schema.TableElement...)} takes besides them.
 *
 * <pre>{@code
 * op.createTable("visit",
 *         column("id", BIGINT).identity().primaryKey(),
 *         column("pet_id", BIGINT).notNull(),
 *         column("visit_date", DATE),
 *         foreignKey("fk_visit_pet", List.of("pet_id"), "pet", List.of("id")),
 *         index("ix_visit_date", "visit_date"));
 * }</pre>
 */
public final class Definitions {

    private Definitions() {
    }

    /** A nullable column of {@code type}; see {@link ColumnDefinition} for the rest. */
    public static ColumnDefinition column(String name, SqlType type) {
        return ColumnDefinition.of(name, type);
    }

    /** A primary key called {@code name} (or unnamed, if {@code null}) on {@code columns}. */
    public static PrimaryKey primaryKey(String name, String... columns) {
        return new PrimaryKey(name, List.of(columns));
    }

    /** A unique constraint called {@code name} (or unnamed, if {@code null}) on {@code columns}. */
    public static UniqueConstraint unique(String name, String... columns) {
        return new UniqueConstraint(name, List.of(columns), false);
    }

    /** A foreign key from {@code columns} to {@code targetColumns} of {@code targetTable}, with {@code NO ACTION}. */
    public static ForeignKey foreignKey(String name, List<String> columns, String targetTable,
            List<String> targetColumns) {
        return new ForeignKey(name, columns, null, targetTable, targetColumns, ReferentialAction.NO_ACTION,
                ReferentialAction.NO_ACTION, false, false);
    }

    /** A {@code CHECK} constraint called {@code name} on {@code condition}, an SQL expression. */
    public static CheckConstraint check(String name, String condition) {
        return new CheckConstraint(name, condition);
    }

    /** An index called {@code name} on {@code columns}, ascending. */
    public static Index index(String name, String... columns) {
        return Index.on(name, false, columns);
    }

    /** A unique index called {@code name} on {@code columns}, ascending. */
    public static Index uniqueIndex(String name, String... columns) {
        return Index.on(name, true, columns);
    }

    /** The table's comment, for {@code op.createTable}. */
    public static TableComment comment(String text) {
        return new TableComment(text);
    }
}
