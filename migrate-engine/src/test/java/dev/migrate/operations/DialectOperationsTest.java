package dev.migrate.operations;

import static dev.migrate.operations.Definitions.column;
import static dev.migrate.operations.Reversals.rows;
import static dev.migrate.operations.Reversals.runAndReverse;
import static dev.migrate.operations.Types.numeric;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import dev.migrate.operations.ops.AddColumnOp;
import dev.migrate.operations.ops.RenameTableOp;
import dev.migrate.operations.ops.TableCommentOp;
import dev.migrate.schema.Column;
import dev.migrate.schema.Index;
import dev.migrate.schema.SqlType.Kind;
import dev.migrate.schema.Table;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

/**
 * What every dialect's compiler must get right the same way, run on MariaDB, H2 and SQLite: a table declaring a bit
 * of everything is dropped and created again exactly as it was, a table renamed back and forth, comments, a column
 * added with its default, comment and index, and rows written by {@code execute}, {@code bulkInsert} and
 * {@code inlineLiteral}. Each database's own forms are checked in its
 * {@code …OperationsTest}.
 */
class DialectOperationsTest {

    @DatabaseTest({DatabaseKind.MARIADB, DatabaseKind.H2, DatabaseKind.SQLITE})
    void aTableWithEveryPartIsDroppedAndCreatedAgainAsItWas(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        live.op().invoke(OwnerAndPet.VISIT);
        Table visit = live.table("visit").orElseThrow();
        assertThat(visit.columns()).hasSize(OwnerAndPet.VISIT.columns().size());

        MigrateOperation drop = OwnerAndPet.VISIT.reverse();
        live.op().invoke(drop);
        assertThat(live.table("visit")).isEmpty();
        live.op().invoke(drop.reverse());
        assertThat(live.table("visit")).contains(visit);
    }

    @DatabaseTest({DatabaseKind.MARIADB, DatabaseKind.H2, DatabaseKind.SQLITE})
    void renameTable(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        Table pet = live.table("pet").orElseThrow();
        RenameTableOp rename = new RenameTableOp(null, "pet", "animal");

        live.op().invoke(rename);
        assertThat(live.table("pet")).isEmpty();
        assertThat(live.table("animal").orElseThrow().columns()).isEqualTo(pet.columns());

        live.op().invoke(rename.reverse());
        assertThat(live.table("animal")).isEmpty();
        assertThat(live.table("pet")).contains(pet);
    }

    @DatabaseTest({DatabaseKind.MARIADB, DatabaseKind.H2})
    void tableComments(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        runAndReverse(live, "pet", new TableCommentOp(null, "pet", "animals we 'treat'", null),
                pet -> assertThat(pet.comment()).isEqualTo("animals we 'treat'"));
        runAndReverse(live, "owner", new TableCommentOp(null, "owner", null, "people"),
                owner -> assertThat(owner.comment()).isNull());
    }

    /** SQLite keeps no comment, and drops the column's index before the column when the column is dropped again. */
    @DatabaseTest({DatabaseKind.MARIADB, DatabaseKind.H2, DatabaseKind.SQLITE})
    void addColumnWithDefaultCommentAndIndex(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        String name = live.dialect().catalogName("weight");
        runAndReverse(live, "pet", new AddColumnOp(null, "pet",
                column("weight", numeric(5, 2)).notNull().defaultValue(new BigDecimal("1.50")).comment("in kg")
                    .index(), false, false, false), pet -> {
                Column weight = pet.column(name).orElseThrow();
                assertThat(weight.type().kind()).isEqualTo(Kind.NUMERIC);
                assertThat(weight.type().precision()).isEqualTo(5);
                assertThat(weight.nullable()).isFalse();
                assertThat(weight.serverDefault().normalized()).isEqualTo("1.50");
                assertThat(weight.comment()).isEqualTo(db.kind() == DatabaseKind.SQLITE ? null : "in kg");
                assertThat(pet.indexes()).extracting(Index::name)
                    .contains(live.dialect().catalogName("ix_pet_weight"));
            });
    }

    @DatabaseTest({DatabaseKind.MARIADB, DatabaseKind.H2, DatabaseKind.SQLITE})
    void executeAndBulkInsertWriteRows(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        Operations op = live.op();
        op.execute("INSERT INTO owner (name, nickname) VALUES (:name, :nick)", Map.of("name", "Ann", "nick", "A"));
        op.bulkInsert("pet", List.of(Map.of("id", 1, "name", "Rex", "owner_id", 1),
                Map.of("id", 2, "name", "Tom", "owner_id", 1)));
        op.bulkInsert("pet", List.of(Map.of("id", 3, "name", "Kit", "owner_id", 1)), false);
        op.execute("UPDATE pet SET visits = " + op.inlineLiteral(4) + " WHERE name = " + op.inlineLiteral("Kit"));

        assertThat(rows(live.connection().orElseThrow(), "SELECT o.name, o.nickname, p.name, p.visits FROM pet p "
                + "JOIN owner o ON o.id = p.owner_id ORDER BY p.id"))
            .containsExactly("Ann|A|Rex|0", "Ann|A|Tom|0", "Ann|A|Kit|4");
    }
}
