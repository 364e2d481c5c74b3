package dev.migrate.ddl.mysql;

import static dev.migrate.operations.Definitions.check;
import static dev.migrate.operations.Definitions.column;
import static dev.migrate.operations.Definitions.comment;
import static dev.migrate.operations.Definitions.foreignKey;
import static dev.migrate.operations.Definitions.index;
import static dev.migrate.operations.Definitions.unique;
import static dev.migrate.operations.Reversals.runAndReverse;
import static dev.migrate.operations.Types.BIGINT;
import static dev.migrate.operations.Types.BLOB;
import static dev.migrate.operations.Types.BOOLEAN;
import static dev.migrate.operations.Types.DATE;
import static dev.migrate.operations.Types.DOUBLE;
import static dev.migrate.operations.Types.INTEGER;
import static dev.migrate.operations.Types.JSON;
import static dev.migrate.operations.Types.REAL;
import static dev.migrate.operations.Types.TEXT;
import static dev.migrate.operations.Types.TIMESTAMP;
import static dev.migrate.operations.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

import dev.migrate.MigrateException;
import dev.migrate.operations.DefaultValue;
import dev.migrate.operations.LiveOperations;
import dev.migrate.operations.OwnerAndPet;
import dev.migrate.operations.ops.AddColumnOp;
import dev.migrate.operations.ops.AddConstraintOp;
import dev.migrate.operations.ops.AlterColumnOp;
import dev.migrate.operations.ops.ConstraintType;
import dev.migrate.operations.ops.CreateIndexOp;
import dev.migrate.operations.ops.CreateTableOp;
import dev.migrate.operations.ops.DropColumnOp;
import dev.migrate.operations.ops.DropConstraintOp;
import dev.migrate.operations.ops.DropIndexOp;
import dev.migrate.operations.ops.DropTableOp;
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
 * Every directive run on a real MariaDB server through the MySQL compiler: the result is read back from the catalog
 * through the inspector, then the operation's {@code reverse()} is run and the table must read exactly as before.
 */
class MariaDbOperationsTest {

