package dev.migrate.ddl.h2;

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
import static dev.migrate.operations.Types.UUID;
import static dev.migrate.operations.Types.binary;
import static dev.migrate.operations.Types.timestampWithTimeZone;
import static dev.migrate.operations.Types.varbinary;
import static dev.migrate.operations.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import dev.migrate.MigrateException;
import dev.migrate.operations.LiveOperations;
import dev.migrate.operations.Operations;
import dev.migrate.operations.OwnerAndPet;
import dev.migrate.operations.RenderedOperations;
import dev.migrate.operations.ops.AddColumnOp;
import dev.migrate.operations.ops.AddConstraintOp;
import dev.migrate.operations.ops.AlterColumnOp;
import dev.migrate.operations.ops.CreateIndexOp;
import dev.migrate.operations.ops.DropColumnOp;
import dev.migrate.operations.ops.DropConstraintOp;
import dev.migrate.operations.ops.DropIndexOp;
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
 * Every directive run on embedded H2 through the H2 compiler: the result is read back from the catalog through the
 * inspector (names as H2 keeps them, upper case), then the operation's {@code reverse()} is run and the table must
 * read exactly as before.
 */
class H2OperationsTest {

    private static Column columnOf(Table table, String name) {
        return table.column(name.toUpperCase()).orElseThrow(() -> new AssertionError("no column " + name + " in "
                + table));
    }

    private static AlterColumnOp alter(String table, String column, Consumer<AlterColumnOp.Builder> changes) {
        AlterColumnOp.Builder builder = new AlterColumnOp.Builder();
        changes.accept(builder);
        return builder.build(null, table, column);
    }

    // ---------------------------------------------------------------- tables

