package dev.migrate.ddl.sqlite;

import static dev.migrate.operations.Definitions.column;
import static dev.migrate.operations.Definitions.comment;
import static dev.migrate.operations.Definitions.index;
import static dev.migrate.operations.Reversals.rows;
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
import static dev.migrate.operations.Types.TIMESTAMP_WITH_TIME_ZONE;
import static dev.migrate.operations.Types.UUID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.MigrateException;
import dev.migrate.operations.ForeignKeyReference;
import dev.migrate.operations.LiveOperations;
import dev.migrate.operations.Operations;
import dev.migrate.operations.OwnerAndPet;
import dev.migrate.operations.RenderedOperations;
import dev.migrate.operations.ops.AddColumnOp;
import dev.migrate.operations.ops.AlterColumnOp;
import dev.migrate.operations.ops.CreateIndexOp;
import dev.migrate.operations.ops.DropColumnOp;
import dev.migrate.operations.ops.DropIndexOp;
import dev.migrate.operations.ops.TableCommentOp;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexElement;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.SqlType.Kind;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

/**
 * Every directive SQLite's {@code ALTER TABLE} can carry out, run on a real SQLite database through the SQLite
 * compiler, read back through the inspector, then reversed; and Alembic's refusal of the rest, which batch mode does
 * instead.
 */
class SqliteOperationsTest {

