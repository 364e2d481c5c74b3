package dev.migrate.operations;

import static dev.migrate.operations.Definitions.column;
import static dev.migrate.operations.Definitions.foreignKey;
import static dev.migrate.operations.Types.BIGINT;
import static dev.migrate.operations.Types.INTEGER;
import static dev.migrate.operations.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.migrate.MigrateException;
import dev.migrate.ddl.StatementFailedException;
import dev.migrate.operations.ops.ConstraintType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

/**
 * {@code op.createUniqueConstraint}, {@code op.createPrimaryKey}, {@code op.createForeignKey},
 * {@code op.createCheckConstraint}, {@code op.createExcludeConstraint} and {@code op.dropConstraint} against the real databases, then reversed.
 */
class ConstraintOperationsOnlineTest {

    private static LiveOperations withTables(TestDatabase db) throws SQLException {
        LiveOperations live = LiveOperations.on(db);
        live.op().createTable("owner", column("id", BIGINT).primaryKey(), column("code", varchar(10)).notNull());
        live.op().createTable("pet", column("id", BIGINT).notNull(), column("owner_id", BIGINT),
                column("weight", INTEGER));
        live.mark();
        return live;
    }

    @DatabaseTest
    void createsAndReversesAUniqueConstraint(TestDatabase db) throws SQLException {
        OnlineFeature.ALTER_CONSTRAINTS.require(db.kind());
        LiveOperations live = withTables(db);
        live.op().createUniqueConstraint("uq_owner_code", "owner", "code");
        assertThat(live.requireTable("owner").uniqueConstraints())
            .containsExactly(new UniqueConstraint(live.name("uq_owner_code"), List.of(live.name("code")), false));
        live.reverseAndCheck();
    }

    @DatabaseTest
    void createsAndReversesAPrimaryKey(TestDatabase db) throws SQLException {
        OnlineFeature.ALTER_CONSTRAINTS.require(db.kind());
        LiveOperations live = withTables(db);
        live.op().createPrimaryKey("pk_pet", "pet", "id");
        assertThat(live.requireTable("pet").primaryKey())
            .isEqualTo(new PrimaryKey(primaryKeyName(db, live, "pk_pet"), List.of(live.name("id"))));
        live.reverseAndCheck();
        assertThat(live.requireTable("pet").primaryKey()).isNull();
    }

    @DatabaseTest
    void createsAndReversesACheckConstraintTheDatabaseEnforces(TestDatabase db) throws SQLException {
        OnlineFeature.ALTER_CONSTRAINTS.require(db.kind());
        LiveOperations live = withTables(db);
        live.op().createCheckConstraint("ck_pet_weight", "pet", "weight > 0 AND weight < 1000");

        assertThat(live.requireTable("pet").checkConstraints()).singleElement().satisfies(check -> {
            assertThat(check.name()).isEqualTo(live.name("ck_pet_weight"));
            assertThat(SchemaNormalizer.expression(check.expression())).isEqualTo("WEIGHT>0ANDWEIGHT<1000");
        });
        assertThatThrownBy(() -> live.jdbc().createStatement()
            .execute("INSERT INTO pet (id, weight) VALUES (1, 0)")).isInstanceOf(SQLException.class);
        live.reverseAndCheck();
    }

    /**
     * Every action on delete and on update. InnoDB treats {@code RESTRICT} as {@code NO ACTION} and reads it back so,
     * and takes {@code SET DEFAULT} without supporting it (it reads back as {@code NO ACTION} too): on MariaDB the
     * test uses the three actions it keeps.
     */
    @DatabaseTest
    void createsForeignKeysWithEveryAction(TestDatabase db) throws SQLException {
        OnlineFeature.ALTER_CONSTRAINTS.require(db.kind());
        LiveOperations live = withTables(db);
        List<ReferentialAction> actions = db.kind() == DatabaseKind.MARIADB
                ? List.of(ReferentialAction.NO_ACTION, ReferentialAction.CASCADE, ReferentialAction.SET_NULL)
                : List.of(ReferentialAction.values());
        for (int i = 0; i < actions.size(); i++) {
            live.op().createForeignKey("pet", foreignKey("fk_pet_owner_" + i, List.of("owner_id"), "owner",
                    List.of("id")).onDelete(actions.get(i)).onUpdate(actions.get((i + 1) % actions.size())));
        }
        List<ForeignKey> foreignKeys = live.requireTable("pet").foreignKeys();
        assertThat(foreignKeys).extracting(ForeignKey::onDelete).containsExactlyElementsOf(actions);
        assertThat(foreignKeys).allSatisfy(fk -> {
            assertThat(fk.columns()).containsExactly(live.name("owner_id"));
            assertThat(fk.targetTable()).isEqualTo(live.name("owner"));
            assertThat(fk.targetColumns()).containsExactly(live.name("id"));
            assertThat(fk.onUpdate())
                .isEqualTo(actions.get((actions.indexOf(fk.onDelete()) + 1) % actions.size()));
        });
        live.reverseAndCheck();
    }

