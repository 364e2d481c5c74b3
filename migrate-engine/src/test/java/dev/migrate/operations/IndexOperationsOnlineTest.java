package dev.migrate.operations;

import static dev.migrate.operations.Definitions.column;
import static dev.migrate.operations.Types.BIGINT;
import static dev.migrate.operations.Types.INTEGER;
import static dev.migrate.operations.Types.varchar;
import static dev.migrate.script.Rev.map;
import static dev.migrate.script.Rev.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;

import dev.migrate.Migration;
import dev.migrate.ddl.StatementFailedException;
import dev.migrate.operations.ops.CreateIndexOp;
import dev.migrate.runtime.EnvironmentContext;
import dev.migrate.runtime.MigrationContext;
import dev.migrate.runtime.MigrationFailedException;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexElement;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.script.RevisionMap;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

/** {@code op.createIndex} and {@code op.dropIndex} against the real databases, then reversed. */
class IndexOperationsOnlineTest {

    private static LiveOperations withAccountTable(TestDatabase db) throws SQLException {
        LiveOperations live = LiveOperations.on(db);
        live.op().createTable("account", column("id", BIGINT).primaryKey(), column("email", varchar(80)),
                column("score", INTEGER), column("region", INTEGER));
        live.mark();
        return live;
    }

    @DatabaseTest
    void createsPlainUniqueAndDescendingIndexes(TestDatabase db) throws SQLException {
        OnlineFeature.INDEXES.require(db.kind());
        LiveOperations live = withAccountTable(db);
        live.op().createIndex("ix_account_email", "account", "email");
        live.op().createIndex("ux_account_region_score", "account", ix -> ix.columns("region").descending("score")
            .unique());

        Index email = Index.on(live.name("ix_account_email"), false, live.name("email"));
        Index regionScore = new Index(live.name("ux_account_region_score"), List.of(IndexElement.column(
                live.name("region")), IndexElement.column(live.name("score")).desc()), true, null, List.of());
        Table account = live.requireTable("account");
        if (db.kind() == DatabaseKind.MARIADB) { // a unique index is a unique key there, like a unique constraint
            assertThat(account.indexes()).containsExactly(email);
            assertThat(account.uniqueConstraints()).containsExactly(new UniqueConstraint(regionScore.name(),
                    List.of(live.name("region"), live.name("score")), false));
        }
        else {
            assertThat(account.indexes()).containsExactly(email, regionScore);
        }
        live.jdbc().createStatement().execute("INSERT INTO account (id, region, score) VALUES (1, 1, 1)");
        assertThatThrownBy(() -> live.jdbc().createStatement()
            .execute("INSERT INTO account (id, region, score) VALUES (2, 1, 1)")).isInstanceOf(SQLException.class);
        live.reverseAndCheck();
    }

    @DatabaseTest
    void ifNotExistsAndIfExistsSkipWhatIsThereOrMissing(TestDatabase db) throws SQLException {
        OnlineFeature.INDEXES.require(db.kind());
        LiveOperations live = withAccountTable(db);
        live.op().createIndex("ix_account_score", "account", ix -> ix.columns("score").ifNotExists());
        live.op().createIndex("ix_account_score", "account", ix -> ix.columns("email").ifNotExists());
        assertThat(live.requireTable("account").indexes())
            .containsExactly(Index.on(live.name("ix_account_score"), false, live.name("score")));
        live.op().dropIndexIfExists("ix_account_score", "account");
        live.op().dropIndexIfExists("ix_account_score", "account");
        assertThat(live.requireTable("account").indexes()).isEmpty();
    }

    @DatabaseTest
    void dropIndexIsReversedByTheIndexItDropped(TestDatabase db) throws SQLException {
        OnlineFeature.INDEXES.require(db.kind());
        LiveOperations live = withAccountTable(db);
        live.op().createIndex("ix_account_email", "account", ix -> ix.descending("email").unique());
        CreateIndexOp created = (CreateIndexOp) live.ran().get(0);
        live.mark();
        live.op().invoke(created.reverse());
        assertThat(live.requireTable("account").indexes()).isEmpty();
        live.reverseAndCheck();
        Table account = live.requireTable("account");
        assertThat(account.indexes().size() + account.uniqueConstraints().size())
            .as("the unique index, a unique key on MariaDB").isEqualTo(1);
    }

