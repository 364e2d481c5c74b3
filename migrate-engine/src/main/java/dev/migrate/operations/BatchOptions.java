package dev.migrate.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.migrate.schema.Table;
import dev.migrate.schema.TableElement;

/**
 * How {@link Operations#batchAlterTable(String, BatchOptions, java.util.function.Consumer)} changes its table:
 * whether it recreates the table ("move and copy"), how a recreated table orders its columns and, for offline
 * ({@code --sql}) scripts, the table as it is, so that it need not be read from a live database.
 *
 * @param recreate          when the table is recreated
 * @param copyFrom          the table as it is before the batch (Alembic's {@code copy_from}), or {@code null} to
 *                          read it from the database
 * @param partialReordering orderings the recreated table's columns must follow, each a list of column names in the
 *                          order they must come (Alembic's {@code partial_reordering})
 * @param namingConvention  names for the constraints the table has without one, so that the batch can drop them
 * @param overrides         columns, constraints and indexes the recreated table takes over the table as it is
 *                          (Alembic's {@code reflect_args} and {@code table_args})
 */
public record BatchOptions(Recreate recreate, Table copyFrom, List<List<String>> partialReordering,
        NamingConvention namingConvention, List<TableElement> overrides) {

    /** When a batch recreates its table rather than altering it in place. */
    public enum Recreate {
        /** When the database cannot make the changes with {@code ALTER TABLE} (SQLite), otherwise never. */
        AUTO,
        /** On every database. */
        ALWAYS,
        /** Never: every change is an {@code ALTER TABLE}, which the database may refuse. */
        NEVER
    }

    /** Recreate {@link Recreate#AUTO auto}, the table read from the database. */
    public static final BatchOptions DEFAULTS = new BatchOptions(Recreate.AUTO, null, List.of(),
            NamingConvention.NONE, List.of());

    public BatchOptions {
        Objects.requireNonNull(recreate, "recreate");
        partialReordering = partialReordering.stream().map(List::copyOf).toList();
        Objects.requireNonNull(namingConvention, "namingConvention");
        overrides = List.copyOf(overrides);
    }

    /** These options recreating {@code when}. */
    public static BatchOptions recreate(Recreate when) {
        return new BatchOptions(when, null, List.of(), NamingConvention.NONE, List.of());
    }

    /** These options, recreating from {@code table} instead of the table read from the database. */
    public BatchOptions copyFrom(Table table) {
        return new BatchOptions(recreate, Objects.requireNonNull(table, "table"), partialReordering,
                namingConvention, overrides);
    }

    /**
     * These options, and the recreated table's {@code columns} in this order among themselves:
     * {@code partialReordering("c", "d", "a", "b")} orders all four, {@code partialReordering("d", "c")} only puts
     * {@code d} before {@code c}. Call it again for another ordering. The other columns keep their order wherever the
     * orderings allow. Only a recreated table can reorder its columns ({@link Recreate#ALWAYS}).
     */
    public BatchOptions partialReordering(String... columns) {
        List<List<String>> orderings = new ArrayList<>(partialReordering);
        orderings.add(List.of(columns));
        return new BatchOptions(recreate, copyFrom, orderings, namingConvention, overrides);
    }

    /**
     * These options, and names by {@code patterns} for the constraints the recreated table has without a name
     * (Alembic's {@code naming_convention}): with
     * {@code namingConvention(Map.of("fk", "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"))} a batch on
     * SQLite drops an unnamed foreign key of {@code pet.owner_id} as {@code fk_pet_owner_id_owner}. A check without a
     * name, which the batch otherwise leaves out, is kept once a {@code ck} pattern names it. See
     * {@link NamingConvention} for the tokens.
     *
     * @throws dev.migrate.MigrateException for an unknown kind of constraint or token
     */
    public BatchOptions namingConvention(Map<String, String> patterns) {
        return new BatchOptions(recreate, copyFrom, partialReordering, NamingConvention.of(patterns), overrides);
    }

    /**
     * These options, and {@code definitions} ({@link Definitions#column}, {@link Definitions#check}, …) taken over the
     * table as it is read (or given as {@link #copyFrom}) when it is recreated (Alembic's {@code reflect_args} and
     * {@code table_args}): a column replaces the table's own column of that name, for a type or default the database
     * does not read back as declared; its values are copied as they are. A primary key replaces the table's; other
     * constraints and indexes are added, such as a check without a name, which the batch otherwise leaves out. Call
     * it again to add more.
     */
    public BatchOptions override(TableElement... definitions) {
        List<TableElement> all = new ArrayList<>(overrides);
        all.addAll(List.of(definitions));
        return new BatchOptions(recreate, copyFrom, partialReordering, namingConvention, all);
    }
}
