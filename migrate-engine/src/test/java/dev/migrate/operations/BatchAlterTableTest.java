package dev.migrate.operations;

import static dev.migrate.operations.ColumnPosition.insertAfter;
import static dev.migrate.operations.ColumnPosition.insertBefore;
import static dev.migrate.operations.Definitions.check;
import static dev.migrate.operations.Definitions.column;
import static dev.migrate.operations.Definitions.foreignKey;
import static dev.migrate.operations.Definitions.index;
import static dev.migrate.operations.Definitions.unique;
import static dev.migrate.operations.Reversals.rows;
import static dev.migrate.operations.Types.BIGINT;
import static dev.migrate.operations.Types.INTEGER;
import static dev.migrate.operations.Types.TEXT;
import static dev.migrate.operations.Types.numeric;
import static dev.migrate.operations.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.MigrateException;
import dev.migrate.ddl.StatementFailedException;
import dev.migrate.operations.BatchOptions.Recreate;
import dev.migrate.operations.ops.AddColumnOp;
import dev.migrate.operations.ops.BatchAlterTableOp;
import dev.migrate.operations.ops.ConstraintType;
import dev.migrate.operations.ops.DropColumnOp;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexElement;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.SqlType.Kind;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

/**
 * {@code op.batchAlterTable} on real databases: SQLite recreates the table ("move and copy") and keeps its rows,
 * constraints and indexes; elsewhere the batch is plain {@code ALTER TABLE} unless it asks to recreate always.
 */
class BatchAlterTableTest {

    /** owner, and pet with rows, a named check, an unnamed check, a unique constraint and two indexes. */
    static LiveOperations withPets(TestDatabase db) throws SQLException {
        LiveOperations live = new LiveOperations(db.connect(), db.schema());
        Operations op = live.op();
        op.createTable("owner", column("id", INTEGER).primaryKey(), column("name", varchar(40)));
        op.createTable("pet",
                column("id", INTEGER).primaryKey(),
                column("name", varchar(30)).notNull(),
                column("owner_ref", varchar(10)),
                column("legacy", TEXT),
                column("weight", numeric(5, 1)).defaultValue(1),
                check("ck_pet_name", "name <> ''"),
                unique("uq_pet_name", "name"),
                index("ix_pet_weight", "weight"));
        op.createIndex("ix_pet_owner_ref", "pet", "owner_ref");
        execute(live, "INSERT INTO owner (id, name) VALUES (1, 'Ann'), (2, 'Bob')");
        execute(live, "INSERT INTO pet (id, name, owner_ref, legacy, weight) VALUES "
                + "(1, 'Rex', '1', 'x', 12.5), (2, 'Tom', '2', 'y', 4), (3, 'Kit', NULL, NULL, 3.5)");
        return live;
    }

    private static void execute(LiveOperations live, String sql) throws SQLException {
        try (Statement statement = live.connection().orElseThrow().createStatement()) {
            statement.execute(sql);
        }
    }

    private static String name(LiveOperations live, String name) {
        return live.dialect().catalogName(name);
    }

    private static Column columnOf(LiveOperations live, Table table, String name) {
        return table.column(name(live, name)).orElseThrow(() -> new AssertionError("no column " + name));
    }

    // ---------------------------------------------------------------- SQLite: move and copy