    private static Column columnOf(Table table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError("no column " + name + " in " + table));
    }

    private static AlterColumnOp alter(String table, String column, Consumer<AlterColumnOp.Builder> changes) {
        AlterColumnOp.Builder builder = new AlterColumnOp.Builder();
        changes.accept(builder);
        return builder.build(null, table, column);
    }

    // ---------------------------------------------------------------- tables

    @DatabaseTest(DatabaseKind.MARIADB)
    void createTableWithEveryPart(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        live.op().invoke(OwnerAndPet.VISIT);

        Table visit = live.table("visit").orElseThrow();
        assertThat(visit.comment()).isEqualTo("visits to the vet");
        assertThat(visit.columns()).extracting(Column::name).containsExactly("id", "pet_id", "code", "paid", "fee",
                "weight", "ratio", "notes", "scan", "thumb", "token", "data", "day", "at", "created", "fee_cents");
        assertThat(visit.columns()).extracting(c -> c.type().kind()).containsExactly(Kind.BIGINT, Kind.INTEGER,
                Kind.VARCHAR, Kind.BOOLEAN, Kind.NUMERIC, Kind.REAL, Kind.DOUBLE, Kind.TEXT, Kind.BLOB, Kind.VARBINARY,
                Kind.CHAR, Kind.JSON, Kind.DATE, Kind.TIME, Kind.TIMESTAMP, Kind.BIGINT);
        assertThat(columnOf(visit, "id").autoIncrement()).isTrue();
        assertThat(columnOf(visit, "code").comment()).isEqualTo("booking code");
        assertThat(columnOf(visit, "code").nullable()).isFalse();
        assertThat(columnOf(visit, "paid").serverDefault().normalized()).isEqualTo("FALSE");
        assertThat(columnOf(visit, "fee").serverDefault().normalized()).isEqualTo("12.50");
        assertThat(columnOf(visit, "fee").type().precision()).isEqualTo(8);
        assertThat(columnOf(visit, "token").type().length()).isEqualTo(36);
        assertThat(columnOf(visit, "at").type().precision()).isEqualTo(3);
        assertThat(columnOf(visit, "created").serverDefault().normalized()).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(columnOf(visit, "fee_cents").computed().stored()).isTrue();
        assertThat(visit.primaryKey().columns()).containsExactly("id");
        assertThat(visit.uniqueConstraints()).extracting(UniqueConstraint::columns).containsExactly(List.of("code"));
        assertThat(visit.foreignKeys()).containsExactly(new ForeignKey("fk_visit_pet", List.of("pet_id"),
                db.schema(), "pet", List.of("id"), ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, false,
                false));
        assertThat(visit.checkConstraints()).extracting(CheckConstraint::name).containsExactly("ck_visit_fee");
        assertThat(visit.indexes()).containsExactly(Index.on("ix_visit_day", false, "day", "at"));
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void dropTableKnowingItsDefinitionIsReversed(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        live.op().createTable("tag", column("name", varchar(20)).primaryKey(), column("color", varchar(10)));
        Table tag = live.table("tag").orElseThrow();
        DropTableOp drop = new DropTableOp(null, "tag", false, new CreateTableOp(null, "tag",
                List.of(column("name", varchar(20)).primaryKey(), column("color", varchar(10))), List.of(), null,
                false));

        live.op().invoke(drop);
        assertThat(live.table("tag")).isEmpty();
        live.op().invoke(drop.reverse());
        assertThat(live.table("tag")).contains(tag);
    }

    // ---------------------------------------------------------------- columns

    /** The foreign key becomes a statement of its own; MariaDB refuses to drop the column while the key exists. */
    @DatabaseTest(DatabaseKind.MARIADB)
    void addColumnWithForeignKey(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        live.op().addColumn("pet", column("vet_id", BIGINT).references("owner", "id"));
        live.op().invoke(new AddColumnOp(null, "pet", column("sitter_id", BIGINT).references("owner", "id"), false,
                true, false));

        Table pet = live.table("pet").orElseThrow();
        assertThat(pet.foreignKeys()).extracting(ForeignKey::columns)
            .containsExactlyInAnyOrder(List.of("vet_id"), List.of("sitter_id"));
        assertThat(pet.foreignKeys()).extracting(ForeignKey::targetTable).containsOnly("owner");
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void dropColumnKnowingItIsReversed(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        runAndReverse(live, "pet", new DropColumnOp(null, "pet", "visits", false,
                column("visits", INTEGER).notNull().defaultValue(0)),
                pet -> assertThat(pet.column("visits")).isEmpty());
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void alterNullabilityAndType(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        runAndReverse(live, "owner", alter("owner", "nickname", c -> c.nullable(false).existingType(varchar(40))
            .existingNullable(true)), owner -> assertThat(columnOf(owner, "nickname").nullable()).isFalse());
        runAndReverse(live, "owner", alter("owner", "nickname", c -> c.type(TEXT).existingType(varchar(40))
            .existingNullable(true)), owner -> {
                assertThat(columnOf(owner, "nickname").type().kind()).isEqualTo(Kind.TEXT);
                assertThat(columnOf(owner, "nickname").nullable()).isTrue();
            });
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void alterServerDefaults(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        runAndReverse(live, "owner", alter("owner", "nickname", c -> c.serverDefault("anon")),
                owner -> assertThat(columnOf(owner, "nickname").serverDefault().normalized()).isEqualTo("'anon'"));
        runAndReverse(live, "pet", alter("pet", "visits", c -> c.serverDefault(7).existingServerDefault(0)
            .existingType(INTEGER).existingNullable(false)),
                pet -> assertThat(columnOf(pet, "visits").serverDefault().normalized()).isEqualTo("7"));
        runAndReverse(live, "owner", alter("owner", "updated", c -> c.existingType(TIMESTAMP)
            .serverDefault(DefaultValue.expression("CURRENT_TIMESTAMP"))), owner -> assertThat(columnOf(owner,
                    "updated").serverDefault().normalized()).isEqualTo("CURRENT_TIMESTAMP"));
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void alterCommentRenameAndAutoIncrement(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        runAndReverse(live, "owner", alter("owner", "name", c -> c.comment("their name").existingType(varchar(80))
            .existingNullable(false)), owner -> {
                assertThat(columnOf(owner, "name").comment()).isEqualTo("their name");
                assertThat(columnOf(owner, "name").nullable()).isFalse();
            });
        runAndReverse(live, "owner", alter("owner", "name", c -> c.newName("full_name").existingType(varchar(80))
            .existingNullable(false)), owner -> {
                assertThat(owner.column("name")).isEmpty();
                assertThat(columnOf(owner, "full_name").nullable()).isFalse();
            });
        runAndReverse(live, "pet", alter("pet", "id", c -> c.autoIncrement(true).existingType(INTEGER)
            .existingNullable(false)), pet -> assertThat(columnOf(pet, "id").autoIncrement()).isTrue());
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void alterEverythingAtOnceIsOneChange(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        AlterColumnOp alter = alter("pet", "name", c -> c.newName("called").type(varchar(60)).nullable(false)
            .serverDefault("Rex").comment("what it answers to").existingType(varchar(30)).existingNullable(true));
        assertThat(live.dialect().statements(alter)).hasSize(1);
        runAndReverse(live, "pet", alter, pet -> {
            Column called = columnOf(pet, "called");
            assertThat(called.type().length()).isEqualTo(60);
            assertThat(called.nullable()).isFalse();
            assertThat(called.serverDefault().normalized()).isEqualTo("'Rex'");
            assertThat(called.comment()).isEqualTo("what it answers to");
        });
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void alterWithoutTheTypeIsRefusedBeforeAnythingRuns(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        Table before = live.table("owner").orElseThrow();
        assertThatThrownBy(() -> live.op().alterColumn("owner", "nickname", c -> c.nullable(false)))
            .isInstanceOf(MigrateException.class)
            .hasMessageStartingWith("All MySQL CHANGE/MODIFY COLUMN operations require the existing type.");
        assertThat(live.table("owner")).contains(before);
    }

    // ---------------------------------------------------------------- indexes and constraints

    @DatabaseTest(DatabaseKind.MARIADB)
    void createAndDropIndexes(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        CreateIndexOp create = new CreateIndexOp.Builder().columns("name").descending("visits")
            .build(null, "pet", "ix_pet_name_visits");
        runAndReverse(live, "pet", create, pet -> assertThat(pet.indexes()).contains(new Index("ix_pet_name_visits",
                List.of(IndexElement.column("name"), IndexElement.column("visits").desc()), false, null, List.of())));
        runAndReverse(live, "pet", new CreateIndexOp.Builder().columns("name").unique().build(null, "pet", "uq_name"),
                pet -> assertThat(pet.uniqueConstraints())
                    .contains(new UniqueConstraint("uq_name", List.of("name"), false)));
        runAndReverse(live, "pet", new DropIndexOp(null, "pet", "ix_pet_owner_id", false, false,
                new CreateIndexOp(null, "pet", Index.on("ix_pet_owner_id", false, "owner_id"), false, false, null)),
                pet -> assertThat(pet.indexes()).extracting(Index::name).doesNotContain("ix_pet_owner_id"));
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void primaryKeyUniqueAndCheckConstraints(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        live.op().createTable("tag", column("name", varchar(20)).notNull(), column("color", varchar(10)));
        runAndReverse(live, "tag", new AddConstraintOp(null, "tag", new PrimaryKey("pk_tag", List.of("name")), null,
                false), tag -> assertThat(tag.primaryKey().columns()).containsExactly("name"));
        runAndReverse(live, "pet", new AddConstraintOp(null, "pet", unique("uq_pet_name", "name"), null, false),
                pet -> assertThat(pet.uniqueConstraints())
                    .containsExactly(new UniqueConstraint("uq_pet_name", List.of("name"), false)));
        runAndReverse(live, "pet", new AddConstraintOp(null, "pet", check("ck_pet_visits", "visits >= 0"), null,
                false), pet -> assertThat(pet.checkConstraints()).extracting(CheckConstraint::name)
                    .containsExactly("ck_pet_visits"));
    }

    /** The referencing column has an index already, so MariaDB adds none of its own that would outlive the key. */
    @DatabaseTest(DatabaseKind.MARIADB)
    void foreignKeys(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        ForeignKey fk = foreignKey("fk_pet_owner", List.of("owner_id"), "owner", List.of("id"))
            .onDelete(ReferentialAction.CASCADE).onUpdate(ReferentialAction.SET_NULL);
        runAndReverse(live, "pet", new AddConstraintOp(null, "pet", fk, null, false),
                pet -> assertThat(pet.foreignKeys()).containsExactly(new ForeignKey("fk_pet_owner",
                        List.of("owner_id"), db.schema(), "owner", List.of("id"), ReferentialAction.CASCADE,
                        ReferentialAction.SET_NULL, false, false)));
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void dropConstraintsKnowingThemIsReversed(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        AddConstraintOp check = new AddConstraintOp(null, "pet", check("ck_pet_visits", "visits >= 0"), null, false);
        AddConstraintOp unique = new AddConstraintOp(null, "pet", unique("uq_pet_name", "name"), null, false);
        AddConstraintOp fk = new AddConstraintOp(null, "pet", foreignKey("fk_pet_owner", List.of("owner_id"),
                "owner", List.of("id")), null, false);
        List.of(check, unique, fk).forEach(live.op()::invoke);

        runAndReverse(live, "pet", new DropConstraintOp(null, "pet", "ck_pet_visits", ConstraintType.CHECK, false,
                check), pet -> assertThat(pet.checkConstraints()).isEmpty());
        runAndReverse(live, "pet", new DropConstraintOp(null, "pet", "uq_pet_name", ConstraintType.UNIQUE, false,
                unique), pet -> assertThat(pet.uniqueConstraints()).isEmpty());
        runAndReverse(live, "pet", new DropConstraintOp(null, "pet", "fk_pet_owner", ConstraintType.FOREIGN_KEY,
                false, fk), pet -> assertThat(pet.foreignKeys()).isEmpty());
        live.op().createTable("tag", column("name", varchar(20)).primaryKey());
        runAndReverse(live, "tag", new DropConstraintOp(null, "tag", "PRIMARY", ConstraintType.PRIMARY_KEY, false,
                new AddConstraintOp(null, "tag", new PrimaryKey(null, List.of("name")), null, false)),
                tag -> assertThat(tag.primaryKey()).isNull());
    }

    // ---------------------------------------------------------------- data

}
