package dev.migrate.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.migrate.MigrateException;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

class QuotingTest {

    private static final DdlImpl POSTGRESQL = Dialects.named("postgresql");
    private static final DdlImpl MYSQL = Dialects.named("mysql");
    private static final DdlImpl MSSQL = Dialects.named("mssql");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "postgresql | account       | account",
        "postgresql | Account       | \"Account\"",
        "postgresql | user          | \"user\"",
        "postgresql | with space    | \"with space\"",
        "postgresql | 1st           | \"1st\"",
        "postgresql | a-b           | \"a-b\"",
        "mysql      | account       | account",
        "mysql      | order         | `order`",
        "mysql      | Account       | `Account`",
        "mariadb    | returning     | `returning`",
        "mysql      | returning     | returning",
        "h2         | account       | account",
        "h2         | value         | \"VALUE\"",
        "h2         | Account       | \"Account\"",
        "sqlite     | pragma        | \"pragma\"",
        "mssql      | Account       | [Account]",
        "mssql      | user          | [user]",
        "oracle     | comment       | \"COMMENT\"",
        "oracle     | account_2     | account_2"})
    void quotesOnlyWhenTheDatabaseWouldReadTheNameDifferently(String dialect, String name, String expected) {
        assertThat(Dialects.named(dialect).quote(name)).isEqualTo(expected);
    }

    @Test
    void quoteCharactersInsideANameAreDoubled() {
        assertThat(POSTGRESQL.quote("x\"; DROP TABLE t; --")).isEqualTo("\"x\"\"; DROP TABLE t; --\"");
        assertThat(MYSQL.quote("x`; DROP TABLE t; --")).isEqualTo("`x``; DROP TABLE t; --`");
        assertThat(MSSQL.quote("x]; DROP TABLE t; --")).isEqualTo("[x]]; DROP TABLE t; --]");
    }

    @Test
    void qualifiesWithTheSchema() {
        assertThat(POSTGRESQL.qualify("audit", "migrate_version")).isEqualTo("audit.migrate_version");
        assertThat(POSTGRESQL.qualify("Audit", "user")).isEqualTo("\"Audit\".\"user\"");
        assertThat(POSTGRESQL.qualify(null, "migrate_version")).isEqualTo("migrate_version");
    }

    @Test
    void rejectsNamesNoDatabaseAccepts() {
        assertThatThrownBy(() -> POSTGRESQL.quote("")).isInstanceOf(MigrateException.class)
            .hasMessage("An identifier must not be empty");
        assertThatThrownBy(() -> POSTGRESQL.quote("a\0b")).hasMessage("Identifier 'a?b' contains a NUL character");
    }

    @DatabaseTest
    void hostileAndReservedNamesRoundTripThroughTheDatabase(TestDatabase db) throws SQLException {
        List<String> names = List.of("Mixed", "user", "select", "with space", "semi;colon", "dq\"uote", "back`tick",
                "brack]et", "x\"; DROP TABLE sentinel; --", "x`; DROP TABLE sentinel; --");
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            DdlImpl dialect = Dialects.detect(connection);
            statement.execute("CREATE TABLE sentinel (id INT)");
            for (String name : names) {
                String table = dialect.quote(name);
                statement.execute("CREATE TABLE " + table + " (" + dialect.quote(name + "_col") + " INT)");
                statement.execute("INSERT INTO " + table + " VALUES (1)");
                try (ResultSet rows = statement.executeQuery("SELECT " + dialect.quote(name + "_col") + " FROM "
                        + table)) {
                    assertThat(rows.next()).as(name).isTrue();
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM sentinel")) {
                assertThat(rows.next()).isTrue();
            }
        }
    }
}