    /** The case: drop a column, change a type, add a foreign key; the rows survive. */
    @DatabaseTest
    void dropColumnChangeTypeAndAddForeignKeyKeepTheRows(TestDatabase db) throws SQLException {
        LiveOperations live = withPets(db);
        Connection connection = live.connection().orElseThrow();
        BatchOptions options = db.kind() == DatabaseKind.SQLITE ? BatchOptions.DEFAULTS
                : BatchOptions.recreate(Recreate.ALWAYS);

        live.op().batchAlterTable("pet", options, batch -> batch
            .dropColumn("legacy")
            .alterColumn("owner_ref", c -> c.type(INTEGER).existingType(varchar(10)))
            .createForeignKey("fk_pet_owner", "owner", List.of("owner_ref"), List.of("id")));

        Table pet = live.table("pet").orElseThrow();
        assertThat(pet.columns()).extracting(Column::name)
            .containsExactly(name(live, "id"), name(live, "name"), name(live, "owner_ref"), name(live, "weight"));
        assertThat(columnOf(live, pet, "owner_ref").type().kind()).isEqualTo(Kind.INTEGER);
        assertThat(columnOf(live, pet, "name").nullable()).isFalse();
        assertThat(columnOf(live, pet, "weight").serverDefault()).isNotNull();
        assertThat(pet.primaryKey().columns()).containsExactly(name(live, "id"));
        assertThat(pet.foreignKeys()).extracting(ForeignKey::name, ForeignKey::columns, ForeignKey::targetTable)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(name(live, "fk_pet_owner"),
                    List.of(name(live, "owner_ref")), name(live, "owner")));
        assertThat(pet.checkConstraints()).extracting(CheckConstraint::name).containsExactly(name(live, "ck_pet_name"));
        assertThat(pet.uniqueConstraints()).extracting(UniqueConstraint::name)
            .containsExactly(name(live, "uq_pet_name"));
        assertThat(pet.indexes()).extracting(Index::name)
            .containsExactly(name(live, "ix_pet_owner_ref"), name(live, "ix_pet_weight"));
        assertThat(rows(connection, "SELECT id, name, owner_ref, weight FROM pet ORDER BY id"))
            .containsExactly("1|Rex|1|12.5", "2|Tom|2|4" + (db.kind() == DatabaseKind.SQLITE ? "" : ".0"),
                    "3|Kit|null|3.5");
        assertThat(rows(connection, "SELECT p.name FROM pet p JOIN owner o ON o.id = p.owner_ref WHERE o.id = 2"))
            .containsExactly("Tom");
        assertThat(live.table("_migrate_tmp_pet")).isEmpty();
        assertThatThrownBy(() -> execute(live, "INSERT INTO pet (id, name) VALUES (4, 'Rex')"))
            .as("the unique constraint holds").isInstanceOf(SQLException.class);
    }

    /** A batch of reversible operations, then its reverse: the table reads exactly as before, rows and all. */
    @DatabaseTest
    void theReverseOfABatchRestoresTheTable(TestDatabase db) throws SQLException {
        LiveOperations live = withPets(db);
        BatchOptions options = db.kind() == DatabaseKind.POSTGRESQL ? BatchOptions.recreate(Recreate.ALWAYS)
                : BatchOptions.DEFAULTS;
        List<MigrateOperation> changes = new java.util.ArrayList<>();
        Operations recorder = new Operations(new BatchOperations.Recorder(live, changes),
                OperationImplementations.none(), null);
        new BatchOperations(recorder, null, "pet")
            .addColumn(column("chip", varchar(20)).defaultValue("none"))
            .alterColumn("owner_ref", c -> c.type(INTEGER).existingType(varchar(10)).nullable(false)
                .existingNullable(true).serverDefault(0))
            .createIndex("ix_pet_chip", "chip")
            .createForeignKey("fk_pet_owner", "owner", List.of("owner_ref"), List.of("id"))
            .createCheckConstraint("ck_pet_weight", "weight > 0");
        execute(live, "UPDATE pet SET owner_ref = '1' WHERE owner_ref IS NULL");

        Reversals.runAndReverse(live, "pet", new BatchAlterTableOp(null, "pet", changes, options), pet -> {
            assertThat(columnOf(live, pet, "owner_ref").type().kind()).isEqualTo(Kind.INTEGER);
            assertThat(columnOf(live, pet, "owner_ref").nullable()).isFalse();
            assertThat(columnOf(live, pet, "chip").serverDefault().normalized()).contains("none");
            assertThat(pet.foreignKeys()).extracting(ForeignKey::name).containsExactly(name(live, "fk_pet_owner"));
            assertThat(pet.checkConstraints()).extracting(CheckConstraint::name)
                .containsExactly(name(live, "ck_pet_name"), name(live, "ck_pet_weight"));
            assertThat(pet.indexes()).extracting(Index::name).contains(name(live, "ix_pet_chip"));
        });
        assertThat(rows(live.connection().orElseThrow(), "SELECT id, name, owner_ref FROM pet ORDER BY id"))
            .containsExactly("1|Rex|1", "2|Tom|2", "3|Kit|1");
    }

    @DatabaseTest(DatabaseKind.SQLITE)
    void theCopyCastsOnlyWhereTheTypeFamilyChanges(TestDatabase db) throws SQLException {
        LiveOperations live = withPets(db);
        BatchAlterTableOp batch = new BatchAlterTableOp(null, "pet", List.of(
                new dev.migrate.operations.ops.AlterColumnOp.Builder().type(INTEGER).existingType(varchar(10))
                    .build(null, "pet", "owner_ref"),
                new dev.migrate.operations.ops.AlterColumnOp.Builder().type(TEXT).existingType(varchar(30))
                    .build(null, "pet", "name"),
                new dev.migrate.operations.ops.AlterColumnOp.Builder().type(Types.JSON).build(null, "pet", "legacy")),
                BatchOptions.DEFAULTS.copyFrom(live.table("pet").orElseThrow()));
        assertThat(live.dialect().statements(batch)).contains("INSERT INTO _migrate_tmp_pet (id, name, owner_ref, "
                + "legacy, weight) SELECT id, name, CAST(owner_ref AS INTEGER), legacy, weight FROM pet");
    }

    @DatabaseTest(DatabaseKind.SQLITE)
    void columnsArePlacedBeforeAndAfterOthers(TestDatabase db) throws SQLException {
        LiveOperations live = withPets(db);
        live.op().batchAlterTable("pet", batch -> batch
            .addColumn(column("born", varchar(10)), insertAfter("name"))
            .addColumn(column("tag", INTEGER).defaultValue(7), insertBefore("id"))
            .alterColumn("weight", insertBefore("name"), c -> c.newName("kilos")));

        assertThat(live.table("pet").orElseThrow().columns()).extracting(Column::name)
            .containsExactly("tag", "id", "kilos", "name", "born", "owner_ref", "legacy");
        assertThat(rows(live.connection().orElseThrow(), "SELECT tag, id, kilos, name, born FROM pet ORDER BY id"))
            .containsExactly("7|1|12.5|Rex|null", "7|2|4|Tom|null", "7|3|3.5|Kit|null");
        assertThat(live.table("pet").orElseThrow().indexes()).contains(Index.on("ix_pet_weight", false, "kilos"));
    }

    @DatabaseTest(DatabaseKind.SQLITE)
    void primaryKeysAndConstraintsAreAddedAndDroppedByName(TestDatabase db) throws SQLException {
        LiveOperations live = withPets(db);
        live.op().createTable("tag", column("label", varchar(10)).notNull(), column("pet_id", INTEGER));
        execute(live, "INSERT INTO tag (label, pet_id) VALUES ('a', 1), ('b', 2)");

        live.op().batchAlterTable("tag", batch -> batch
            .createPrimaryKey("pk_tag", "label")
            .createUniqueConstraint("uq_tag_pet", "pet_id")
            .createCheckConstraint("ck_tag_label", "length(label) > 0")
            .createForeignKey(foreignKey("fk_tag_pet", List.of("pet_id"), "pet", List.of("id"))
                .onDelete(ReferentialAction.CASCADE))
            .createIndex("ix_tag_label_desc", ix -> ix.descending("label").where("pet_id IS NOT NULL")));
        Table tag = live.table("tag").orElseThrow();
        assertThat(tag.primaryKey()).isEqualTo(new PrimaryKey("pk_tag", List.of("label")));
        assertThat(tag.uniqueConstraints()).containsExactly(new UniqueConstraint("uq_tag_pet", List.of("pet_id"),
                false));
        assertThat(tag.checkConstraints()).containsExactly(new CheckConstraint("ck_tag_label", "length(label) > 0"));
        assertThat(tag.foreignKeys()).extracting(ForeignKey::name, ForeignKey::onDelete)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("fk_tag_pet", ReferentialAction.CASCADE));
        assertThat(tag.indexes()).containsExactly(new Index("ix_tag_label_desc",
                List.of(IndexElement.column("label").desc()), false, "pet_id IS NOT NULL", List.of()));

        live.op().batchAlterTable("tag", batch -> batch
            .dropConstraint("pk_tag", ConstraintType.PRIMARY_KEY)
            .dropConstraint("uq_tag_pet")
            .dropConstraint("ck_tag_label")
            .dropConstraint("fk_tag_pet")
            .dropIndex("ix_tag_label_desc"));
        tag = live.table("tag").orElseThrow();
        assertThat(tag.primaryKey()).isNull();
        assertThat(tag.uniqueConstraints()).isEmpty();
        assertThat(tag.checkConstraints()).isEmpty();
        assertThat(tag.foreignKeys()).isEmpty();
        assertThat(tag.indexes()).isEmpty();
        assertThat(rows(live.connection().orElseThrow(), "SELECT label, pet_id FROM tag ORDER BY label"))
            .containsExactly("a|1", "b|2");
    }

    /** Alembic keeps unnamed constraints but for reflected CHECKs, which it cannot tell from a type's own. */
    @DatabaseTest(DatabaseKind.SQLITE)
    void unnamedConstraintsAreKeptButReflectedUnnamedChecks(TestDatabase db) throws SQLException {
        LiveOperations live = new LiveOperations(db.connect(), db.schema());
        live.op().createTable("parent", column("id", INTEGER).primaryKey());
        live.op().createTable("child", column("id", INTEGER).primaryKey(), column("code", varchar(5)).unique(),
                column("parent_id", INTEGER).references("parent", "id"), column("n", INTEGER),
                check(null, "n > 0"));

        live.op().batchAlterTable("child", batch -> batch.alterColumn("n", c -> c.nullable(false)));

        Table child = live.table("child").orElseThrow();
        assertThat(child.uniqueConstraints()).containsExactly(new UniqueConstraint(null, List.of("code"), false));
        assertThat(child.foreignKeys()).extracting(ForeignKey::columns).containsExactly(List.of("parent_id"));
        assertThat(child.checkConstraints()).isEmpty();
        assertThat(child.column("n").orElseThrow().nullable()).isFalse();
    }

    @DatabaseTest(DatabaseKind.SQLITE)
    void autoIncrementAndSelfReferencesSurviveTheMove(TestDatabase db) throws SQLException {
        LiveOperations live = new LiveOperations(db.connect(), db.schema());
        live.op().createTable("node", column("id", BIGINT).autoIncrement().primaryKey(), column("label", TEXT),
                column("parent_id", INTEGER).references("node", "id"));
        execute(live, "INSERT INTO node (label, parent_id) VALUES ('root', NULL)");
        execute(live, "INSERT INTO node (label, parent_id) VALUES ('leaf', 1)");
        execute(live, "DELETE FROM node WHERE id = 2");

        live.op().batchAlterTable("node", batch -> batch.alterColumn("label", c -> c.nullable(false)));
        execute(live, "INSERT INTO node (label, parent_id) VALUES ('again', 1)");

        Table node = live.table("node").orElseThrow();
        assertThat(node.column("id").orElseThrow().autoIncrement()).isTrue();
        assertThat(node.foreignKeys()).extracting(ForeignKey::targetTable).containsExactly("node");
        assertThat(rows(live.connection().orElseThrow(), "SELECT id, label, parent_id FROM node ORDER BY id"))
            .as("AUTOINCREMENT does not reuse the deleted 2").containsExactly("1|root|null", "3|again|1");
    }

    @DatabaseTest(DatabaseKind.SQLITE)
    void aFailedCopyDropsTheTemporaryTableAndLeavesTheTableAsItWas(TestDatabase db) throws SQLException {
        LiveOperations live = withPets(db);
        Table before = live.table("pet").orElseThrow();

        assertThatThrownBy(() -> live.op().batchAlterTable("pet", batch -> batch
            .dropColumn("legacy")
            .addColumn(column("chip", varchar(20)).notNull())))
            .isInstanceOf(StatementFailedException.class)
            .hasMessageContaining("NOT NULL")
            .hasMessageContaining("INSERT INTO _migrate_tmp_pet");

        assertThat(live.table("_migrate_tmp_pet")).isEmpty();
        assertThat(live.table("pet")).contains(before);
        assertThat(rows(live.connection().orElseThrow(), "SELECT count(*) FROM pet")).containsExactly("3");
    }

    @DatabaseTest(DatabaseKind.SQLITE)
    void batchErrorsNameWhatIsMissingBeforeAnythingRuns(TestDatabase db) throws SQLException {
        LiveOperations live = withPets(db);
        Table before = live.table("pet").orElseThrow();
        Operations op = live.op();
        assertThatThrownBy(() -> op.batchAlterTable("pet", batch -> batch.dropConstraint("ck_nothing")))
            .isInstanceOf(MigrateException.class).hasMessageStartingWith("No such constraint: 'ck_nothing'");
        assertThatThrownBy(() -> op.batchAlterTable("pet", batch -> batch.dropColumn("legacy")
            .dropIndex("ix_nothing")))
            .hasMessageStartingWith("No such index: 'ix_nothing'");
        assertThatThrownBy(() -> op.batchAlterTable("pet", batch -> batch.createUniqueConstraint(null, "name")))
            .hasMessageStartingWith("Constraint must have a name");
        assertThatThrownBy(() -> op.batchAlterTable("pet", batch -> batch.dropColumn("nothing")))
            .hasMessageStartingWith("No such column: 'nothing'");
        assertThatThrownBy(() -> op.batchAlterTable("nothing", batch -> batch.dropColumn("id")))
            .hasMessageStartingWith("Table nothing does not exist");
        assertThat(live.table("pet")).contains(before);
    }

    // ---------------------------------------------------------------- in place

    /** Adding columns and indexes needs no copy on SQLite either; with recreate never, nothing is copied. */
    @DatabaseTest
    void withoutRecreatingTheBatchIsItsAlterStatements(TestDatabase db) throws SQLException {
        LiveOperations live = withPets(db);
        BatchAlterTableOp batch = new BatchAlterTableOp(null, "pet", List.of(
                new AddColumnOp(null, "pet", column("chip", varchar(20)), false, false, false),
                new dev.migrate.operations.ops.CreateIndexOp.Builder().columns("chip").build(null, "pet", "ix_chip")),
                BatchOptions.DEFAULTS);
        assertThat(live.dialect().statements(batch)).containsExactly("ALTER TABLE pet ADD COLUMN chip VARCHAR(20)",
                "CREATE INDEX ix_chip ON pet (chip)");
        live.op().invoke(batch);
        assertThat(live.table("pet").orElseThrow().indexes()).extracting(Index::name).contains(name(live, "ix_chip"));

        if (db.kind() != DatabaseKind.SQLITE) {
            live.op().batchAlterTable("pet", batch2 -> batch2.alterColumn("weight", c -> c.serverDefault(2)
                .existingType(numeric(5, 1))).dropConstraint("ck_pet_name", ConstraintType.CHECK));
            Table pet = live.table("pet").orElseThrow();
            assertThat(pet.checkConstraints()).isEmpty();
            assertThat(columnOf(live, pet, "weight").serverDefault().normalized()).contains("2");
        }
        else {
            assertThatThrownBy(() -> live.op().batchAlterTable("pet", BatchOptions.recreate(Recreate.NEVER),
                    batch2 -> batch2.dropConstraint("ck_pet_name")))
                .hasMessageStartingWith("No support for ALTER of constraints in SQLite dialect.");
        }
    }

    @DatabaseTest({DatabaseKind.SQLITE, DatabaseKind.POSTGRESQL})
    void placingAColumnWithoutRecreatingIsRefused(TestDatabase db) throws SQLException {
        LiveOperations live = withPets(db);
        Table before = live.table("pet").orElseThrow();
        assertThatThrownBy(() -> live.op().batchAlterTable("pet", batch -> batch
            .addColumn(column("chip", varchar(20)))
            .addColumn(column("born", varchar(10)), insertAfter("name"))))
            .isInstanceOf(MigrateException.class)
            .hasMessageStartingWith("Can't place column born of pet after name when using ALTER; please recreate "
                    + "the table");
        assertThat(live.table("pet")).contains(before);
    }

    // ---------------------------------------------------------------- recreate always elsewhere

    @DatabaseTest({DatabaseKind.H2, DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB})
    void recreatingAlwaysKeepsNumberingCommentsAndForeignKeysIncludingToItself(TestDatabase db)
            throws SQLException {
        LiveOperations live = new LiveOperations(db.connect(), db.schema());
        live.op().createTable("owner", column("id", INTEGER).primaryKey());
        live.op().createTable("visit", column("id", BIGINT).identity().primaryKey(),
                column("owner_id", INTEGER).references("owner", "id").comment("who came"),
                column("note", varchar(20)), column("old", INTEGER), column("follows", BIGINT).references("visit", "id"),
                Definitions.comment("visits"));
        execute(live, "INSERT INTO owner (id) VALUES (1)");
        execute(live, "INSERT INTO visit (owner_id, note) VALUES (1, 'a')");
        execute(live, "INSERT INTO visit (owner_id, note, follows) VALUES (1, 'b', 1)");

        live.op().batchAlterTable("visit", BatchOptions.recreate(Recreate.ALWAYS), batch -> batch
            .dropColumn("old")
            .alterColumn("note", c -> c.type(TEXT)));
        execute(live, "INSERT INTO visit (owner_id, note) VALUES (1, 'c')");

        Table visit = live.table("visit").orElseThrow();
        assertThat(visit.comment()).isEqualTo("visits");
        assertThat(columnOf(live, visit, "owner_id").comment()).isEqualTo("who came");
        Column id = columnOf(live, visit, "id");
        assertThat(id.identity() != null || id.autoIncrement()).as("%s is numbered", id).isTrue();
        assertThat(columnOf(live, visit, "note").type().kind()).isEqualTo(Kind.TEXT);
        assertThat(visit.foreignKeys()).extracting(ForeignKey::targetTable)
            .containsExactlyInAnyOrder(name(live, "owner"), name(live, "visit"));
        assertThat(rows(live.connection().orElseThrow(), "SELECT id, note, follows FROM visit ORDER BY id"))
            .containsExactly("1|a|null", "2|b|1", "3|c|null");
        assertThatThrownBy(() -> execute(live, "INSERT INTO visit (owner_id, follows) VALUES (1, 99)"))
            .as("the foreign key to the table itself holds").isInstanceOf(SQLException.class);
    }

    // ---------------------------------------------------------------- offline and as data

    @Test
    void offlineRecreatingNeedsTheTableToCopyFrom() {
        RenderedOperations rendered = new RenderedOperations("sqlite");
        assertThatThrownBy(() -> rendered.op().batchAlterTable("pet", batch -> batch.dropColumn("legacy")))
            .isInstanceOf(MigrateException.class)
            .hasMessageStartingWith("This operation cannot proceed in --sql mode; batch mode with dialect sqlite "
                    + "requires a live database connection with which to reflect the table \"pet\".");
        rendered.op().batchAlterTable("pet", batch -> batch.addColumn(column("chip", varchar(20))));
        assertThat(rendered.statements()).containsExactly("ALTER TABLE pet ADD COLUMN chip VARCHAR(20)");
    }

    /** The script from a table given to copy from, checked as text and run on a real database. */
    @DatabaseTest(DatabaseKind.SQLITE)
    void offlineScriptFromTheTableToCopyFromRuns(TestDatabase db) throws SQLException {
        LiveOperations live = withPets(db);
        Table pet = Table.builder(null, "pet")
            .column(Column.of("id", INTEGER).notNull())
            .column(Column.of("name", varchar(30)).notNull())
            .column(Column.of("owner_ref", varchar(10)))
            .column(Column.of("legacy", TEXT))
            .column(Column.of("weight", numeric(5, 1)))
            .primaryKey(new PrimaryKey(null, List.of("id")))
            .unique(new UniqueConstraint("uq_pet_name", List.of("name"), false))
            .index(Index.on("ix_pet_weight", false, "weight"))
            .build();
        RenderedOperations rendered = new RenderedOperations("sqlite");
        rendered.op().batchAlterTable("pet", BatchOptions.DEFAULTS.copyFrom(pet), batch -> batch
            .dropColumn("legacy")
            .alterColumn("owner_ref", c -> c.type(INTEGER)));
        List<String> script = rendered.statements();
        assertThat(script).containsExactly("CREATE TABLE _migrate_tmp_pet (\n"
                + "    id INTEGER NOT NULL,\n"
                + "    name VARCHAR(30) NOT NULL,\n"
                + "    owner_ref INTEGER,\n"
                + "    weight NUMERIC(5, 1),\n"
                + "    CONSTRAINT uq_pet_name UNIQUE (name),\n"
                + "    PRIMARY KEY (id)\n"
                + ")",
                "INSERT INTO _migrate_tmp_pet (id, name, owner_ref, weight) SELECT id, name, CAST(owner_ref AS "
                        + "INTEGER), weight FROM pet",
                "DROP TABLE pet",
                "ALTER TABLE _migrate_tmp_pet RENAME TO pet",
                "CREATE INDEX ix_pet_weight ON pet (weight)");

        live.dialect().executeStatements(live.connection().orElseThrow(), script);
        assertThat(live.table("pet").orElseThrow().columns()).extracting(Column::name)
            .containsExactly("id", "name", "owner_ref", "weight");
        assertThat(rows(live.connection().orElseThrow(), "SELECT id, owner_ref FROM pet ORDER BY id"))
            .containsExactly("1|1", "2|2", "3|null");
    }

    @Test
    void theBatchIsOneOperationHoldingItsOperationsAndReversesThem() {
        List<MigrateOperation> recorded = new java.util.ArrayList<>();
        Operations op = new Operations(new BatchOperations.Recorder(new RenderedOperations("sqlite"), recorded),
                OperationImplementations.none(), null);
        op.batchAlterTable("pet", BatchOptions.recreate(Recreate.ALWAYS), batch -> batch
            .addColumn(column("chip", varchar(20)))
            .dropIndex("ix_pet_weight"));

        BatchAlterTableOp batch = (BatchAlterTableOp) recorded.get(0);
        assertThat(recorded).hasSize(1);
        assertThat(batch.table()).isEqualTo("pet");
        assertThat(batch.options().recreate()).isEqualTo(Recreate.ALWAYS);
        assertThat(batch.operations()).hasSize(2).first().isInstanceOf(AddColumnOp.class);

        BatchAlterTableOp drop = new BatchAlterTableOp(null, "pet", List.of(new DropColumnOp(null, "pet", "chip",
                false, column("chip", varchar(20)))), BatchOptions.DEFAULTS);
        assertThat(drop.reverse()).isEqualTo(new BatchAlterTableOp(null, "pet", List.of(new AddColumnOp(null, "pet",
                column("chip", varchar(20)), false, false, false)), BatchOptions.DEFAULTS));
    }
}
