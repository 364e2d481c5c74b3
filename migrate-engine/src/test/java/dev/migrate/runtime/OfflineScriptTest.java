package dev.migrate.runtime;

import static dev.migrate.script.Rev.map;
import static dev.migrate.script.Rev.rev;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import dev.migrate.Migration;
import dev.migrate.ddl.DdlImpl;
import dev.migrate.ddl.Dialects;
import dev.migrate.ddl.InspectionScope;
import dev.migrate.schema.Table;
import dev.migrate.script.Revision;
import dev.migrate.script.RevisionMap;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

/**
 * Offline scripts run on the real databases: a script executed on one fresh database leaves the same tables,
 * indexes, version table and version rows as the online run leaves on another. The graph has two roots, a branch
 * that merges, a dependency across the roots, and a merge revision whose id needs quoting.
 */
class OfflineScriptTest {

    private static final String ACCOUNT = "1975ea83b712";
    private static final String CART = "27c6a30d7c24";
    private static final String COLUMN = "ae1027a6acf";
    private static final String MERGE = "53ff'de\\5ad5";
    private static final String NETWORKING = "3cac04ae8714";
    private static final String IP = "109ec7d132bf";

    private static final RevisionMap MAP = map(rev(ACCOUNT), rev(CART).down(ACCOUNT), rev(COLUMN).down(ACCOUNT),
            rev(MERGE).down(COLUMN, CART), rev(NETWORKING), rev(IP).down(NETWORKING).dependsOn(COLUMN));

    private static final Map<String, String> TABLES = Map.of(ACCOUNT, "account", CART, "cart", COLUMN, "account_note",
            MERGE, "merged", NETWORKING, "network", IP, "ip_address");

    @DatabaseTest
    void upgradeDowngradeAndStampScriptsLeaveWhatTheOnlineRunsLeave(TestDatabase db) throws Exception {
        try (TestDatabase online = TestDatabase.create(db.kind())) {
            MigrationContext context = MigrationContext.configure(online.connect(), EnvironmentContext.builder()
                .build());
            DdlImpl dialect = Dialects.forUrl(db.url());

            List<String> upgraded = context.run(MAP, heads -> MAP.upgradePlan(heads, "heads"),
                    OfflineScriptTest::migration);
            String upgrade = script(dialect, offline -> offline.run(MAP, List.of(), heads -> MAP.upgradePlan(heads,
                    "heads"), OfflineScriptTest::migration));
            db.executeScript(upgrade);
            assertThat(upgrade).contains("INSERT INTO", "UPDATE", "DELETE FROM");
            assertSame(db, online, dialect);
            assertThat(rows(db, dialect)).containsExactlyInAnyOrderElementsOf(upgraded).contains(MERGE, IP);

            context.run(MAP, heads -> MAP.downgradePlan(heads, ACCOUNT), OfflineScriptTest::migration);
            List<String> heads = MAP.resolve("heads").stream().map(Revision::id).toList();
            db.executeScript(script(dialect, offline -> offline.run(MAP, heads, current -> MAP.downgradePlan(current,
                    ACCOUNT), OfflineScriptTest::migration)));
            assertSame(db, online, dialect);
            assertThat(rows(db, dialect)).as("the networking root does not depend on the account branch")
                .containsExactlyInAnyOrder(ACCOUNT, NETWORKING);

            context.stamp(MAP, List.of("heads"), false);
            db.executeScript(script(dialect, offline -> offline.stamp(MAP, List.of(ACCOUNT, NETWORKING),
                    List.of("heads"))));
            assertSame(db, online, dialect);
            assertThat(rows(db, dialect)).containsExactlyInAnyOrder(MERGE, IP);
        }
    }

    /** Each revision creates its table with a named primary key and an index; its downgrade drops the table. */
    private static Migration migration(Revision revision) {
        String table = TABLES.get(revision.id());
        return new SqlMigration(List.of("CREATE TABLE " + table + " (id INTEGER NOT NULL, name VARCHAR(40) NOT NULL, "
                + "CONSTRAINT pk_" + table + " PRIMARY KEY (id))", "CREATE INDEX ix_" + table + " ON " + table
                + " (name)"), List.of("DROP TABLE " + table));
    }

    private static String script(DdlImpl dialect, Consumer<OfflineMigrationContext> run) {
        StringBuilder out = new StringBuilder();
        run.accept(OfflineMigrationContext.configure(dialect, EnvironmentContext.builder().build(), out));
        return out.toString();
    }

    /** Both databases hold the same tables, columns, keys and indexes, the version table included. */
    private static void assertSame(TestDatabase offline, TestDatabase online, DdlImpl dialect) throws SQLException {
        assertThat(tables(offline, dialect)).isEqualTo(tables(online, dialect));
        assertThat(Set.copyOf(rows(offline, dialect))).isEqualTo(Set.copyOf(rows(online, dialect)));
    }

    private static List<Table> tables(TestDatabase db, DdlImpl dialect) throws SQLException {
        try (Connection connection = db.connect()) {
            return dialect.inspector()
                .inspect(connection, InspectionScope.defaultSchema().versionTable(null, null))
                .get(0)
                .tables()
                .stream()
                .map(table -> new Table(null, table.name(), table.columns(), table.primaryKey(),
                        table.uniqueConstraints(), table.indexes(), table.foreignKeys(), table.checkConstraints(),
                        table.comment()))
                .toList();
        }
    }

    private static List<String> rows(TestDatabase db, DdlImpl dialect) throws SQLException {
        try (Connection connection = db.connect()) {
            return VersionTable.of(dialect, EnvironmentContext.builder().build()).heads(connection);
        }
    }
}
