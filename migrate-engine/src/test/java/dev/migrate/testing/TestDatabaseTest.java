package dev.migrate.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

class TestDatabaseTest {

    @DatabaseTest
    void connectionsShareTheTestsOwnEmptyDatabase(TestDatabase db) throws SQLException {
        try (Connection first = db.connect(); Connection second = db.connect()) {
            try (ResultSet tables = first.getMetaData().getTables(first.getCatalog(), first.getSchema(), "%",
                    new String[] {"TABLE"})) {
                assertThat(tables.next()).isFalse();
            }
            try (Statement statement = first.createStatement()) {
                statement.execute("CREATE TABLE probe (id INT)");
                statement.execute("INSERT INTO probe VALUES (7)");
            }
            try (Statement statement = second.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT id FROM probe")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(7);
            }
        }
    }

    @DatabaseTest({DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB})
    void serverConnectionsResolveNamesInTheTestsSchema(TestDatabase db) throws SQLException {
        String query = db.kind() == DatabaseKind.POSTGRESQL ? "SELECT current_schema()" : "SELECT DATABASE()";
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo(db.schema());
        }
    }

    @DatabaseTest
    void closeDropsTheDatabase(TestDatabase db) throws Exception {
        TestDatabase dropped = TestDatabase.create(db.kind());
        try (Connection connection = dropped.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE probe (id INT)");
        }
        dropped.close();
        switch (db.kind()) {
            case POSTGRESQL, MARIADB -> {
                try (Connection connection = db.connect(); PreparedStatement statement = connection.prepareStatement(
                        "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?")) {
                    statement.setString(1, dropped.schema());
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        assertThat(rows.getInt(1)).isZero();
                    }
                }
            }
            case H2 -> assertThatThrownBy(() -> DriverManager.getConnection(dropped.url() + ";IFEXISTS=TRUE", "sa", ""))
                .isInstanceOf(SQLException.class);
            case SQLITE -> assertThat(Files.exists(Path.of(dropped.url().substring("jdbc:sqlite:".length()))))
                .isFalse();
        }
    }

    @Test
    void urlsNameTheTestsDatabase() {
        assertThat(TestDatabase.withDatabase("jdbc:mariadb://127.0.0.1:3306/test", "mt_1"))
            .isEqualTo("jdbc:mariadb://127.0.0.1:3306/mt_1");
        assertThat(TestDatabase.withDatabase("jdbc:mariadb://db:3306/test?useSsl=false", "mt_1"))
            .isEqualTo("jdbc:mariadb://db:3306/mt_1?useSsl=false");
        assertThat(TestDatabase.withDatabase("jdbc:mariadb://db:3306", "mt_1"))
            .isEqualTo("jdbc:mariadb://db:3306/mt_1");
        assertThat(TestDatabase.withParameter("jdbc:postgresql://db/test", "currentSchema", "s"))
            .isEqualTo("jdbc:postgresql://db/test?currentSchema=s");
        assertThat(TestDatabase.withParameter("jdbc:postgresql://db/test?ssl=false", "currentSchema", "s"))
            .isEqualTo("jdbc:postgresql://db/test?ssl=false&currentSchema=s");
    }
}
