package dev.migrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import dev.migrate.MigrateException;
import dev.migrate.ddl.Dialects;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

class VersionTableTest {

    @DatabaseTest
    void readingAMissingTableFindsNoHeadsAndDoesNotCreateIt(TestDatabase db) {
        Connection connection = db.connect();
        VersionTable table = table(connection, null, true);
        assertThat(table.heads(connection)).isEmpty();
        assertThat(table.exists(connection)).isFalse();
    }

    @DatabaseTest
    void createsTheTableOnlyWhenMissing(TestDatabase db) {
        Connection connection = db.connect();
        VersionTable table = table(connection, null, true);
        assertThat(table.createIfMissing(connection)).isTrue();
        assertThat(table.createIfMissing(connection)).isFalse();
        assertThat(table.exists(connection)).isTrue();
        assertThat(table.heads(connection)).isEmpty();
    }

    @DatabaseTest
    void rowsFollowInsertsUpdatesAndDeletes(TestDatabase db) {
        Connection connection = db.connect();
        VersionTable table = table(connection, db.schema(), true);
        table.createIfMissing(connection);
        table.apply(connection, new VersionChange.Insert("a"));
        table.apply(connection, new VersionChange.Insert("b"));
        assertThat(table.heads(connection)).containsExactlyInAnyOrder("a", "b");
        table.apply(connection, new VersionChange.Update("a", "c"));
        table.apply(connection, new VersionChange.Delete("b"));
        assertThat(table.heads(connection)).containsExactly("c");
    }

    @DatabaseTest
    void anUpdateOrDeleteThatMatchesNoRowStopsWithAlembicsMessage(TestDatabase db) {
        Connection connection = db.connect();
        VersionTable table = table(connection, null, true);
        table.createIfMissing(connection);
        table.insert(connection, "a");
        assertThatThrownBy(() -> table.update(connection, "x", "b"))
            .isInstanceOf(MigrateException.class)
            .hasMessage("Online migration expected to match one row when updating 'x' to 'b' in 'migrate_version'; "
                    + "0 found");
        assertThatThrownBy(() -> table.delete(connection, "x"))
            .hasMessage("Online migration expected to match one row when deleting 'x' in 'migrate_version'; 0 found");
        assertThat(table.heads(connection)).containsExactly("a");
    }

    @DatabaseTest
    void aDeleteThatMatchesTwoRowsStops(TestDatabase db) {
        Connection connection = db.connect();
        VersionTable table = table(connection, null, false);
        table.createIfMissing(connection);
        table.insert(connection, "x");
        table.insert(connection, "x");
        assertThatThrownBy(() -> table.delete(connection, "x"))
            .hasMessage("Online migration expected to match one row when deleting 'x' in 'migrate_version'; 2 found");
    }

    @DatabaseTest({DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB, DatabaseKind.H2})
    void theColumnHoldsLongIdsByDefaultAndItsWidthIsConfigurable(TestDatabase db) {
        Connection connection = db.connect();
        String longId = "add_customer_loyalty_points_and_the_tables_that_back_them_0123456789";
        VersionTable wide = table(connection, null, true);
        wide.createIfMissing(connection);
        wide.insert(connection, longId);
        assertThat(wide.heads(connection)).containsExactly(longId);

        VersionTable narrow = new VersionTable(Dialects.detect(connection), null, "narrow_version", 32, true);
        narrow.createIfMissing(connection);
        assertThatThrownBy(() -> narrow.insert(connection, longId)).isInstanceOf(MigrateException.class)
            .hasMessageContaining("Could not change the version table narrow_version");
    }

    @DatabaseTest
    void theTableHasItsPrimaryKey(TestDatabase db) {
        Connection connection = db.connect();
        VersionTable table = table(connection, null, true);
        table.createIfMissing(connection);
        table.insert(connection, "a");
        assertThatThrownBy(() -> table.insert(connection, "a")).isInstanceOf(MigrateException.class);
    }

    @DatabaseTest({DatabaseKind.POSTGRESQL, DatabaseKind.H2, DatabaseKind.SQLITE})
    void readingAMissingTableInsideTheCallersTransactionLeavesTheTransactionUsable(TestDatabase db)
            throws SQLException {
        Connection connection = db.connect();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (id INT)");
            assertThat(table(connection, null, true).heads(connection)).isEmpty();
            statement.execute("INSERT INTO kept VALUES (1)");
            connection.commit();
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM kept")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
        }
    }

    private static VersionTable table(Connection connection, String schema, boolean primaryKey) {
        return new VersionTable(Dialects.detect(connection), schema, "migrate_version", 255, primaryKey);
    }
}
