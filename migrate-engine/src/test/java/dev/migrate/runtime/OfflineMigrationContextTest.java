package dev.migrate.runtime;

import static dev.migrate.operations.Definitions.column;
import static dev.migrate.operations.Types.INTEGER;
import static dev.migrate.script.Rev.map;
import static dev.migrate.script.Rev.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.migrate.Migration;
import dev.migrate.ddl.Dialects;
import dev.migrate.operations.Operations;
import dev.migrate.operations.ops.ExecuteSqlOp;
import dev.migrate.script.Revision;
import dev.migrate.script.RevisionMap;

/**
 * Whole offline scripts (reference §6): the version table's DDL and rows, the step comments, each dialect's
 * terminators and transaction framing. No database is involved; {@code OfflineScriptTest} runs such scripts.
 */
class OfflineMigrationContextTest {

    private static final EnvironmentContext DEFAULTS = EnvironmentContext.builder().build();

    private static final String CREATE_VERSION_TABLE = "CREATE TABLE migrate_version (version_num VARCHAR(255) "
            + "NOT NULL, CONSTRAINT migrate_version_pkc PRIMARY KEY (version_num))";

    private final RevisionMap linear = map(rev("r1").message("step 1"), rev("r2").down("r1").message("step 2"),
            rev("r3").down("r2").message("step 3"));

    /** b and c branch off a and merge in d. */
    private final RevisionMap merged = map(rev("a"), rev("b").down("a"), rev("c").down("a"), rev("d").down("b", "c"));

    @Test
    void upgradeFromBaseOnPostgresqlIsOneTransactionThatCreatesTheVersionTable() {
        String script = script("postgresql", DEFAULTS, context -> context.run(linear, List.of(),
                heads -> linear.upgradePlan(heads, "r3"), OfflineMigrationContextTest::tables));

        assertThat(script).isEqualTo("""
                BEGIN;

                %s;

                -- Running upgrade  -> r1

                CREATE TABLE t_r1 (id INT);

                INSERT INTO migrate_version (version_num) VALUES ('r1');

                -- Running upgrade r1 -> r2

                CREATE TABLE t_r2 (id INT);

                UPDATE migrate_version SET version_num = 'r2' WHERE version_num = 'r1';

                -- Running upgrade r2 -> r3

                CREATE TABLE t_r3 (id INT);

                UPDATE migrate_version SET version_num = 'r3' WHERE version_num = 'r2';

                COMMIT;

                """.formatted(CREATE_VERSION_TABLE));
    }

