package dev.migrate.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.migrate.schema.Table;

/** Runs operations on a live database and checks what they and their reverses leave in the catalog. */
public final class Reversals {

    private Reversals() {
    }

    /**
     * Runs {@code operation}, hands the table as the inspector reads it then to {@code check}, runs the operation's
     * {@code reverse()} and asserts that the table reads exactly as before.
     */
    public static void runAndReverse(LiveOperations live, String table, MigrateOperation operation,
            Consumer<Table> check) {
        Table before = live.table(table).orElseThrow();
        live.op().invoke(operation);
        check.accept(live.table(table).orElseThrow());
        live.op().invoke(operation.reverse());
        assertThat(live.table(table)).contains(before);
    }

    /** The rows of {@code sql}, each as its columns joined by {@code |}. */
    public static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(result.getString(i));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
