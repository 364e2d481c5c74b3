package dev.migrate.operations;

import static dev.migrate.operations.Definitions.column;
import static dev.migrate.operations.Types.BIGINT;
import static dev.migrate.operations.Types.BOOLEAN;
import static dev.migrate.operations.Types.DATE;
import static dev.migrate.operations.Types.DOUBLE;
import static dev.migrate.operations.Types.INTEGER;
import static dev.migrate.operations.Types.TIME;
import static dev.migrate.operations.Types.TIMESTAMP_WITH_TIME_ZONE;
import static dev.migrate.operations.Types.UUID;
import static dev.migrate.operations.Types.numeric;
import static dev.migrate.operations.Types.varbinary;
import static dev.migrate.operations.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrate.MigrateException;
import dev.migrate.operations.ops.BulkInsertOp;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

/** {@code op.execute} with parameters, {@code op.bulkInsert} and {@code op.inlineLiteral} against the databases. */
class DataOperationsOnlineTest {

    /** The columns of the {@code val} table, by name, with the Java type they are read back as. */
    private static final Map<String, Class<?>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("id", Integer.class);
        COLUMNS.put("s", String.class);
        COLUMNS.put("big", Long.class);
        COLUMNS.put("n", BigDecimal.class);
        COLUMNS.put("b", Boolean.class);
        COLUMNS.put("dbl", Double.class);
        COLUMNS.put("d", LocalDate.class);
        COLUMNS.put("t", LocalTime.class);
        COLUMNS.put("ts", LocalDateTime.class);
        COLUMNS.put("tsz", OffsetDateTime.class);
        COLUMNS.put("u", java.util.UUID.class);
        COLUMNS.put("bin", byte[].class);
    }

    private static LiveOperations withValueTable(TestDatabase db) throws SQLException {
        OnlineFeature.DATA.require(db.kind());
        LiveOperations live = LiveOperations.on(db);
        live.op().createTable("val", column("id", INTEGER).primaryKey(), column("s", varchar(100)),
                column("big", BIGINT), column("n", numeric(12, 3)), column("b", BOOLEAN), column("dbl", DOUBLE),
                column("d", DATE), column("t", TIME), column("ts", Types.timestamp(6)),
                column("tsz", OnlineFeature.ZONED_TYPES.on(db.kind()) ? TIMESTAMP_WITH_TIME_ZONE : Types.timestamp(6)),
                column("u", UUID), column("bin", varbinary(16)));
        return live;
    }

    /** Rows with a value of every literal type, and one of nulls. */
    private static List<Map<String, Object>> rows() {
        Map<String, Object> first = new HashMap<>();
        first.put("id", 1);
        first.put("s", "it's \"quoted\"; \\ back\\slash -- ü€ \u4e2d");
        first.put("big", 9_007_199_254_740_993L);
        first.put("n", new BigDecimal("-12345.678"));
        first.put("b", true);
        first.put("dbl", 0.125);
        first.put("d", LocalDate.of(2024, 2, 29));
        first.put("t", LocalTime.of(23, 59, 58));
        first.put("ts", LocalDateTime.of(2024, 5, 1, 10, 15, 30, 500_000_000));
        first.put("tsz", OffsetDateTime.of(2024, 5, 1, 10, 15, 30, 0, ZoneOffset.UTC));
        first.put("u", java.util.UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
        first.put("bin", new byte[] {0, 1, (byte) 0xff, 0x27, 0x5c});
        Map<String, Object> second = new HashMap<>(first);
        second.put("id", 2);
        second.put("s", "");
        second.put("b", false);
        second.put("n", BigDecimal.ZERO.setScale(3));
        Map<String, Object> nulls = new HashMap<>();
        COLUMNS.keySet().forEach(name -> nulls.put(name, null));
        nulls.put("id", 3);
        return List.of(first, second, nulls);
    }

    /** The rows of {@code val} as maps, each value read as its column's Java type. */
    private static List<Map<String, Object>> read(LiveOperations live) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement statement = live.jdbc().prepareStatement("SELECT " + String.join(", ",
                COLUMNS.keySet()) + " FROM val ORDER BY id"); ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                Map<String, Object> row = new HashMap<>();
                int i = 1;
                for (Map.Entry<String, Class<?>> column : COLUMNS.entrySet()) {
                    Object value = result.getObject(i++, column.getValue());
                    row.put(column.getKey(), value instanceof OffsetDateTime time
                            ? time.withOffsetSameInstant(ZoneOffset.UTC) : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static void assertRows(List<Map<String, Object>> actual, List<Map<String, Object>> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            for (String column : COLUMNS.keySet()) {
                Object value = actual.get(i).get(column);
                Object wanted = expected.get(i).get(column);
                if (wanted instanceof byte[] bytes) {
                    assertThat((byte[]) value).as("row %d, %s", i, column).containsExactly(bytes);
                }
                else {
                    assertThat(value).as("row %d, %s", i, column).isEqualTo(wanted);
                }
            }
        }
    }

    @DatabaseTest
    void bulkInsertSendsEveryValueTypeAsOneBatch(TestDatabase db) throws SQLException {
        LiveOperations live = withValueTable(db);
        live.op().bulkInsert("val", rows());
        assertRows(read(live), rows());
    }

    @DatabaseTest
    void bulkInsertSendsEveryValueTypeRowByRow(TestDatabase db) throws SQLException {
        LiveOperations live = withValueTable(db);
        live.op().bulkInsert("val", rows(), false);
        assertRows(read(live), rows());
    }

    @DatabaseTest
    void bulkInsertsLiteralStatementsAsOfflineModeWritesThemStoreTheSameValues(TestDatabase db) throws SQLException {
        LiveOperations live = withValueTable(db);
        List<String> statements = BulkInsertOp.of(null, "val", rows(), true).toSql(live.dialect());
        assertThat(statements).hasSize(3);
        live.dialect().executeStatements(live.jdbc(), statements);
        assertRows(read(live), rows());
    }

    @DatabaseTest
    void bulkInsertRefusesRowsWithDifferentColumns(TestDatabase db) throws SQLException {
        LiveOperations live = withValueTable(db);
        assertThatThrownBy(() -> live.op().bulkInsert("val", List.of(Map.of("id", 1), Map.of("id", 2, "s", "x"))))
            .isInstanceOf(MigrateException.class)
            .hasMessage("bulkInsert into val: row 2 has the columns [id, s] but the first row has [id]; give every row "
                    + "the same columns");
    }

    @DatabaseTest
    void executeBindsEveryValueType(TestDatabase db) throws SQLException {
        LiveOperations live = withValueTable(db);
        for (Map<String, Object> row : rows()) {
            live.op().execute("INSERT INTO val (" + String.join(", ", COLUMNS.keySet()) + ") VALUES ("
                    + String.join(", ", COLUMNS.keySet().stream().map(name -> ":" + name).toList()) + ")", row);
        }
        assertRows(read(live), rows());
    }

    /** {@code ::} casts are PostgreSQL's (H2 takes them too); MariaDB has only {@code CAST}. */
    @DatabaseTest({DatabaseKind.POSTGRESQL, DatabaseKind.H2})
    void executeLeavesCastsAndQuotedColonsAloneAndCastsParameters(TestDatabase db) throws SQLException {
        LiveOperations live = withValueTable(db);
        live.op().execute("INSERT INTO val (id, s, big) VALUES (:id, ':not_a_parameter at 10:30', :big::bigint)",
                Map.of("id", 1, "big", "41"));
        live.op().execute("UPDATE val SET big = big::integer + :step WHERE id = :id", Map.of("step", 1, "id", 1));
        assertThat(live.rows("SELECT s, big FROM val")).containsExactly(List.of(":not_a_parameter at 10:30", 42L));
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void executeWritesAnEscapedColonAsAColon(TestDatabase db) throws SQLException {
        LiveOperations live = withValueTable(db);
        live.op().execute("INSERT INTO val (id, s) VALUES (:id, ((ARRAY['a', 'b', 'c'])[2\\:3])::text)",
                Map.of("id", 1));
        assertThat(live.rows("SELECT s FROM val")).containsExactly(List.of("{b,c}"));
    }

    @DatabaseTest
    void executeNamesAParameterWithoutAValue(TestDatabase db) throws SQLException {
        LiveOperations live = withValueTable(db);
        assertThatThrownBy(() -> live.op().execute("UPDATE val SET s = :s WHERE id = :id", Map.of("id", 1)))
            .isInstanceOf(MigrateException.class)
            .hasMessage("The SQL has a parameter :s but no value was given for it; give one, or write \\: for a colon "
                    + "that is not a parameter");
    }

    @DatabaseTest
    void inlineLiteralsKeepEveryCharacterOfTheirValue(TestDatabase db) throws SQLException {
        LiveOperations live = withValueTable(db);
        List<String> values = List.of("it's", "''", "back\\slash", "trailing\\", "\\'; DROP TABLE val; --",
                "\"double\"", "semi;colon", "tab\tnew\nline", "ü€\u4e2d\uD83D\uDE00", "$$dollar$$", "E'x'", "?", ":id");
        Operations op = live.op();
        for (int i = 0; i < values.size(); i++) {
            op.execute("INSERT INTO val (id, s) VALUES (" + op.inlineLiteral(i) + ", "
                    + op.inlineLiteral(values.get(i)) + ")");
        }
        assertThat(live.rows("SELECT s FROM val ORDER BY id")).extracting(row -> row.get(0))
            .containsExactlyElementsOf(values);
    }

    @DatabaseTest
    void inlineLiteralsOfEveryTypeAreStoredAsTheValue(TestDatabase db) throws SQLException {
        LiveOperations live = withValueTable(db);
        Operations op = live.op();
        for (Map<String, Object> row : rows()) {
            List<String> literals = COLUMNS.keySet().stream().map(name -> op.inlineLiteral(row.get(name))).toList();
            op.execute("INSERT INTO val (" + String.join(", ", COLUMNS.keySet()) + ") VALUES ("
                    + String.join(", ", literals) + ")");
        }
        assertRows(read(live), rows());
        assertThat(Arrays.asList(op.inlineLiteral(null), op.inlineLiteral(7))).containsExactly("NULL", "7");
    }
}