    @DatabaseTest(DatabaseKind.H2)
    void createTableWithEveryPart(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        live.op().invoke(OwnerAndPet.VISIT);

        Table visit = live.table("visit").orElseThrow();
        assertThat(visit.comment()).isEqualTo("visits to the vet");
        assertThat(visit.columns()).extracting(c -> c.type().kind()).containsExactly(Kind.BIGINT, Kind.INTEGER,
                Kind.VARCHAR, Kind.BOOLEAN, Kind.NUMERIC, Kind.REAL, Kind.DOUBLE, Kind.TEXT, Kind.BLOB, Kind.VARBINARY,
                Kind.UUID, Kind.JSON, Kind.DATE, Kind.TIME, Kind.TIMESTAMP, Kind.BIGINT);
        assertThat(columnOf(visit, "notes").type().databaseType()).isEqualTo("CHARACTER LARGE OBJECT");
        assertThat(columnOf(visit, "thumb").type().length()).isEqualTo(16);
        assertThat(columnOf(visit, "id").identity()).isNotNull();
        assertThat(columnOf(visit, "id").identity().always()).isFalse();
        assertThat(columnOf(visit, "code").comment()).isEqualTo("booking code");
        assertThat(columnOf(visit, "paid").serverDefault().normalized()).isEqualTo("FALSE");
        assertThat(columnOf(visit, "fee").serverDefault().normalized()).isEqualTo("12.50");
        assertThat(columnOf(visit, "created").serverDefault().normalized()).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(columnOf(visit, "fee_cents").computed().expression()).isEqualTo("\"FEE\" * 100");
        assertThat(visit.primaryKey().columns()).containsExactly("ID");
        assertThat(visit.uniqueConstraints()).extracting(UniqueConstraint::columns).containsExactly(List.of("CODE"));
        assertThat(visit.foreignKeys()).extracting(ForeignKey::name, ForeignKey::targetTable, ForeignKey::onDelete)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("FK_VISIT_PET", "PET", ReferentialAction.CASCADE));
        assertThat(visit.checkConstraints()).extracting(CheckConstraint::name).containsExactly("CK_VISIT_FEE");
        assertThat(visit.indexes()).containsExactly(Index.on("IX_VISIT_DAY", false, "DAY", "AT"));
    }

    @DatabaseTest(DatabaseKind.H2)
    void zonedTimesAndFixedLengthBinary(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        runAndReverse(live, "pet", new AddColumnOp(null, "pet", column("seen", timestampWithTimeZone(6)), false,
                false, false), pet -> {
                    assertThat(columnOf(pet, "seen").type().withTimeZone()).isTrue();
                    assertThat(columnOf(pet, "seen").type().precision()).isEqualTo(6);
                });
        runAndReverse(live, "pet", new AddColumnOp(null, "pet", column("hash", binary(4)), false, false, false),
                pet -> assertThat(columnOf(pet, "hash").type().length()).isEqualTo(4));
    }

    // ---------------------------------------------------------------- columns

    @DatabaseTest(DatabaseKind.H2)
    void addColumnWithForeignKeyInASecondStatement(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        AddColumnOp add = new AddColumnOp(null, "pet", column("vet_id", BIGINT).references("owner", "id"), false,
                false, false);
        assertThat(live.dialect().statements(add)).containsExactly("ALTER TABLE pet ADD COLUMN vet_id BIGINT",
                "ALTER TABLE pet ADD FOREIGN KEY(vet_id) REFERENCES owner (id)");
        live.op().invoke(add);

        assertThat(live.table("pet").orElseThrow().foreignKeys()).extracting(ForeignKey::columns,
                ForeignKey::targetTable).containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("VET_ID"),
                        "OWNER"));
    }

    /** The last column, since the reverse adds it back last. */
    @DatabaseTest(DatabaseKind.H2)
    void dropColumnKnowingItIsReversed(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        runAndReverse(live, "pet", new DropColumnOp(null, "pet", "visits", false,
                column("visits", INTEGER).notNull().defaultValue(0)),
                pet -> assertThat(pet.column("VISITS")).isEmpty());
        runAndReverse(live, "pet", new DropColumnOp(null, "pet", "visits", true,
                column("visits", INTEGER).notNull().defaultValue(0)),
                pet -> assertThat(pet.column("VISITS")).isEmpty());
    }

    @DatabaseTest(DatabaseKind.H2)
    void alterNullabilityAndTypeKeepingTheDefault(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        runAndReverse(live, "owner", alter("owner", "nickname", c -> c.nullable(false).existingNullable(true)),
                owner -> assertThat(columnOf(owner, "nickname").nullable()).isFalse());
        AlterColumnOp widen = alter("pet", "visits", c -> c.type(BIGINT).existingType(INTEGER));
        assertThat(live.dialect().statements(widen))
            .containsExactly("ALTER TABLE pet ALTER COLUMN visits SET DATA TYPE BIGINT");
        runAndReverse(live, "pet", widen, pet -> {
            Column visits = columnOf(pet, "visits");
            assertThat(visits.type().kind()).isEqualTo(Kind.BIGINT);
            assertThat(visits.nullable()).isFalse();
            assertThat(visits.serverDefault().normalized()).isEqualTo("0");
        });
        runAndReverse(live, "owner", alter("owner", "nickname", c -> c.type(TEXT).existingType(varchar(40))),
                owner -> assertThat(columnOf(owner, "nickname").type().kind()).isEqualTo(Kind.TEXT));
    }

    @DatabaseTest(DatabaseKind.H2)
    void alterServerDefaultsCommentAndName(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        runAndReverse(live, "owner", alter("owner", "nickname", c -> c.serverDefault("anon")),
                owner -> assertThat(columnOf(owner, "nickname").serverDefault().normalized()).isEqualTo("'anon'"));
        runAndReverse(live, "pet", alter("pet", "visits", c -> c.dropServerDefault().existingServerDefault(0)),
                pet -> assertThat(columnOf(pet, "visits").serverDefault()).isNull());
        runAndReverse(live, "owner", alter("owner", "name", c -> c.comment("their name")),
                owner -> assertThat(columnOf(owner, "name").comment()).isEqualTo("their name"));
        runAndReverse(live, "owner", alter("owner", "name", c -> c.newName("full_name")), owner -> {
            assertThat(owner.column("NAME")).isEmpty();
            assertThat(columnOf(owner, "full_name").nullable()).isFalse();
        });
    }

    // ---------------------------------------------------------------- indexes and constraints

    @DatabaseTest(DatabaseKind.H2)
    void createAndDropIndexes(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        runAndReverse(live, "pet", new CreateIndexOp.Builder().columns("name").descending("visits")
            .build(null, "pet", "ix_pet_name_visits"), pet -> assertThat(pet.indexes()).contains(new Index(
                    "IX_PET_NAME_VISITS", List.of(IndexElement.column("NAME"), IndexElement.column("VISITS").desc()),
                    false, null, List.of())));
        runAndReverse(live, "pet", new CreateIndexOp.Builder().columns("name").unique().ifNotExists()
            .build(null, "pet", "ux_pet_name"), pet -> assertThat(pet.indexes())
                .contains(Index.on("UX_PET_NAME", true, "NAME")));
        runAndReverse(live, "pet", new DropIndexOp(null, null, "ix_pet_owner_id", true, false,
                new CreateIndexOp(null, "pet", Index.on("ix_pet_owner_id", false, "owner_id"), false, false, null)),
                pet -> assertThat(pet.indexes()).extracting(Index::name).doesNotContain("IX_PET_OWNER_ID"));
    }

    @DatabaseTest(DatabaseKind.H2)
    void primaryKeyUniqueAndCheckConstraints(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        live.op().createTable("tag", column("name", varchar(20)).notNull(), column("color", varchar(10)));
        runAndReverse(live, "tag", new AddConstraintOp(null, "tag", new PrimaryKey("pk_tag", List.of("name")), null,
                false), tag -> assertThat(tag.primaryKey()).isEqualTo(new PrimaryKey("PK_TAG", List.of("NAME"))));
        runAndReverse(live, "pet", new AddConstraintOp(null, "pet", unique("uq_pet_name", "name"), null, false),
                pet -> assertThat(pet.uniqueConstraints())
                    .containsExactly(new UniqueConstraint("UQ_PET_NAME", List.of("NAME"), false)));
        runAndReverse(live, "pet", new AddConstraintOp(null, "pet", new UniqueConstraint("uq_pet_nn",
                List.of("name"), true), null, false), pet -> assertThat(pet.uniqueConstraints())
                    .extracting(UniqueConstraint::name).containsExactly("UQ_PET_NN"));
        runAndReverse(live, "pet", new AddConstraintOp(null, "pet", check("ck_pet_visits", "visits >= 0"), null,
                false), pet -> assertThat(pet.checkConstraints()).extracting(CheckConstraint::name)
                    .containsExactly("CK_PET_VISITS"));
    }

    @DatabaseTest(DatabaseKind.H2)
    void foreignKeysAndDroppingConstraints(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        AddConstraintOp fk = new AddConstraintOp(null, "pet", foreignKey("fk_pet_owner", List.of("owner_id"),
                "owner", List.of("id")).onDelete(ReferentialAction.CASCADE).onUpdate(ReferentialAction.SET_NULL),
                null, false);
        runAndReverse(live, "pet", fk, pet -> assertThat(pet.foreignKeys()).containsExactly(new ForeignKey(
                "FK_PET_OWNER", List.of("OWNER_ID"), "PUBLIC", "OWNER", List.of("ID"), ReferentialAction.CASCADE,
                ReferentialAction.SET_NULL, false, false)));
        live.op().invoke(fk);
        runAndReverse(live, "pet", new DropConstraintOp(null, "pet", "fk_pet_owner", null, false, fk),
                pet -> assertThat(pet.foreignKeys()).isEmpty());
    }

    // ---------------------------------------------------------------- what H2 has not

    @DatabaseTest(DatabaseKind.H2)
    void whatH2HasNotStopsWithAMessageBeforeAnythingRuns(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        Table before = live.table("pet").orElseThrow();
        Operations op = live.op();
        assertThatThrownBy(() -> op.createIndex("ix_named", "pet", ix -> ix.columns("name").where("visits > 0")))
            .isInstanceOf(MigrateException.class)
            .hasMessageStartingWith("Cannot create index ix_named on H2: H2 has no partial indexes (WHERE …)");
        assertThatThrownBy(() -> op.createIndex("ix_lower", "pet", ix -> ix.expression("lower(name)")))
            .hasMessageContaining("H2 has no indexes on expressions");
        assertThatThrownBy(() -> op.createIndex("ix_inc", "pet", ix -> ix.columns("name").include("visits")))
            .hasMessageContaining("H2 has no INCLUDE columns");
        assertThatThrownBy(() -> op.createForeignKey("pet", foreignKey("fk_later", List.of("owner_id"), "owner",
                List.of("id")).deferrable(true)))
            .hasMessageStartingWith("Cannot create foreign key fk_later on H2: H2 has no deferrable foreign keys");
        assertThat(live.table("pet")).contains(before);
    }

    @Test
    void renderedForms() {
        RenderedOperations rendered = new RenderedOperations("h2");
        rendered.op().createTable("doc", column("id", INTEGER).autoIncrement().primaryKey(), column("body", TEXT),
                column("hash", varbinary(32)), column("words", INTEGER).computed("length(body)", true));
        assertThat(rendered.statements()).containsExactly("CREATE TABLE doc (\n"
                + "    id INTEGER GENERATED BY DEFAULT AS IDENTITY NOT NULL,\n"
                + "    body CHARACTER LARGE OBJECT,\n"
                + "    hash BINARY VARYING(32),\n"
                + "    words INTEGER GENERATED ALWAYS AS (length(body)),\n"
                + "    PRIMARY KEY (id)\n"
                + ")");
        rendered.op().alterColumn("doc", "body", c -> c.type(varchar(200)).nullable(false).newName("text"));
        assertThat(rendered.statements()).containsExactly("ALTER TABLE doc ALTER COLUMN body SET NOT NULL",
                "ALTER TABLE doc ALTER COLUMN body SET DATA TYPE VARCHAR(200)",
                "ALTER TABLE doc RENAME COLUMN body TO text");
    }

    // ---------------------------------------------------------------- data

}
