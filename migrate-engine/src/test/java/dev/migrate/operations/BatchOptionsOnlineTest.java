package dev.migrate.operations;

import static dev.migrate.operations.BatchAlterTableTest.withPets;
import static dev.migrate.operations.Definitions.check;
import static dev.migrate.operations.Definitions.column;
import static dev.migrate.operations.Reversals.rows;
import static dev.migrate.operations.Types.INTEGER;
import static dev.migrate.operations.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.migrate.MigrateException;
import dev.migrate.operations.BatchOptions.Recreate;
import dev.migrate.operations.ops.ConstraintType;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.Index;
import dev.migrate.schema.SqlType.Kind;
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

    // ---------------------------------------------------------------- naming convention

    private static final Map<String, String> CONVENTION = Map.of(
            "fk", "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "uq", "uq_%(table_name)s_%(column_0_N_name)s",
            "ck", "ck_%(table_name)s",
            "ix", "ix_%(column_0_label)s");

    /** child with an unnamed primary key, foreign key, unique constraint and check, as SQLite keeps them. */
    private static LiveOperations withUnnamedConstraints(TestDatabase db) throws SQLException {
        LiveOperations live = LiveOperations.on(db);
        live.op().createTable("parent", column("id", INTEGER).primaryKey());
        live.op().createTable("child", column("id", INTEGER).primaryKey(), column("code", varchar(5)).unique(),
                column("parent_id", INTEGER).references("parent", "id"), column("n", INTEGER),
                check(null, "n > 0"));
        live.op().execute("INSERT INTO parent (id) VALUES (1)");
        live.op().execute("INSERT INTO child (id, code, parent_id, n) VALUES (1, 'a', 1, 5), (2, 'b', NULL, 7)");
        return live;
    }

    /** The documentation's case: SQLite's unnamed foreign key dropped by the name the convention gives it. */
    @DatabaseTest(DatabaseKind.SQLITE)
    void aNamingConventionNamesUnnamedConstraintsSoThatTheBatchDropsThem(TestDatabase db) throws SQLException {
        LiveOperations live = withUnnamedConstraints(db);

        live.op().batchAlterTable("child", BatchOptions.DEFAULTS.namingConvention(CONVENTION), batch -> batch
            .dropConstraint("fk_child_parent_id_parent", ConstraintType.FOREIGN_KEY)
            .alterColumn("n", c -> c.nullable(false)));

        Table child = live.requireTable("child");
        assertThat(child.foreignKeys()).isEmpty();
        assertThat(child.uniqueConstraints()).containsExactly(new UniqueConstraint("uq_child_code", List.of("code"),
                false));
        assertThat(child.checkConstraints()).as("a check the convention names is kept")
            .containsExactly(new CheckConstraint("ck_child", "n > 0"));
        assertThat(child.primaryKey().columns()).containsExactly("id");
        assertThat(child.column("n").orElseThrow().nullable()).isFalse();
        assertThat(rows(live.jdbc(), "SELECT id, code, parent_id, n FROM child ORDER BY id"))
            .containsExactly("1|a|1|5", "2|b|null|7");
        assertThatThrownBy(() -> live.op().execute("INSERT INTO child (id, code, n) VALUES (3, 'c', 0)"))
            .as("the named check holds").hasMessageContaining("CHECK");

        live.op().batchAlterTable("child", BatchOptions.DEFAULTS.namingConvention(Map.of("pk", "pk_%(table_name)s")),
                batch -> batch.dropConstraint("pk_child").dropConstraint("uq_child_code"));
        assertThat(live.requireTable("child").primaryKey()).isNull();
        assertThat(live.requireTable("child").uniqueConstraints()).isEmpty();
    }

    /** Elsewhere the database names every constraint: the convention leaves those names alone. */
    @DatabaseTest({DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB, DatabaseKind.H2})
    void aNamingConventionLeavesTheNamesTheDatabaseGave(TestDatabase db) throws SQLException {
        LiveOperations live = withUnnamedConstraints(db);
        Table before = live.requireTable("child");
        String foreignKey = before.foreignKeys().get(0).name();

        live.op().batchAlterTable("child", BatchOptions.recreate(Recreate.ALWAYS).namingConvention(CONVENTION),
                batch -> batch.dropConstraint(foreignKey, ConstraintType.FOREIGN_KEY).dropColumn("parent_id"));

        Table child = live.requireTable("child");
        assertThat(child.foreignKeys()).isEmpty();
        assertThat(child.uniqueConstraints()).extracting(UniqueConstraint::name)
            .containsExactlyElementsOf(before.uniqueConstraints().stream().map(UniqueConstraint::name).toList());
        assertThat(child.columns()).extracting(Column::name).containsExactlyElementsOf(names(live, "id", "code", "n"));
        assertThat(rows(live.jdbc(), "SELECT id, code, n FROM child ORDER BY id")).containsExactly("1|a|5", "2|b|7");
    }

    @DatabaseTest(DatabaseKind.SQLITE)
    void aConventionThatCannotNameAConstraintStopsTheBatchBeforeItRuns(TestDatabase db) throws SQLException {
        assertThatThrownBy(() -> BatchOptions.DEFAULTS.namingConvention(Map.of("fk", "fk_%(colum_0_name)s")))
            .isInstanceOf(MigrateException.class)
            .hasMessageStartingWith("Naming convention fk 'fk_%(colum_0_name)s': unknown token %(colum_0_name)s; use "
                    + "%(table_name)s, %(column_0_name)s");
        assertThatThrownBy(() -> BatchOptions.DEFAULTS.namingConvention(Map.of("foreign_key", "fk_%(table_name)s")))
            .hasMessage("Naming convention: unknown kind of constraint 'foreign_key'; use pk, uq, fk, ck or ix");

        LiveOperations live = withUnnamedConstraints(db);
        live.op().addColumn("child", column("other_id", INTEGER).references("parent", "id"));
        Table before = live.requireTable("child");
        Operations op = live.op();
        assertThatThrownBy(() -> op.batchAlterTable("child", BatchOptions.DEFAULTS
            .namingConvention(Map.of("ck", "ck_%(column_0_name)s")), batch -> batch.dropColumn("code")))
            .isInstanceOf(MigrateException.class)
            .hasMessageStartingWith("Naming convention ck 'ck_%(column_0_name)s' cannot name the CHECK constraint ")
            .hasMessageContaining("of child: it has no value for %(column_0_name)s");
        assertThatThrownBy(() -> op.batchAlterTable("child", BatchOptions.DEFAULTS
            .namingConvention(Map.of("fk", "fk_%(table_name)s_%(referred_table_name)s")),
                batch -> batch.dropColumn("code")))
            .isInstanceOf(MigrateException.class)
            .hasMessageStartingWith("Two constraints of child are named fk_child_parent: ");
        assertThat(live.table("child")).contains(before);
    }

    // ---------------------------------------------------------------- overrides

    /** A column's type and nullability given instead of the table's, and a check added, as the copy is made. */
    @DatabaseTest
    void overridesReplaceColumnsAndAddConstraints(TestDatabase db) throws SQLException {
        LiveOperations live = withPets(db);
        BatchOptions options = db.kind() == DatabaseKind.SQLITE ? BatchOptions.DEFAULTS
                : BatchOptions.recreate(Recreate.ALWAYS);

        live.op().batchAlterTable("pet", options.override(
                column("legacy", varchar(40)).defaultValue("none"),
                check("ck_pet_weight", "weight > 0")), batch -> batch
            .dropColumn("owner_ref")
            .alterColumn("name", c -> c.type(varchar(60)).existingType(varchar(30))));

        Table pet = live.requireTable("pet");
        Column legacy = live.column("pet", "legacy");
        assertThat(legacy.type().kind()).isEqualTo(Kind.VARCHAR);
        assertThat(legacy.type().length()).isEqualTo(40);
        assertThat(legacy.serverDefault().normalized()).contains("none");
        assertThat(live.column("pet", "name").type().length()).isEqualTo(60);
        assertThat(pet.checkConstraints()).extracting(CheckConstraint::name)
            .containsExactlyInAnyOrderElementsOf(names(live, "ck_pet_name", "ck_pet_weight"));
        assertThat(rows(live.jdbc(), "SELECT id, name, legacy FROM pet ORDER BY id"))
            .containsExactly("1|Rex|x", "2|Tom|y", "3|Kit|null");
        live.op().execute("INSERT INTO pet (id, name, weight) VALUES (4, 'Ace', 2)");
        assertThat(rows(live.jdbc(), "SELECT legacy FROM pet WHERE id = 4")).containsExactly("none");
        assertThatThrownBy(() -> live.op().execute("INSERT INTO pet (id, name, weight) VALUES (5, 'Bo', 0)"))
            .as("the added check holds").isInstanceOf(RuntimeException.class);
    }

    /** Alembic's advice for SQLite's unnamed checks, which a batch leaves out: state them again. */
    @DatabaseTest(DatabaseKind.SQLITE)
    void anOverrideKeepsAnUnnamedCheck(TestDatabase db) throws SQLException {
        LiveOperations live = withUnnamedConstraints(db);

        live.op().batchAlterTable("child", BatchOptions.DEFAULTS.override(check(null, "n > 0")),
                batch -> batch.dropColumn("code"));

        assertThat(live.requireTable("child").checkConstraints()).containsExactly(new CheckConstraint(null, "n > 0"));
        assertThatThrownBy(() -> live.op().execute("INSERT INTO child (id, n) VALUES (3, 0)"))
            .hasMessageContaining("CHECK");
    }

    @DatabaseTest({DatabaseKind.SQLITE, DatabaseKind.H2})
    void anOverrideOfAColumnTheTableLacksStopsTheBatchBeforeItRuns(TestDatabase db) throws SQLException {
        LiveOperations live = withPets(db);
        Table before = live.requireTable("pet");

        assertThatThrownBy(() -> live.op().batchAlterTable("pet", BatchOptions.recreate(Recreate.ALWAYS)
            .override(column("colour", varchar(10))), batch -> batch.dropColumn("legacy")))
            .isInstanceOf(MigrateException.class)
            .hasMessage("BatchOptions.override names column colour, which " + live.name("pet") + " does not have; "
                    + "override only its "
                    + "columns (" + names(live, "id", "name", "owner_ref", "legacy", "weight")
                    + ") and add new ones with batch.addColumn");
        assertThat(live.table("pet")).contains(before);
    }
}