    @Test
    void aRangeStartsFromItsStartWithoutCreatingTheTableAndReturnsTheHeadsItLeaves() {
        StringBuilder out = new StringBuilder();
        List<String> heads = OfflineMigrationContext.configure(Dialects.named("postgresql"),
                EnvironmentContext.builder().transactionPerMigration(true).build(), out)
            .run(linear, List.of("r1"), current -> linear.upgradePlan(current, "heads"),
                    OfflineMigrationContextTest::tables);

        assertThat(heads).containsExactly("r3");
        assertThat(out).hasToString("""
                BEGIN;

                -- Running upgrade r1 -> r2

                CREATE TABLE t_r2 (id INT);

                UPDATE migrate_version SET version_num = 'r2' WHERE version_num = 'r1';

                COMMIT;

                BEGIN;

                -- Running upgrade r2 -> r3

                CREATE TABLE t_r3 (id INT);

                UPDATE migrate_version SET version_num = 'r3' WHERE version_num = 'r2';

                COMMIT;

                """);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql", "mariadb", "h2", "sqlite"})
    void withoutTransactionalDdlNoTransactionIsWritten(String dialect) {
        String script = script(dialect, DEFAULTS, context -> context.run(linear, List.of(),
                heads -> linear.upgradePlan(heads, "r2"), OfflineMigrationContextTest::tables));

        assertThat(script).isEqualTo("""
                %s;

                -- Running upgrade  -> r1

                CREATE TABLE t_r1 (id INT);

                INSERT INTO migrate_version (version_num) VALUES ('r1');

                -- Running upgrade r1 -> r2

                CREATE TABLE t_r2 (id INT);

                UPDATE migrate_version SET version_num = 'r2' WHERE version_num = 'r1';

                """.formatted(CREATE_VERSION_TABLE));
    }

    @Test
    void sqlServerBeginsATransactionAndEndsEveryBatchWithGo() {
        String script = script("mssql", DEFAULTS, context -> context.run(linear, List.of(),
                heads -> linear.upgradePlan(heads, "r1"), OfflineMigrationContextTest::tables));

        assertThat(script).isEqualTo("""
                BEGIN TRANSACTION;

                %s;
                GO

                -- Running upgrade  -> r1

                CREATE TABLE t_r1 (id INT);
                GO

                INSERT INTO migrate_version (version_num) VALUES ('r1');
                GO

                COMMIT;
                GO

                """.formatted(CREATE_VERSION_TABLE));
    }

    @Test
    void oracleEndsEveryStatementWithASlashLineAndHasNoTransactionByDefault() {
        String script = script("oracle", DEFAULTS, context -> context.run(linear, List.of("r1"),
                heads -> linear.upgradePlan(heads, "r2"), OfflineMigrationContextTest::tables));

        assertThat(script).isEqualTo("""
                -- Running upgrade r1 -> r2

                CREATE TABLE t_r2 (id INT)
                /

                UPDATE migrate_version SET version_num = 'r2' WHERE version_num = 'r1'
                /

                """);
    }

    @Test
    void oracleWithTransactionalDdlForcedSetsATransactionReadWrite() {
        String script = script("oracle", EnvironmentContext.builder().transactionalDdl(true).build(),
                context -> context.run(linear, List.of("r1"), heads -> linear.upgradePlan(heads, "r2"),
                        OfflineMigrationContextTest::tables));

        assertThat(script).startsWith("SET TRANSACTION READ WRITE\n/\n\n-- Running upgrade r1 -> r2\n\n")
            .endsWith("WHERE version_num = 'r1'\n/\n\nCOMMIT\n/\n\n");
    }

    @Test
    void aBranchIsInsertedAndAMergeDeletesOneParentAndUpdatesTheOther() {
        String script = script("sqlite", DEFAULTS, context -> context.run(merged, List.of("b"),
                heads -> merged.upgradePlan(heads, "d"), OfflineMigrationContextTest::tables));

        assertThat(script).isEqualTo("""
                -- Running upgrade a -> c

                CREATE TABLE t_c (id INT);

                INSERT INTO migrate_version (version_num) VALUES ('c');

                -- Running upgrade b, c -> d

                CREATE TABLE t_d (id INT);

                DELETE FROM migrate_version WHERE version_num = 'b';

                UPDATE migrate_version SET version_num = 'd' WHERE version_num = 'c';

                """);
    }

    @Test
    void downgradeOfAMergeUpdatesToOneParentAndInsertsTheOther() {
        List<String> heads = OfflineMigrationContext.configure(Dialects.named("sqlite"), DEFAULTS, new StringBuilder())
            .run(merged, List.of("d"), current -> merged.downgradePlan(current, "b"),
                    OfflineMigrationContextTest::tables);
        String script = script("sqlite", DEFAULTS, context -> context.run(merged, List.of("d"),
                current -> merged.downgradePlan(current, "b"), OfflineMigrationContextTest::tables));

        assertThat(heads).containsExactlyInAnyOrder("b", "c");
        assertThat(script).isEqualTo("""
                -- Running downgrade d -> b, c

                DROP TABLE t_d;

                UPDATE migrate_version SET version_num = 'b' WHERE version_num = 'd';

                INSERT INTO migrate_version (version_num) VALUES ('c');

                """);
    }

    @Test
    void downgradeToBaseDeletesTheLastRowAndNeverDropsTheVersionTable() {
        String script = script("postgresql", DEFAULTS, context -> context.run(linear, List.of("r2"),
                heads -> linear.downgradePlan(heads, "base"), OfflineMigrationContextTest::tables));

        assertThat(script).isEqualTo("""
                BEGIN;

                -- Running downgrade r2 -> r1

                DROP TABLE t_r2;

                UPDATE migrate_version SET version_num = 'r1' WHERE version_num = 'r2';

                -- Running downgrade r1 ->\s

                DROP TABLE t_r1;

                DELETE FROM migrate_version WHERE version_num = 'r1';

                COMMIT;

                """);
    }

    @Test
    void stampWritesOnlyVersionRowsAndCreatesTheTableWhenStartingFromBase() {
        String fromBase = script("h2", DEFAULTS, context -> context.stamp(merged, List.of(), List.of("b")));
        String fromB = script("h2", DEFAULTS, context -> context.stamp(merged, List.of("b"), List.of("d")));
        String toBase = script("h2", DEFAULTS, context -> context.stamp(merged, List.of("b", "c"), List.of("base")));

        assertThat(fromBase).isEqualTo("""
                %s;

                -- Running stamp_revision  -> b

                INSERT INTO migrate_version (version_num) VALUES ('b');

                """.formatted(CREATE_VERSION_TABLE));
        assertThat(fromB).isEqualTo("""
                -- Running stamp_revision b -> d

                UPDATE migrate_version SET version_num = 'd' WHERE version_num = 'b';

                """);
        assertThat(toBase).contains("DELETE FROM migrate_version WHERE version_num = 'b';\n\n")
            .contains("DELETE FROM migrate_version WHERE version_num = 'c';\n\n")
            .doesNotContain("DROP", "CREATE");
    }

    @Test
    void createVersionTableIsItsDdlInTheRunsTransaction() {
        assertThat(script("postgresql", DEFAULTS, OfflineMigrationContext::createVersionTable))
            .isEqualTo("BEGIN;\n\n" + CREATE_VERSION_TABLE + ";\n\nCOMMIT;\n\n");
        assertThat(script("mssql", EnvironmentContext.builder().versionTable("Versions").versionTableSchema("audit")
            .build(), OfflineMigrationContext::createVersionTable))
            .isEqualTo("BEGIN TRANSACTION;\n\nCREATE TABLE audit.[Versions] (version_num VARCHAR(255) NOT NULL, "
                    + "CONSTRAINT [Versions_pkc] PRIMARY KEY (version_num));\nGO\n\nCOMMIT;\nGO\n\n");
        assertThat(script("sqlite", DEFAULTS, OfflineMigrationContext::createVersionTable))
            .isEqualTo(CREATE_VERSION_TABLE + ";\n\n");
    }

    @Test
    void anAutocommitBlockCommitsBeforeAndBeginsAfterUnderTransactionalDdl() {
        Migration concurrently = new Migration() {
            @Override
            public void upgrade(Operations op) {
                op.execute("CREATE TABLE t (id INT)");
                op.autocommitBlock(() -> op.execute("CREATE INDEX CONCURRENTLY ix_t ON t (id)"));
            }

            @Override
            public void downgrade(Operations op) {
            }
        };
        RevisionMap one = map(rev("r1"));

        String postgresql = script("postgresql", DEFAULTS, context -> context.run(one, List.of(),
                heads -> one.upgradePlan(heads, "r1"), revision -> concurrently));
        String mariadb = script("mariadb", DEFAULTS, context -> context.run(one, List.of(),
                heads -> one.upgradePlan(heads, "r1"), revision -> concurrently));

        assertThat(postgresql).contains("""
                CREATE TABLE t (id INT);

                COMMIT;

                CREATE INDEX CONCURRENTLY ix_t ON t (id);

                BEGIN;

                INSERT INTO migrate_version (version_num) VALUES ('r1');

                COMMIT;
                """);
        assertThat(mariadb).doesNotContain("COMMIT", "BEGIN");
    }

    @Test
    void operationsAreWrittenAsTheDialectRendersThemOrAsARegisteredImplementationDoes() {
        RevisionMap one = map(rev("r1"));
        Migration migration = new Migration() {
            @Override
            public void upgrade(Operations op) {
                op.createTable("account", column("id", INTEGER).primaryKey());
                op.execute("INSERT INTO account (id) VALUES (:id)", Map.of("id", 7));
            }

            @Override
            public void downgrade(Operations op) {
            }
        };
        EnvironmentContext replaced = EnvironmentContext.builder()
            .implementation(ExecuteSqlOp.class, (op, dialect) -> List.of("SELECT 'replaced'"))
            .build();

        String rendered = script("postgresql", DEFAULTS, context -> context.run(one, List.of(),
                heads -> one.upgradePlan(heads, "r1"), revision -> migration));
        String implemented = script("postgresql", replaced, context -> context.run(one, List.of(),
                heads -> one.upgradePlan(heads, "r1"), revision -> migration));

        assertThat(rendered).contains("-- Running upgrade  -> r1\n\nCREATE TABLE account (\n")
            .contains("\n);\n\nINSERT INTO account (id) VALUES (7);\n\nINSERT INTO migrate_version");
        assertThat(implemented).contains(";\n\nSELECT 'replaced';\n\nINSERT INTO migrate_version")
            .doesNotContain("VALUES (7)");
    }

    @Test
    void revisionIdsAreWrittenAsLiteralsNoIdCanEnd() {
        RevisionMap odd = map(rev("it's"), rev("back\\slash").down("it's"), rev("two\nlines").down("back\\slash"));

        String postgresql = script("postgresql", DEFAULTS, context -> context.run(odd, List.of(),
                heads -> odd.upgradePlan(heads, "heads"), revision -> new SqlMigration(List.of(), List.of())));
        String mariadb = script("mariadb", DEFAULTS, context -> context.run(odd, List.of("it's"),
                heads -> odd.upgradePlan(heads, "back\\slash"), revision -> new SqlMigration(List.of(), List.of())));

        assertThat(postgresql).contains("VALUES ('it''s');\n")
            .contains("SET version_num = 'back\\slash' WHERE version_num = 'it''s';\n")
            .contains("-- Running upgrade back\\slash -> two\n-- lines\n\n")
            .contains("SET version_num = 'two\nlines' WHERE version_num = 'back\\slash';\n");
        assertThat(mariadb).contains("UPDATE migrate_version SET version_num = CONVERT(X'"
                + "6261636b5c736c617368' USING utf8mb4) WHERE version_num = 'it''s';\n");
    }

    @Test
    void aFailingMigrationNamesTheRevisionAndSaysTheScriptIsIncomplete() {
        StringBuilder out = new StringBuilder();
        OfflineMigrationContext context = OfflineMigrationContext.configure(Dialects.named("postgresql"), DEFAULTS,
                out);
        Map<String, Migration> migrations = Map.of("r1", SqlMigration.table("t_r1"), "r2", new Migration() {
            @Override
            public void upgrade(Operations op) {
                throw new IllegalStateException("cannot work offline");
            }

            @Override
            public void downgrade(Operations op) {
            }
        });

        assertThatThrownBy(() -> context.run(linear, List.of(), heads -> linear.upgradePlan(heads, "r3"),
                revision -> migrations.get(revision.id())))
            .isInstanceOf(MigrationFailedException.class)
            .hasMessage("Upgrade of revision 'r2' (step 2) failed: java.lang.IllegalStateException: cannot work "
                    + "offline. The SQL script written so far is incomplete; do not run it");
        assertThat(out).endsWith("-- Running upgrade r1 -> r2\n\n");
    }

    /** Each revision creates the table {@code t_<id>} and drops it on the way down. */
    private static Migration tables(Revision revision) {
        return SqlMigration.table("t_" + revision.id());
    }

    private static String script(String dialect, EnvironmentContext environment,
            Consumer<OfflineMigrationContext> run) {
        StringBuilder out = new StringBuilder();
        run.accept(OfflineMigrationContext.configure(Dialects.named(dialect), environment, out));
        return out.toString();
    }
}
