package dev.migrate.operations;

import java.util.Objects;

import dev.migrate.schema.Table;

/**
 * How {@link Operations#batchAlterTable(String, BatchOptions, java.util.function.Consumer)} changes its table:
 * whether it recreates the table ("move and copy") and, for offline ({@code --sql}) scripts, the table as it is, so
 * that it need not be read from a live database.
 *
 * @param recreate when the table is recreated
 * @param copyFrom the table as it is before the batch (Alembic's {@code copy_from}), or {@code null} to read it from
 *                 the database
 */
public record BatchOptions(Recreate recreate, Table copyFrom) {

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
    public static final BatchOptions DEFAULTS = new BatchOptions(Recreate.AUTO, null);

    public BatchOptions {
        Objects.requireNonNull(recreate, "recreate");
    }

    /** These options recreating {@code when}. */
    public static BatchOptions recreate(Recreate when) {
        return new BatchOptions(when, null);
    }

    /** These options, recreating from {@code table} instead of the table read from the database. */
    public BatchOptions copyFrom(Table table) {
        return new BatchOptions(recreate, Objects.requireNonNull(table, "table"));
    }
}