    private static Column columnOf(Table table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError("no column " + name + " in " + table));
    }

    // ---------------------------------------------------------------- tables

    @DatabaseTest(DatabaseKind.SQLITE)
    void createTableWithEveryPartLeavingCommentsOut(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        live.op().invoke(OwnerAndPet.VISIT);

        Table visit = live.table("visit").orElseThrow();
        assertThat(visit.comment()).isNull();
        assertThat(visit.columns()).extracting(c -> c.type().kind()).containsExactly(Kind.INTEGER, Kind.INTEGER,
                Kind.VARCHAR, Kind.BOOLEAN, Kind.NUMERIC, Kind.REAL, Kind.DOUBLE, Kind.TEXT, Kind.BLOB, Kind.VARBINARY,
                Kind.UUID, Kind.JSON, Kind.DATE, Kind.TIME, Kind.TIMESTAMP, Kind.BIGINT);
        assertThat(columnOf(visit, "id").autoIncrement()).isTrue();
        assertThat(columnOf(visit, "code").comment()).isNull();
        assertThat(columnOf(visit, "created").serverDefault().normalized()).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(columnOf(visit, "fee_cents").computed()).isNotNull();
        assertThat(visit.primaryKey().columns()).containsExactly("id");
        assertThat(visit.uniqueConstraints()).extracting(UniqueConstraint::columns).containsExactly(List.of("code"));
        assertThat(visit.foreignKeys()).containsExactly(new ForeignKey("fk_visit_pet", List.of("pet_id"), "main",
                "pet", List.of("id"), ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, false, false));
        assertThat(visit.checkConstraints()).extracting(CheckConstraint::name).containsExactly("ck_visit_fee");
        assertThat(visit.indexes()).containsExactly(Index.on("ix_visit_day", false, "day", "at"));
    }

    @DatabaseTest(DatabaseKind.SQLITE)
    void autoIncrementKeyNumbersRows(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        live.op().execute("INSERT INTO owner (name) VALUES ('Ann')");
        live.op().execute("INSERT INTO owner (name) VALUES ('Bob')");
        assertThat(rows(live.connection().orElseThrow(), "SELECT id, name FROM owner ORDER BY id"))
            .containsExactly("1|Ann", "2|Bob");
        assertThat(rows(live.connection().orElseThrow(), "SELECT sql FROM sqlite_master WHERE name = 'owner'"))
            .singleElement().asString().contains("id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT");
    }

    @DatabaseTest(DatabaseKind.SQLITE)
    void identityZonedTimestampsAndExpressionDefaults(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        live.op().createTable("log", column("id", BIGINT).identity().primaryKey(),
                column("at", TIMESTAMP_WITH_TIME_ZONE).notNull().defaultSql("datetime('now')"));
        live.op().execute("INSERT INTO log DEFAULT VALUES");

        Table log = live.table("log").orElseThrow();
        assertThat(columnOf(log, "id").autoIncrement()).isTrue();
        assertThat(columnOf(log, "at").type().withTimeZone()).isTrue();
        assertThat(columnOf(log, "at").serverDefault().normalized()).isEqualTo("datetime('now')");
        assertThat(rows(live.connection().orElseThrow(), "SELECT id, at IS NOT NULL FROM log"))
            .containsExactly("1|1");
    }

    // ---------------------------------------------------------------- columns

    @DatabaseTest(DatabaseKind.SQLITE)
    void addColumnDeclaresItsForeignKeyWithIt(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        AddColumnOp add = new AddColumnOp(null, "pet", column("vet_id", BIGINT).references(new ForeignKeyReference(
                "fk_pet_vet", null, "owner", "id", ReferentialAction.SET_NULL, ReferentialAction.NO_ACTION)), false,
                false, false);
        assertThat(live.dialect().statements(add)).containsExactly(
                "ALTER TABLE pet ADD COLUMN vet_id BIGINT CONSTRAINT fk_pet_vet REFERENCES owner (id) ON DELETE SET NULL");
        runAndReverse(live, "pet", add, pet -> assertThat(pet.foreignKeys()).contains(new ForeignKey("fk_pet_vet",
                List.of("vet_id"), "main", "owner", List.of("id"), ReferentialAction.SET_NULL,
                ReferentialAction.NO_ACTION, false, false)));
    }

    @DatabaseTest(DatabaseKind.SQLITE)
    void dropAndRenameColumns(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        runAndReverse(live, "pet", new DropColumnOp(null, "pet", "visits", false,
                column("visits", INTEGER).notNull().defaultValue(0)),
                pet -> assertThat(pet.column("visits")).isEmpty());
        AlterColumnOp.Builder rename = new AlterColumnOp.Builder().newName("called").comment("ignored");
        runAndReverse(live, "pet", rename.build(null, "pet", "name"), pet -> {
            assertThat(pet.column("name")).isEmpty();
            assertThat(columnOf(pet, "called").type().length()).isEqualTo(30);
        });
        runAndReverse(live, "owner", new TableCommentOp(null, "owner", "ignored", null),
                owner -> assertThat(owner.comment()).isNull());
    }

    // ---------------------------------------------------------------- indexes

    @DatabaseTest(DatabaseKind.SQLITE)
    void createAndDropIndexesPartialOnesAndExpressionsToo(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        runAndReverse(live, "pet", new CreateIndexOp.Builder().columns("name").descending("visits")
            .where("visits > 0").build(null, "pet", "ix_pet_busy"), pet -> assertThat(pet.indexes()).contains(
                    new Index("ix_pet_busy", List.of(IndexElement.column("name"), IndexElement.column("visits")
                        .desc()), false, "visits > 0", List.of())));
        runAndReverse(live, "pet", new CreateIndexOp.Builder().expression("lower(name)").unique().ifNotExists()
            .build(null, "pet", "ux_pet_lower_name"), pet -> assertThat(pet.indexes()).contains(new Index(
                    "ux_pet_lower_name", List.of(IndexElement.expression("lower(name)")), true, null, List.of())));
        runAndReverse(live, "pet", new DropIndexOp(null, null, "ix_pet_owner_id", true, false,
                new CreateIndexOp(null, "pet", Index.on("ix_pet_owner_id", false, "owner_id"), false, false, null)),
                pet -> assertThat(pet.indexes()).extracting(Index::name).doesNotContain("ix_pet_owner_id"));
    }

    // ---------------------------------------------------------------- what SQLite cannot alter

    @DatabaseTest(DatabaseKind.SQLITE)
    void constraintsAndColumnChangesStopWithAlembicsMessageBeforeAnythingRuns(TestDatabase db) throws SQLException {
        LiveOperations live = OwnerAndPet.create(db);
        Table before = live.table("pet").orElseThrow();
        Operations op = live.op();
        String alembic = "No support for ALTER of constraints in SQLite dialect. Please refer to the batch mode "
                + "feature which allows for SQLite migrations using a copy-and-move strategy.";
        assertThatThrownBy(() -> op.createUniqueConstraint("uq_pet_name", "pet", "name"))
            .isInstanceOf(MigrateException.class).hasMessage(alembic);
        assertThatThrownBy(() -> op.createCheckConstraint("ck_visits", "pet", "visits >= 0")).hasMessage(alembic);
        assertThatThrownBy(() -> op.dropConstraint("fk_anything", "pet")).hasMessage(alembic);
        assertThatThrownBy(() -> op.alterColumn("pet", "name", c -> c.nullable(false).newName("called")))
            .isInstanceOf(MigrateException.class)
            .hasMessageContaining("No support for ALTER COLUMN of pet.name")
            .hasMessageContaining("Please refer to the batch mode feature")
            .hasMessageContaining("op.batchAlterTable(\"pet\", batch -> batch.alterColumn(\"name\", …))");
        assertThatThrownBy(() -> op.alterColumn("pet", "visits", c -> c.serverDefault(1)))
            .hasMessageContaining("No support for ALTER COLUMN of pet.visits");
        assertThatThrownBy(() -> op.alterColumn("pet", "visits", c -> c.type(BIGINT)))
            .hasMessageContaining("No support for ALTER COLUMN of pet.visits");
        assertThatThrownBy(() -> op.addColumnIfNotExists("pet", column("x", INTEGER)))
            .hasMessageContaining("SQLite has no ADD COLUMN IF NOT EXISTS");
        assertThatThrownBy(() -> op.createIndex("ix_inc", "pet", ix -> ix.columns("name").include("visits")))
            .hasMessageStartingWith("Cannot write index ix_inc for SQLite: SQLite has no INCLUDE columns");
        assertThatThrownBy(() -> op.addColumn("pet", column("serial", INTEGER).autoIncrement()))
            .hasMessageStartingWith("Column serial cannot be numbered by SQLite");
        assertThat(live.table("pet")).contains(before);
    }

    @Test
    void renderedForms() {
        RenderedOperations rendered = new RenderedOperations("sqlite");
        rendered.op().createTable("doc", column("id", BIGINT).autoIncrement().primaryKey(),
                column("body", TEXT).comment("the text"), column("at", TIMESTAMP).defaultSql("CURRENT_TIMESTAMP"),
                column("day", DATE).defaultSql("date('now')"), comment("documents"));
        assertThat(rendered.statements()).containsExactly("CREATE TABLE doc (\n"
                + "    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n"
                + "    body TEXT,\n"
                + "    at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,\n"
                + "    day DATE DEFAULT (date('now'))\n"
                + ")");
        rendered.op().createTable("pair", column("a", INTEGER).primaryKey(), column("b", INTEGER).primaryKey());
        assertThat(rendered.statements()).singleElement().asString().endsWith("    PRIMARY KEY (a, b)\n)");
        rendered.op().alterColumn("doc", "body", c -> c.newName("text").comment("still the text"));
        assertThat(rendered.statements()).containsExactly("ALTER TABLE doc RENAME COLUMN body TO text");
        rendered.op().dropTableComment("doc", "documents");
        assertThat(rendered.statements()).isEmpty();
    }

    // ---------------------------------------------------------------- data

}
