package dev.migrate.operations;

/**
 * Where batch mode puts a column it adds or changes, among the columns of the recreated table (Alembic's
 * {@code insert_before} and {@code insert_after}): {@code batch.addColumn(column("email", TEXT), insertAfter("name"))}.
 * Only a recreated table can order its columns; altered in place, a new column goes last.
 *
 * @param before the column it goes just before, or {@code null}
 * @param after  the column it goes just after, or {@code null}
 */
public record ColumnPosition(String before, String after) {

    public ColumnPosition {
        if ((before == null) == (after == null)) {
            throw new IllegalArgumentException("A column goes either before or after another column");
        }
    }

    /** Just before {@code column}. */
    public static ColumnPosition insertBefore(String column) {
        return new ColumnPosition(column, null);
    }

    /** Just after {@code column}. */
    public static ColumnPosition insertAfter(String column) {
        return new ColumnPosition(null, column);
    }

    @Override
    public String toString() {
        return before != null ? "before " + before : "after " + after;
    }
}
