package dev.migrate.ddl.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.migrate.schema.Column;
import dev.migrate.schema.Computed;
import dev.migrate.schema.ServerDefault;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.SqlType.Kind;

/**
 * How the inspector reads catalog values in the shapes MySQL 8 gives them, which differ from MariaDB's (read from the
 * real server in {@link MariaDbInspectorTest}). The rows are {@code information_schema.COLUMNS} and
 * {@code CHECK_CONSTRAINTS} values as MySQL 8.0.16 and later report them for the DDL in each test's comment.
 */
class MySqlCatalogValuesTest {

    @Test
    void autoIncrementColumnWithoutDisplayWidth() {
        // id INT NOT NULL AUTO_INCREMENT (MySQL 8.0.19 and later drop the display width)
        Column id = mysql("id", null, false, "int", "int", null, "auto_increment", "");

        assertThat(id).isEqualTo(Column.of("id", SqlType.of(Kind.INTEGER, "int")).notNull().autoIncremented());
    }

    @Test
    void expressionDefaultsAreDefaultsNotGeneratedColumns() {
        // created TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
        Column created = mysql("created", "CURRENT_TIMESTAMP", true, "timestamp", "timestamp", 0,
                "DEFAULT_GENERATED on update CURRENT_TIMESTAMP", "");
        // created3 DATETIME(3) DEFAULT CURRENT_TIMESTAMP(3)
        Column created3 = mysql("created3", "CURRENT_TIMESTAMP(3)", true, "datetime", "datetime(3)", 3,
                "DEFAULT_GENERATED", "");
        // token VARCHAR(36) DEFAULT (uuid())
        Column token = mysql("token", "uuid()", true, "varchar", "varchar(36)", null, "DEFAULT_GENERATED", "");

        assertThat(created.computed()).isNull();
        assertThat(created.serverDefault()).isEqualTo(new ServerDefault("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP"));
        assertThat(created.type()).isEqualTo(SqlType.of(Kind.TIMESTAMP, "timestamp").withPrecision(0, null));
        assertThat(created3.serverDefault())
            .isEqualTo(new ServerDefault("CURRENT_TIMESTAMP(3)", "CURRENT_TIMESTAMP(3)"));
        assertThat(token.computed()).isNull();
        assertThat(token.serverDefault()).isEqualTo(new ServerDefault("uuid()", "uuid()"));
    }

    @Test
    void bareLiteralDefaultsAreQuotedUnlessNumbersOfNumericColumnsOrBitLiterals() {
        assertThat(mysql("code", "abc", true, "char", "char(3)", null, "", "").serverDefault())
            .isEqualTo(new ServerDefault("abc", "'abc'"));
        assertThat(mysql("note", "it's", true, "varchar", "varchar(20)", null, "", "").serverDefault())
            .isEqualTo(new ServerDefault("it's", "'it''s'"));
        assertThat(mysql("zip", "01234", true, "varchar", "varchar(5)", null, "", "").serverDefault())
            .as("a number in a text column is text").isEqualTo(new ServerDefault("01234", "'01234'"));
        assertThat(mysql("balance", "0.00", true, "decimal", "decimal(10,2)", null, "", "").serverDefault())
            .isEqualTo(new ServerDefault("0.00", "0.00"));
        assertThat(mysql("flags", "b'1'", true, "bit", "bit(1)", null, "", "").serverDefault())
            .isEqualTo(new ServerDefault("b'1'", "b'1'"));
        assertThat(mysql("word", "NULL", true, "varchar", "varchar(4)", null, "", "").serverDefault())
            .as("MySQL reports no default as SQL NULL, so the text NULL is the string 'NULL'")
            .isEqualTo(new ServerDefault("NULL", "'NULL'"));
    }

    @Test
    void booleanAndJsonAreTheirOwnTypes() {
        // active TINYINT(1) NOT NULL DEFAULT 1, prefs JSON
        Column active = mysql("active", "1", false, "tinyint", "tinyint(1)", null, "", "");
        Column prefs = mysql("prefs", null, true, "json", "json", null, "", "");

        assertThat(active).isEqualTo(Column.of("active", SqlType.of(Kind.BOOLEAN, "tinyint(1)")).notNull()
            .withDefault(new ServerDefault("1", "TRUE")));
        assertThat(prefs).isEqualTo(Column.of("prefs", SqlType.of(Kind.JSON, "json")));
    }

