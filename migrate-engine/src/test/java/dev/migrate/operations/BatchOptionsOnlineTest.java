package dev.migrate.operations;

import static dev.migrate.operations.BatchAlterTableTest.withPets;
import static dev.migrate.operations.Definitions.column;
import static dev.migrate.operations.Reversals.rows;
import static dev.migrate.operations.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import dev.migrate.MigrateException;
import dev.migrate.operations.BatchOptions.Recreate;
import dev.migrate.schema.Column;
import dev.migrate.schema.Index;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

/**
 * The options of {@code op.batchAlterTable} beyond when to recreate, on real databases: SQLite's move and copy and,
 * elsewhere, a table recreated always.
 */
class BatchOptionsOnlineTest {

    private static List<String> names(LiveOperations live, String... names) {
        return Stream.of(names).map(live::name).toList();
    }

    // ---------------------------------------------------------------- partial reordering

    @DatabaseTest
    void partialReorderingOrdersTheRecreatedColumnsAndKeepsTheRest(TestDatabase db) throws SQLException {
        LiveOperations live = withPets(db);

        live.op().batchAlterTable("pet", BatchOptions.recreate(Recreate.ALWAYS)
            .partialReordering("weight", "name")
            .partialReordering("legacy", "owner_ref"), batch -> batch
            .addColumn(column("chip", varchar(20))));

        Table pet = live.requireTable("pet");
        assertThat(pet.columns()).extracting(Column::name)
            .containsExactlyElementsOf(names(live, "id", "legacy", "owner_ref", "weight", "name", "chip"));
        assertThat(pet.uniqueConstraints()).extracting(UniqueConstraint::name).containsExactly(live.name("uq_pet_name"));
        assertThat(pet.indexes()).extracting(Index::name)
            .containsExactlyInAnyOrderElementsOf(names(live, "ix_pet_owner_ref", "ix_pet_weight"));
        assertThat(rows(live.jdbc(), "SELECT id, name, owner_ref, legacy, chip FROM pet ORDER BY id"))
            .containsExactly("1|Rex|1|x|null", "2|Tom|2|y|null", "3|Kit|null|null|null");
    }

    /** Alembic's example: every column named, in the order wanted. */
    @DatabaseTest(DatabaseKind.SQLITE)
    void aCompleteOrderingOrdersEveryColumn(TestDatabase db) throws SQLException {
        LiveOperations live = withPets(db);

        live.op().batchAlterTable("pet", BatchOptions.recreate(Recreate.ALWAYS)
            .partialReordering("weight", "legacy", "owner_ref", "name", "id"), batch -> { });

        assertThat(live.requireTable("pet").columns()).extracting(Column::name)
            .containsExactly("weight", "legacy", "owner_ref", "name", "id");
        assertThat(rows(live.jdbc(), "SELECT * FROM pet ORDER BY id"))
            .containsExactly("12.5|x|1|Rex|1", "4|y|2|Tom|2", "3.5|null|null|Kit|3");
    }

    @DatabaseTest({DatabaseKind.SQLITE, DatabaseKind.POSTGRESQL})
    void aReorderingThatCannotHoldIsRefusedBeforeAnythingRuns(TestDatabase db) throws SQLException {
        LiveOperations live = withPets(db);
        Table before = live.requireTable("pet");
        Operations op = live.op();

        assertThatThrownBy(() -> op.batchAlterTable("pet", BatchOptions.recreate(Recreate.ALWAYS)
            .partialReordering("name", "colour"), batch -> batch.dropColumn("legacy")))
            .isInstanceOf(MigrateException.class)
            .hasMessage("Cannot reorder the columns of pet: it has no column 'colour' once the batch ran; "
                    + "BatchOptions.partialReordering names columns of the new table");
        assertThatThrownBy(() -> op.batchAlterTable("pet", BatchOptions.recreate(Recreate.ALWAYS)
            .partialReordering("name", "weight").partialReordering("weight", "id", "name"), batch -> { }))
            .isInstanceOf(MigrateException.class)
            .hasMessageStartingWith("Cannot reorder the columns of pet: the partial reorderings [[name, weight], "
                    + "[weight, id, name]] contradict each other for [id, name, weight]");
        assertThatThrownBy(() -> op.batchAlterTable("pet", BatchOptions.recreate(Recreate.NEVER)
            .partialReordering("name", "id"), batch -> batch.addColumn(column("chip", varchar(20)))))
            .isInstanceOf(MigrateException.class)
            .hasMessageStartingWith("Can't reorder the columns of pet when using ALTER; please recreate the table");
        assertThat(live.table("pet")).contains(before);
    }
}