    /** The name the catalog keeps for the primary key {@code name}: MariaDB calls every one {@code PRIMARY}. */
    static String primaryKeyName(TestDatabase db, LiveOperations live, String name) {
        return db.kind() == DatabaseKind.MARIADB ? "PRIMARY" : live.name(name);
    }

    @DatabaseTest
    void aCascadingForeignKeyDeletesTheReferencingRows(TestDatabase db) throws SQLException {
        OnlineFeature.ALTER_CONSTRAINTS.require(db.kind());
        LiveOperations live = withTables(db);
        live.op().createForeignKey("pet", foreignKey("fk_pet_owner", List.of("owner_id"), "owner", List.of("id"))
            .onDelete(ReferentialAction.CASCADE));
        try (Statement statement = live.jdbc().createStatement()) {
            statement.execute("INSERT INTO owner (id, code) VALUES (1, 'a')");
            statement.execute("INSERT INTO pet (id, owner_id) VALUES (10, 1)");
            assertThatThrownBy(() -> statement.execute("INSERT INTO pet (id, owner_id) VALUES (11, 2)"))
                .isInstanceOf(SQLException.class);
            statement.execute("DELETE FROM owner");
        }
        assertThat(live.rows("SELECT COUNT(*) FROM pet")).extracting(row -> ((Number) row.get(0)).intValue())
            .containsExactly(0);
        live.reverseAndCheck();
    }

    @DatabaseTest
    void createsDeferrableForeignKeys(TestDatabase db) throws SQLException {
        LiveOperations live = withTables(db);
        if (db.kind() == DatabaseKind.MARIADB) { // MariaDB checks every foreign key at once
            assertThatThrownBy(() -> live.op().createForeignKey("pet", foreignKey("fk_deferrable",
                    List.of("owner_id"), "owner", List.of("id")).deferrable(false)))
                .isInstanceOf(StatementFailedException.class).hasMessageContaining("syntax")
                .hasMessageContaining("DEFERRABLE");
            return;
        }
        OnlineFeature.DEFERRABLE_FOREIGN_KEYS.require(db.kind());
        live.op().createForeignKey("pet", foreignKey("fk_deferrable", List.of("owner_id"), "owner", List.of("id"))
            .deferrable(false));
        live.op().createForeignKey("pet", foreignKey("fk_deferred", List.of("owner_id"), "owner", List.of("id"))
            .deferrable(true), "FULL", false);

        assertThat(live.requireTable("pet").foreignKeys())
            .extracting(ForeignKey::name, ForeignKey::deferrable, ForeignKey::initiallyDeferred)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(live.name("fk_deferrable"), true, false),
                    org.assertj.core.groups.Tuple.tuple(live.name("fk_deferred"), true, true));
        live.reverseAndCheck();
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void createsForeignKeysWithAMatchTypeAndNotValid(TestDatabase db) throws SQLException {
        LiveOperations live = withTables(db);
        live.jdbc().createStatement().execute("INSERT INTO pet (id, owner_id) VALUES (1, 99)");
        live.mark();
        live.op().createForeignKey("pet", foreignKey("fk_pet_owner", List.of("owner_id"), "owner", List.of("id")),
                "FULL", true);

        assertThat(live.rows("SELECT confmatchtype, convalidated FROM pg_constraint WHERE conname = 'fk_pet_owner' "
                + "AND connamespace = current_schema()::regnamespace")).containsExactly(List.of("f", false));
        assertThatThrownBy(() -> live.jdbc().createStatement()
            .execute("INSERT INTO pet (id, owner_id) VALUES (2, 98)")).isInstanceOf(SQLException.class);
        live.reverseAndCheck();
    }

