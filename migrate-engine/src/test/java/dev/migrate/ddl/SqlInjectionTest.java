package dev.migrate.ddl;

import static dev.migrate.operations.Definitions.column;
import static dev.migrate.operations.Definitions.comment;
import static dev.migrate.operations.Types.INTEGER;
import static dev.migrate.operations.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.migrate.MigrateException;
import dev.migrate.operations.LiveOperations;
import dev.migrate.operations.Operations;
import dev.migrate.operations.RenderedOperations;
import dev.migrate.operations.ops.ConstraintType;
import dev.migrate.schema.Column;
import dev.migrate.schema.Table;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

/**
 * Names and values made of every quote character, backslashes and comment markers go through each dialect's quoting
 * and literals: rendered, each statement is read with the database's own lexical rules and the payload must stay
 * inside its quotes; run on PostgreSQL and MariaDB, the objects and values must read back exactly and the table the
 * payload tries to drop must still be there.
 */
class SqlInjectionTest {

    /** Tries to end a literal or an identifier with each kind of quote, then to drop a table. */
    private static final String EVIL = "x'); DROP TABLE victim; -- \\' \" ` ] \\\\ {fn now()} ?:p";

    // ---------------------------------------------------------------- every dialect, as text

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "mariadb", "h2", "sqlite", "mssql", "oracle"})
    void thePayloadStaysInsideItsQuotes(String dialect) {
        RenderedOperations rendered = new RenderedOperations(dialect);
        Operations op = rendered.op();
        List<Runnable> directives = List.of(
            () -> op.createTable(EVIL, column(EVIL, varchar(200)).defaultValue(EVIL), comment(EVIL)),
            () -> op.createTableComment(EVIL, EVIL, EVIL),
            () -> op.addColumn(EVIL, column("note", varchar(200)).defaultValue(EVIL).comment(EVIL)),
            () -> op.alterColumn(EVIL, EVIL, c -> c.newName(EVIL + "2").existingType(varchar(200))),
            () -> op.alterColumn(EVIL, EVIL, c -> c.serverDefault(EVIL).existingServerDefault("x")),
            () -> op.alterColumn(EVIL, EVIL, c -> c.comment(EVIL).existingType(varchar(200))),
            () -> op.dropColumn(EVIL, EVIL),
            () -> op.createIndex(EVIL, EVIL, EVIL),
            () -> op.dropIndex(EVIL, EVIL),
            () -> op.dropConstraint(EVIL, EVIL, ConstraintType.UNIQUE),
            () -> op.renameTable(EVIL, EVIL + "2"),
            () -> op.bulkInsert(EVIL, List.of(Map.of(EVIL, EVIL))),
            () -> op.execute("UPDATE t SET c = :value", Map.of("value", EVIL)));
        int refused = 0;
        for (Runnable directive : directives) {
            try {
                directive.run();
            }
            catch (MigrateException refusedByTheDialect) {
                refused++;
            }
        }
        List<String> statements = rendered.statements();

        assertThat(refused).as("directives the dialect refuses").isLessThanOrEqualTo(3);
        for (String sql : statements) {
            Lexed lexed = Lexed.of(dialect, sql);
            assertThat(lexed.outside()).as(sql).doesNotContain("victim");
            for (String nested : lexed.nestedSql()) {
                assertThat(Lexed.of(dialect, nested).outside()).as(sql).doesNotContain("victim");
            }
        }
        List<String> tableComments = statements.stream()
            .filter(sql -> sql.contains("sp_updateextendedproperty") || sql.startsWith("COMMENT ON TABLE")
                    || sql.startsWith("ALTER TABLE") && sql.contains(" COMMENT "))
            .toList();
        if (dialect.equals("sqlite")) {
            assertThat(tableComments).as("SQLite keeps no comments").isEmpty();
            return;
        }
        String tableComment = tableComments.get(0);
        assertThat(Lexed.of(dialect, tableComment).strings()).as(tableComment).contains(EVIL);
    }

    /**
     * A statement read with a database's lexical rules: the text outside string literals and quoted identifiers, and
     * the decoded contents of the literals.
     */
    private record Lexed(String outside, List<String> strings) {

        static Lexed of(String dialect, String sql) {
            boolean backslashEscapes = dialect.equals("mysql") || dialect.equals("mariadb");
            char identifierOpen = switch (dialect) {
                case "mysql", "mariadb" -> '`';
                case "mssql" -> '[';
                default -> '"';
            };
            char identifierClose = identifierOpen == '[' ? ']' : identifierOpen;
            StringBuilder outside = new StringBuilder();
            List<String> strings = new ArrayList<>();
            int i = 0;
            while (i < sql.length()) {
                char c = sql.charAt(i);
                if (c == '\'' || c == identifierOpen) {
                    char close = c == '\'' ? '\'' : identifierClose;
                    StringBuilder content = new StringBuilder();
                    i++;
                    while (true) {
                        if (i >= sql.length()) {
                            throw new AssertionError("Unterminated quote in: " + sql);
                        }
                        char d = sql.charAt(i);
                        if (close == '\'' && backslashEscapes && d == '\\') {
                            content.append(sql.charAt(i + 1));
                            i += 2;
                        }
                        else if (d == close && i + 1 < sql.length() && sql.charAt(i + 1) == close) {
                            content.append(close);
                            i += 2;
                        }
                        else if (d == close) {
                            i++;
                            break;
                        }
                        else {
                            content.append(d);
                            i++;
                        }
                    }
                    if (c == '\'') {
                        strings.add(content.toString());
                    }
                    outside.append(' ');
                }
                else {
                    outside.append(c);
                    i++;
                }
            }
            return new Lexed(outside.toString(), strings);
        }

        /**
         * The literals the database reads as SQL or as quoted names in turn: SQL Server's {@code exec('alter table
         * …')} and the object names given to {@code sp_rename} and {@code object_id}.
         */
        List<String> nestedSql() {
            return strings.stream().filter(s -> s.startsWith("alter table ") || s.startsWith("[")).toList();
        }
    }

    // ---------------------------------------------------------------- real databases

    @DatabaseTest({DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB})
    void namesAndValuesReadBackExactly(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            LiveOperations live = new LiveOperations(connection, db.schema());
            Operations op = live.op();
            String name = EVIL.substring(0, 40);
            op.createTable("victim", column("id", INTEGER));
            op.createTable(name,
                    column("id", INTEGER).primaryKey(),
                    column(name, varchar(200)).defaultValue(EVIL).comment(EVIL),
                    comment(EVIL));
            op.createIndex(name + "i", name, name);
            op.bulkInsert(name, List.of(Map.of("id", 1, name, EVIL)));
            op.execute("INSERT INTO " + live.dialect().quote(name) + " (id) VALUES (2)");
            op.execute("INSERT INTO victim (id) VALUES (" + op.inlineLiteral(3) + ")");
            op.execute("UPDATE victim SET id = 4 WHERE " + op.inlineLiteral(EVIL) + " = :value",
                    Map.of("value", EVIL));

            Table table = live.table(name).orElseThrow();
            assertThat(table.comment()).isEqualTo(EVIL);
            Column column = table.column(name).orElseThrow();
            assertThat(column.comment()).isEqualTo(EVIL);
            assertThat(table.indexes()).extracting(index -> index.name()).containsExactly(name + "i");
            assertThat(values(connection, "SELECT " + live.dialect().quote(name) + " FROM "
                    + live.dialect().quote(name) + " ORDER BY id")).containsExactly(EVIL, EVIL);
            assertThat(values(connection, "SELECT id FROM victim")).containsExactly("4");
        }
    }

    /**
     * Under {@code NO_BACKSLASH_ESCAPES} MariaDB reads a backslash as itself: values arrive exactly, written as their
     * bytes; the doubled backslashes of a default or comment, which must be plain strings, arrive doubled, but the
     * quoting holds.
     */
    @DatabaseTest(DatabaseKind.MARIADB)
    void mariaDbWithoutBackslashEscapesStillCannotBeBrokenOutOf(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES')");
            }
            LiveOperations live = new LiveOperations(connection, db.schema());
            Operations op = live.op();
            op.createTable("victim", column("id", INTEGER));
            op.createTable("t", column("c", varchar(200)).defaultValue(EVIL).comment(EVIL));
            op.execute("INSERT INTO t () VALUES ()");
            op.execute("INSERT INTO t (c) VALUES (" + op.inlineLiteral(EVIL) + ")");

            assertThat(live.table("victim")).isPresent();
            assertThat(live.table("t").orElseThrow().column("c").orElseThrow().comment())
                .isEqualTo(EVIL.replace("\\", "\\\\"));
            assertThat(values(connection, "SELECT c FROM t")).containsExactly(EVIL.replace("\\", "\\\\"), EVIL);
        }
    }

    private static List<String> values(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
