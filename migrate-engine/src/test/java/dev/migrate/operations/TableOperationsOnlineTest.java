package dev.migrate.operations;

import static dev.migrate.operations.Definitions.column;
import static dev.migrate.operations.Definitions.foreignKey;
import static dev.migrate.operations.Definitions.index;
import static dev.migrate.operations.Types.BIGINT;
import static dev.migrate.operations.Types.INTEGER;
import static dev.migrate.operations.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;

import dev.migrate.MigrateException;
import dev.migrate.operations.ops.CreateTableOp;
import dev.migrate.operations.ops.DropTableOp;
import dev.migrate.schema.Table;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

/** {@code op.dropTable}, {@code op.renameTable} and table comments against the real databases, then reversed. */
class TableOperationsOnlineTest {

    @DatabaseTest
    void dropTableIsReversedByTheTableItDropped(TestDatabase db) throws SQLException {
        OnlineFeature.TABLES.require(db.kind());
        LiveOperations live = LiveOperations.on(db);
        live.op().createTable("owner", column("id", BIGINT).primaryKey(), column("name", varchar(20)).notNull()
            .defaultValue("n/a"), index("ix_owner_name", "name"));
        CreateTableOp created = (CreateTableOp) live.ran().get(0);
        Table before = live.requireTable("owner");
        live.mark();
        live.op().invoke(new DropTableOp(null, "owner", false, created));

        assertThat(live.table("owner")).isEmpty();
        live.reverseAndCheck();
        assertThat(live.requireTable("owner")).isEqualTo(before);
    }

    @DatabaseTest
    void dropTableIfExistsSkipsAMissingTable(TestDatabase db) throws SQLException {
        OnlineFeature.TABLES.require(db.kind());
        LiveOperations live = LiveOperations.on(db);
        live.op().createTable("gone", column("id", INTEGER));
        live.op().dropTableIfExists("gone");
        assertThat(live.table("gone")).isEmpty();
        live.op().dropTableIfExists("gone");
        assertThat(live.schema().tables()).isEmpty();
    }

    @DatabaseTest
    void aDropTableThatDoesNotKnowTheTableCannotBeReversed(TestDatabase db) throws SQLException {
        OnlineFeature.TABLES.require(db.kind());
        LiveOperations live = LiveOperations.on(db);
        live.op().createTable("owner", column("id", INTEGER));
        live.mark();
        live.op().dropTable("owner");
        assertThatThrownBy(live::reverseAndCheck).isInstanceOf(MigrateException.class)
            .hasMessageContaining("cannot be reversed; write its downgrade by hand");
    }

    @DatabaseTest
    void renameTableKeepsColumnsConstraintsAndIndexesAndIsReversed(TestDatabase db) throws SQLException {
        OnlineFeature.TABLES.require(db.kind());
        LiveOperations live = LiveOperations.on(db);
        live.op().createTable("owner", column("id", BIGINT).primaryKey());
        live.op().createTable("pet", column("id", BIGINT).primaryKey(), column("owner_id", BIGINT),
                foreignKey("fk_pet_owner", List.of("owner_id"), "owner", List.of("id")), index("ix_pet_owner",
                        "owner_id"));
        Table pet = live.requireTable("pet");
        live.mark();
        live.op().renameTable("pet", "animal");

        assertThat(live.table("pet")).isEmpty();
        Table animal = live.requireTable("animal");
        assertThat(animal.columns()).isEqualTo(pet.columns());
        assertThat(animal.foreignKeys()).isEqualTo(pet.foreignKeys());
        assertThat(animal.indexes()).isEqualTo(pet.indexes());
        live.reverseAndCheck();
    }

    @DatabaseTest
    void renameTableToANameThatNeedsQuoting(TestDatabase db) throws SQLException {
        OnlineFeature.TABLES.require(db.kind());
        LiveOperations live = LiveOperations.on(db);
        live.op().createTable("plain", column("id", INTEGER));
        live.mark();
        live.op().renameTable("plain", "Order \"Lines\"; DROP TABLE plain");

        assertThat(live.schema().tables()).extracting(Table::name)
            .containsExactly("Order \"Lines\"; DROP TABLE plain");
        live.reverseAndCheck();
    }

    @DatabaseTest
    void tableCommentsAreSetChangedAndDroppedAndReversed(TestDatabase db) throws SQLException {
        OnlineFeature.COMMENTS.require(db.kind());
        LiveOperations live = LiveOperations.on(db);
        live.op().createTable("pet", column("id", INTEGER));
        live.mark();
        live.op().createTableComment("pet", "first's");
        assertThat(live.requireTable("pet").comment()).isEqualTo("first's");
        live.op().createTableComment("pet", "second \"one\"", "first's");
        assertThat(live.requireTable("pet").comment()).isEqualTo("second \"one\"");
        live.op().dropTableComment("pet", "second \"one\"");
        assertThat(live.requireTable("pet").comment()).isNull();
        live.reverseAndCheck();
        assertThat(live.requireTable("pet").comment()).isNull();
    }

    @DatabaseTest
    void reversingADroppedCommentRestoresIt(TestDatabase db) throws SQLException {
        OnlineFeature.COMMENTS.require(db.kind());
        LiveOperations live = LiveOperations.on(db);
        live.op().createTable("pet", column("id", INTEGER), Definitions.comment("kept"));
        live.mark();
        live.op().dropTableComment("pet", "kept");
        assertThat(live.requireTable("pet").comment()).isNull();
        live.reverseAndCheck();
        assertThat(live.requireTable("pet").comment()).isEqualTo("kept");
    }
}
