package dev.migrate.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.migrate.MigrateException;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

class DialectsTest {

    private static final Map<DatabaseKind, String> EXPECTED = Map.of(DatabaseKind.POSTGRESQL, "postgresql",
            DatabaseKind.MARIADB, "mariadb", DatabaseKind.H2, "h2", DatabaseKind.SQLITE, "sqlite");

    @DatabaseTest
    void detectsTheDialectOfAConnectionAndOfItsUrl(TestDatabase db) throws Exception {
        try (Connection connection = db.connect()) {
            assertThat(Dialects.detect(connection).name()).isEqualTo(EXPECTED.get(db.kind()));
        }
        assertThat(Dialects.forUrl(db.url()).name()).isEqualTo(EXPECTED.get(db.kind()));
    }

    @ParameterizedTest
    @CsvSource({
        "jdbc:postgresql://db:5432/app, postgresql",
        "jdbc:mysql://db:3306/app, mysql",
        "jdbc:mariadb://db:3306/app, mariadb",
        "jdbc:h2:mem:app, h2",
        "jdbc:sqlite:app.db, sqlite",
        "jdbc:sqlserver://db:1433;databaseName=app, mssql",
        "jdbc:oracle:thin:@db:1521/app, oracle"})
    void findsTheDialectOfAUrl(String url, String name) {
        assertThat(Dialects.forUrl(url).name()).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource({"postgresql, true", "mysql, false", "mariadb, false", "h2, false", "sqlite, false", "mssql, true",
        "oracle, false"})
    void declaresWhetherDdlIsTransactional(String name, boolean transactional) {
        assertThat(Dialects.named(name).transactionalDdl()).isEqualTo(transactional);
    }

    @Test
    void findsADialectByNameInAnyCase() {
        assertThat(Dialects.named("PostgreSQL").name()).isEqualTo("postgresql");
        assertThat(Dialects.all()).extracting(DdlImpl::name)
            .containsExactly("postgresql", "mysql", "mariadb", "h2", "sqlite", "mssql", "oracle");
    }

    @Test
    void unknownDatabasesAreNamedInTheError() {
        assertThatThrownBy(() -> Dialects.forUrl("jdbc:db2://db:50000/app"))
            .isInstanceOf(MigrateException.class)
            .hasMessage("No dialect for JDBC URL 'jdbc:db2://db:50000/app'; supported are postgresql, mysql, mariadb, "
                    + "h2, sqlite, mssql, oracle");
        assertThatThrownBy(() -> Dialects.named("db2"))
            .hasMessage("No dialect named 'db2'; known are postgresql, mysql, mariadb, h2, sqlite, mssql, oracle");
    }
}