    @Test
    void generatedColumnsAreStoredOrVirtual() {
        // total BIGINT AS (balance * 100) STORED, half DOUBLE AS (balance / 2) VIRTUAL
        Column total = mysql("total", null, true, "bigint", "bigint", null, "STORED GENERATED",
                "(`balance` * 100)");
        Column half = mysql("half", null, true, "double", "double", null, "VIRTUAL GENERATED", "(`balance` / 2)");

        assertThat(total.computed()).isEqualTo(new Computed("(`balance` * 100)", true));
        assertThat(half.computed()).isEqualTo(new Computed("(`balance` / 2)", false));
        assertThat(total.serverDefault()).isNull();
    }

    @Test
    void mariaDbSpellingsOfTheSameColumnsForComparison() {
        assertThat(mariaDb("created", "current_timestamp()", "timestamp", "timestamp", "on update current_timestamp()")
            .serverDefault()).isEqualTo(new ServerDefault("current_timestamp()", "CURRENT_TIMESTAMP"));
        assertThat(mariaDb("code", "'abc'", "char", "char(3)", "").serverDefault())
            .isEqualTo(new ServerDefault("'abc'", "'abc'"));
        assertThat(mariaDb("code", "NULL", "char", "char(3)", "").serverDefault())
            .as("MariaDB writes no default as the text NULL").isNull();
        assertThat(mariaDb("day", "curdate()", "date", "date", "").serverDefault())
            .isEqualTo(new ServerDefault("curdate()", "CURRENT_DATE"));
        assertThat(mariaDb("paid", "0", "tinyint", "tinyint(1)", "").serverDefault())
            .isEqualTo(new ServerDefault("0", "FALSE"));
        assertThat(mariaDb("path", "'a\\\\b\\'c'", "varchar", "varchar(9)", "").serverDefault())
            .as("MariaDB escapes backslashes in the literals it reads back")
            .isEqualTo(new ServerDefault("'a\\\\b\\'c'", "'a\\b''c'"));
    }

    @Test
    void checkClausesLoseTheParenthesesMySqlWrapsThemIn() {
        assertThat(MySqlInspector.withoutEnclosingParentheses("(`balance` >= 0)")).isEqualTo("`balance` >= 0");
        assertThat(MySqlInspector.withoutEnclosingParentheses("((`a` > 0) and (`b` > 0))"))
            .isEqualTo("(`a` > 0) and (`b` > 0)");
        assertThat(MySqlInspector.withoutEnclosingParentheses("(`a` > 0) and (`b` > 0)"))
            .as("two groups, not one enclosing pair").isEqualTo("(`a` > 0) and (`b` > 0)");
        assertThat(MySqlInspector.withoutEnclosingParentheses("(`a` = _utf8mb4')')"))
            .as("a parenthesis in a string").isEqualTo("`a` = _utf8mb4')'");
        assertThat(MySqlInspector.withoutEnclosingParentheses("(`a` = _utf8mb4'x\\')')"))
            .as("a backslash-escaped quote in a string").isEqualTo("`a` = _utf8mb4'x\\')'");
        assertThat(MySqlInspector.withoutEnclosingParentheses("(`we)ird` > 0)"))
            .as("a parenthesis in a quoted name").isEqualTo("`we)ird` > 0");
        assertThat(MySqlInspector.withoutEnclosingParentheses("`balance` >= 0")).isEqualTo("`balance` >= 0");
    }

    private static Column mysql(String name, String rawDefault, boolean nullable, String dataType,
            String columnType, Integer timePrecision, String extra, String generation) {
        return new CatalogColumn(name, rawDefault, nullable, dataType, columnType, null, null, null, timePrecision,
                extra, "", generation).toColumn(false);
    }

    private static Column mariaDb(String name, String rawDefault, String dataType, String columnType,
            String extra) {
        return new CatalogColumn(name, rawDefault, true, dataType, columnType, null, null, null, null, extra, "",
                null).toColumn(true);
    }
}
