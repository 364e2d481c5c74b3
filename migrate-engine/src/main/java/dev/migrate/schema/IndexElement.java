package dev.migrate.schema;

/**
 * One key of an index: a column or an expression, with its sort order.
 *
 * @param column     the column's name, or {@code null} for an expression
 * @param expression the expression as the database returns it, or {@code null} for a column
 * @param descending whether the key sorts descending
 * @param nulls      where {@code NULL}s sort, when not where the sort direction puts them by default
 */
public record IndexElement(String column, String expression, boolean descending, NullsOrder nulls) {

    /** Where {@code NULL}s sort in an index key. */
    public enum NullsOrder {
        /** Where the database puts them for the key's direction. */
        DEFAULT,
        /** Before all values, though the direction would put them last. */
        FIRST,
        /** After all values, though the direction would put them first. */
        LAST
    }

    public IndexElement {
        if ((column == null) == (expression == null)) {
            throw new IllegalArgumentException("An index key is either a column or an expression");
        }
    }

    /** An ascending column key. */
    public static IndexElement column(String name) {
        return new IndexElement(name, null, false, NullsOrder.DEFAULT);
    }

    /** An ascending expression key. */
    public static IndexElement expression(String expression) {
        return new IndexElement(null, expression, false, NullsOrder.DEFAULT);
    }

    /** This key, sorted descending. */
    public IndexElement desc() {
        return new IndexElement(column, expression, true, nulls);
    }

    /** This key with {@code NULL}s sorted as {@code nulls} says. */
    public IndexElement nulls(NullsOrder nulls) {
        return new IndexElement(column, expression, descending, nulls);
    }
}