    @DatabaseTest
    void createsIndexesOnExpressions(TestDatabase db) throws SQLException {
        LiveOperations live = withAccountTable(db);
        if (db.kind() == DatabaseKind.MARIADB) { // MariaDB indexes columns only
            assertThatThrownBy(() -> live.op().createIndex("ix_account_lower_email", "account",
                    ix -> ix.expression("lower(email)"))).isInstanceOf(StatementFailedException.class)
                .hasMessageContaining("syntax").hasMessageContaining("lower(email)");
            return;
        }
        OnlineFeature.EXPRESSION_INDEXES.require(db.kind());
        live.op().createIndex("ix_account_lower_email", "account", ix -> ix.expression("lower(email)")
            .columns("region"));

        Index index = live.requireTable("account").indexes().get(0);
        assertThat(index.elements()).hasSize(2);
        assertThat(index.elements().get(0).expression()).contains("lower(");
        assertThat(index.elements().get(1)).isEqualTo(IndexElement.column(live.name("region")));
        live.reverseAndCheck();
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void createsPartialIndexesWithIncludedColumnsAndAnAccessMethod(TestDatabase db) throws SQLException {
        OnlineFeature.requireAll(db.kind(), OnlineFeature.PARTIAL_INDEXES, OnlineFeature.INCLUDE_INDEXES);
        LiveOperations live = withAccountTable(db);
        live.op().createIndex("ix_account_active", "account", ix -> ix.columns("email").include("score")
            .where("score > 0").unique());
        live.op().createIndex("ix_account_region_hash", "account", ix -> ix.columns("region").using("hash"));

        assertThat(live.requireTable("account").indexes()).containsExactly(
                new Index("ix_account_active", List.of(IndexElement.column("email")), true, "score > 0",
                        List.of("score")),
                Index.on("ix_account_region_hash", false, "region"));
        assertThat(live.rows("SELECT am.amname FROM pg_class c JOIN pg_am am ON am.oid = c.relam "
                + "WHERE c.relname = 'ix_account_region_hash' AND c.relnamespace = current_schema()::regnamespace"))
            .containsExactly(List.of("hash"));
        live.reverseAndCheck();
    }

    /** The revision that builds an index concurrently, outside the run's transaction, and drops it again. */
    private record ConcurrentIndex(boolean inAutocommitBlock) implements Migration {

        private static final CreateIndexOp CREATE = new CreateIndexOp.Builder().columns("email").concurrently()
            .build(null, "account", "ix_account_email");

        @Override
        public void upgrade(Operations op) {
            run(op, CREATE);
        }

        @Override
        public void downgrade(Operations op) {
            run(op, CREATE.reverse());
        }

        private void run(Operations op, MigrateOperation operation) {
            if (inAutocommitBlock) {
                op.autocommitBlock(() -> op.invoke(operation));
            }
            else {
                op.invoke(operation);
            }
        }
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void createsAndDropsAnIndexConcurrentlyInAnAutocommitBlockOfARealRun(TestDatabase db) throws SQLException {
        LiveOperations live = withAccountTable(db);
        RevisionMap map = map(rev("a1"));
        MigrationContext context = MigrationContext.configure(db.connect(), EnvironmentContext.builder().build());

        context.run(map, heads -> map.upgradePlan(heads, "a1"), revision -> new ConcurrentIndex(true));
        assertThat(live.requireTable("account").indexes())
            .containsExactly(Index.on("ix_account_email", false, "email"));
        assertThat(live.rows("SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_account_email'::regclass"))
            .containsExactly(List.of(true));

        context.run(map, heads -> map.downgradePlan(heads, "base"), revision -> new ConcurrentIndex(true));
        assertThat(live.requireTable("account").indexes()).isEmpty();
        assertThat(context.currentHeads()).isEmpty();
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aConcurrentIndexOutsideAnAutocommitBlockFailsInTheRunsTransaction(TestDatabase db) throws SQLException {
        LiveOperations live = withAccountTable(db);
        RevisionMap map = map(rev("a1"));
        MigrationContext context = MigrationContext.configure(db.connect(), EnvironmentContext.builder().build());

        assertThatThrownBy(() -> context.run(map, heads -> map.upgradePlan(heads, "a1"),
                revision -> new ConcurrentIndex(false)))
            .isInstanceOf(MigrationFailedException.class)
            .hasMessageContaining("CREATE INDEX CONCURRENTLY cannot run inside a transaction block");
        assertThat(live.requireTable("account").indexes()).isEmpty();
    }
}
