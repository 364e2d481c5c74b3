package dev.migrate.benchmarks.reflection;

/**
 * How much of the schema a contender read, counted from its own result: the check that each one read the whole
 * schema, and a record of what each kind of reading includes. A count is -1 where the contender does not read that
 * kind of object at all.
 *
 * @param tables      tables
 * @param columns     columns of those tables
 * @param primaryKeys primary keys
 * @param foreignKeys foreign keys
 * @param uniques     unique constraints
 * @param indexes     indexes as the contender reports them (some include those behind keys and constraints)
 * @param checks      check constraints
 * @param comments    table and column comments
 */
record SchemaSummary(int tables, int columns, int primaryKeys, int foreignKeys, int uniques, int indexes, int checks,
        int comments) {

    static final int NOT_READ = -1;

    /** Nothing read yet: the start of a sum of per-table summaries. */
    static final SchemaSummary NONE = new SchemaSummary(0, 0, 0, 0, 0, 0, 0, 0);

    /** The counts of this summary and {@code other} added, kind by kind; not read in either is not read. */
    SchemaSummary plus(SchemaSummary other) {
        return new SchemaSummary(sum(tables, other.tables), sum(columns, other.columns),
                sum(primaryKeys, other.primaryKeys), sum(foreignKeys, other.foreignKeys), sum(uniques, other.uniques),
                sum(indexes, other.indexes), sum(checks, other.checks), sum(comments, other.comments));
    }

    private static int sum(int a, int b) {
        return a == NOT_READ || b == NOT_READ ? NOT_READ : a + b;
    }

    /**
     * Fails unless the tables, their columns, foreign keys and (where read) primary keys of a schema of {@code n}
     * benchmark tables were all read ({@code contender} names the reader in the message).
     */
    SchemaSummary requireWholeSchema(String contender, int n) {
        if (tables != n || columns != n * ReflectedDatabase.COLUMNS.size()
                || primaryKeys != n && primaryKeys != NOT_READ || foreignKeys != 2 * n) {
            throw new IllegalStateException(contender + " did not read the whole schema of " + n + " tables: " + this);
        }
        return this;
    }

    /** The counts as {@code tables/columns/primary keys/foreign keys/uniques/indexes/checks/comments}. */
    @Override
    public String toString() {
        return String.join("/", text(tables), text(columns), text(primaryKeys), text(foreignKeys), text(uniques),
                text(indexes), text(checks), text(comments));
    }

    private static String text(int count) {
        return count == NOT_READ ? "–" : Integer.toString(count);
    }
}