    @DatabaseTest
    void dropConstraintIsReversedByTheConstraintItDropped(TestDatabase db) throws SQLException {
        OnlineFeature.ALTER_CONSTRAINTS.require(db.kind());
        LiveOperations live = withTables(db);
        live.op().createUniqueConstraint("uq_owner_code", "owner", "code");
        live.op().createForeignKey("pet", foreignKey("fk_pet_owner", List.of("owner_id"), "owner", List.of("id"))
            .onDelete(ReferentialAction.SET_NULL));
        live.op().createCheckConstraint("ck_pet_weight", "pet", "weight >= 0");
        List<MigrateOperation> created = live.ran();
        live.mark();
        created.forEach(operation -> live.op().invoke(operation.reverse()));

        assertThat(live.requireTable("owner").uniqueConstraints()).isEmpty();
        assertThat(live.requireTable("pet").foreignKeys()).isEmpty();
        assertThat(live.requireTable("pet").checkConstraints()).isEmpty();
        live.reverseAndCheck();
        assertThat(live.requireTable("pet").foreignKeys()).hasSize(1);
    }

    @DatabaseTest
    void aDropConstraintThatDoesNotKnowTheConstraintCannotBeReversed(TestDatabase db) throws SQLException {
        OnlineFeature.ALTER_CONSTRAINTS.require(db.kind());
        LiveOperations live = withTables(db);
        live.op().createUniqueConstraint("uq_owner_code", "owner", "code");
        live.mark();
        live.op().dropConstraint("uq_owner_code", "owner", ConstraintType.UNIQUE);
        assertThat(live.requireTable("owner").uniqueConstraints()).isEmpty();
        assertThatThrownBy(live::reverseAndCheck).isInstanceOf(MigrateException.class)
            .hasMessageContaining("cannot be reversed");
    }

    @DatabaseTest
    void anUnnamedConstraintCannotBeReversed(TestDatabase db) throws SQLException {
        OnlineFeature.ALTER_CONSTRAINTS.require(db.kind());
        LiveOperations live = withTables(db);
        live.op().createUniqueConstraint(null, "owner", "code");
        assertThat(live.requireTable("owner").uniqueConstraints()).hasSize(1);
        assertThatThrownBy(live::reverseAndCheck).isInstanceOf(MigrateException.class)
            .hasMessage("An unnamed constraint on owner cannot be reversed; give it a name");
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void createsAnExcludeConstraintThatRejectsOverlappingRowsAndReversesIt(TestDatabase db) throws SQLException {
        LiveOperations live = LiveOperations.on(db);
        live.op().createTable("booking", column("id", BIGINT).primaryKey(), column("lo", INTEGER).notNull(),
                column("hi", INTEGER).notNull(), column("cancelled", Types.BOOLEAN).notNull().defaultValue(false));
        live.mark();
        live.op().createExcludeConstraint("ex_booking_overlap", "booking", ex -> ex
            .expression("int4range(lo, hi)", "&&").where("NOT cancelled").deferrable(true).initially("IMMEDIATE"));

        assertThat(live.rows("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'ex_booking_overlap'"
                + " AND connamespace = current_schema()::regnamespace")).containsExactly(List.of(
                        "EXCLUDE USING gist (int4range(lo, hi) WITH &&) WHERE ((NOT cancelled)) DEFERRABLE"));
        try (Statement statement = live.jdbc().createStatement()) {
            statement.execute("INSERT INTO booking (id, lo, hi) VALUES (1, 10, 20)");
            statement.execute("INSERT INTO booking (id, lo, hi, cancelled) VALUES (2, 15, 25, TRUE)");
            assertThatThrownBy(() -> statement.execute("INSERT INTO booking (id, lo, hi) VALUES (3, 15, 25)"))
                .isInstanceOf(SQLException.class).hasMessageContaining("ex_booking_overlap");
        }
        live.reverseAndCheck();
        try (Statement statement = live.jdbc().createStatement()) {
            statement.execute("INSERT INTO booking (id, lo, hi) VALUES (3, 15, 25)");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql", "mariadb", "h2", "sqlite", "mssql", "oracle"})
    void anExcludeConstraintIsPostgresqlOnly(String dialect) {
        RenderedOperations rendered = new RenderedOperations(dialect);
        assertThatThrownBy(() -> rendered.op().createExcludeConstraint("ex_booking_overlap", "booking",
                ex -> ex.column("room", "=")))
            .isInstanceOf(MigrateException.class)
            .hasMessageStartingWith("Exclude constraint ex_booking_overlap on booking is PostgreSQL only; " + dialect
                    + " has no EXCLUDE constraints");
    }
}
