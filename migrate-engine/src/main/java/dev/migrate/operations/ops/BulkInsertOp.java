package dev.migrate.operations.ops;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import dev.migrate.MigrateException;
import dev.migrate.ddl.DdlImpl;
import dev.migrate.operations.MigrateOperation;

/**
 * {@code op.bulkInsert(…)}: inserts rows given as maps from column name to value. Every row names the same
 * columns. Online the rows are sent as one JDBC batch ({@code multiInsert}) or one statement each; offline each row
 * is an {@code INSERT} with literal values. Not reversible.
 *
 * @param schema      the table's schema, or {@code null}
 * @param table       the table
 * @param columns     the columns every row gives, in the order the statements list them
 * @param rows        the rows, each a list of values in the order of {@code columns}
 * @param multiInsert whether to send the rows as one batch online
 */
public record BulkInsertOp(String schema, String table, List<String> columns, List<List<Object>> rows,
        boolean multiInsert) implements MigrateOperation {

    public BulkInsertOp {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
    }

    /**
     * The operation that inserts {@code rows} into {@code table}; the columns are the rows' keys in alphabetical
     * order.
     *
     * @throws MigrateException when the rows do not all name the same columns
     */
    public static BulkInsertOp of(String schema, String table, List<? extends Map<String, ?>> rows,
            boolean multiInsert) {
        if (rows.isEmpty()) {
            return new BulkInsertOp(schema, table, List.of(), List.of(), multiInsert);
        }
        List<String> columns = List.copyOf(new TreeSet<>(rows.get(0).keySet()));
        List<List<Object>> values = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, ?> row = rows.get(i);
            if (!row.keySet().equals(new HashSet<>(columns))) {
                throw new MigrateException("bulkInsert into " + table + ": row " + (i + 1) + " has the columns "
                        + new TreeSet<>(row.keySet()) + " but the first row has " + columns
                        + "; give every row the same columns");
            }
            List<Object> ordered = new ArrayList<>(columns.size());
            for (String column : columns) {
                ordered.add(row.get(column));
            }
            values.add(ordered);
        }
        return new BulkInsertOp(schema, table, columns, values, multiInsert);
    }

    /** The offline form: one {@code INSERT} with literal values per row. */
    @Override
    public List<String> toSql(DdlImpl dialect) {
        return dialect.compiler().bulkInsert(this);
    }

    @Override
    public void run(DdlImpl dialect, Connection connection) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = dialect.compiler().insertStatement(schema, table, columns);
        if (multiInsert) {
            dialect.executePrepared(connection, sql, rows.stream().map(List::toArray).toList());
        }
        else {
            rows.forEach(row -> dialect.executePrepared(connection, sql, List.<Object[]>of(row.toArray())));
        }
    }
}
