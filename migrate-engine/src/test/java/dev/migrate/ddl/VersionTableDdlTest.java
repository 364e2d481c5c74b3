package dev.migrate.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VersionTableDdlTest {

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "mariadb", "h2", "sqlite", "mssql"})
    void versionTableIsOneWideColumnWithANamedPrimaryKey(String dialect) {
        assertThat(Dialects.named(dialect).versionTableDdl(null, "migrate_version", 255, true))
            .isEqualTo("CREATE TABLE migrate_version (version_num VARCHAR(255) NOT NULL, "
                    + "CONSTRAINT migrate_version_pkc PRIMARY KEY (version_num))");
    }

    @Test
    void oracleUsesVarchar2InCharacters() {
        assertThat(Dialects.named("oracle").versionTableDdl(null, "migrate_version", 255, true))
            .isEqualTo("CREATE TABLE migrate_version (version_num VARCHAR2(255 CHAR) NOT NULL, "
                    + "CONSTRAINT migrate_version_pkc PRIMARY KEY (version_num))");
    }

    @Test
    void schemaLengthAndPrimaryKeyAreConfigurable() {
        DdlImpl postgresql = Dialects.named("postgresql");
        assertThat(postgresql.versionTableDdl("audit", "migrate_version", 32, false))
            .isEqualTo("CREATE TABLE audit.migrate_version (version_num VARCHAR(32) NOT NULL)");
        assertThat(Dialects.named("mssql").versionTableDdl("dbo", "Versions", 64, true))
            .isEqualTo("CREATE TABLE dbo.[Versions] (version_num VARCHAR(64) NOT NULL, "
                    + "CONSTRAINT [Versions_pkc] PRIMARY KEY (version_num))");
        assertThatThrownBy(() -> postgresql.versionTableDdl(null, "migrate_version", 0, true))
            .hasMessage("The version column length must be at least 1, not 0");
    }

    @Test
    void offlineStatementsEndTheWayEachDatabaseExpects() {
        String insert = "INSERT INTO migrate_version (version_num) VALUES ('a')";
        assertThat(Dialects.named("postgresql").offlineStatement(insert)).isEqualTo(insert + ";\n");
        assertThat(Dialects.named("mysql").offlineStatement(insert)).isEqualTo(insert + ";\n");
        assertThat(Dialects.named("mssql").offlineStatement(insert)).isEqualTo(insert + ";\nGO\n");
        assertThat(Dialects.named("oracle").offlineStatement(insert)).isEqualTo(insert + "\n/\n");
    }

    @Test
    void offlineTransactionsUseEachDatabasesStatements() {
        assertThat(Dialects.named("postgresql").beginTransactionSql()).isEqualTo("BEGIN");
        assertThat(Dialects.named("mssql").beginTransactionSql()).isEqualTo("BEGIN TRANSACTION");
        assertThat(Dialects.named("oracle").beginTransactionSql()).isEqualTo("SET TRANSACTION READ WRITE");
        assertThat(Dialects.named("oracle").commitSql()).isEqualTo("COMMIT");
    }
}
