package dev.migrate.ddl.postgresql;

import static dev.migrate.operations.Definitions.column;
import static dev.migrate.operations.Definitions.comment;
import static dev.migrate.operations.Definitions.foreignKey;
import static dev.migrate.operations.Types.BLOB;
import static dev.migrate.operations.Types.BOOLEAN;
import static dev.migrate.operations.Types.INTEGER;
import static dev.migrate.operations.Types.JSON;
import static dev.migrate.operations.Types.TIMESTAMP_WITH_TIME_ZONE;
import static dev.migrate.operations.Types.UUID;
import static dev.migrate.operations.Types.numeric;
import static dev.migrate.operations.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.MigrateException;
import dev.migrate.operations.DefaultValue;
import dev.migrate.operations.Operations;
import dev.migrate.operations.RenderedOperations;
import dev.migrate.operations.ops.AddColumnOp;
import dev.migrate.operations.ops.AddConstraintOp;
import dev.migrate.operations.ops.CreateExcludeConstraintOp;
import dev.migrate.operations.ops.DropConstraintOp;
import dev.migrate.operations.ops.DropIndexOp;
import dev.migrate.schema.ReferentialAction;

/**
 * The generic forms of reference §4.2 as PostgreSQL spells them, each expectation taken from Alembic's tests
 * ({@code test_op.py}, {@code test_postgresql.py}); where the text differs it says why.
 */
class PostgresqlSqlTest {

    private final RenderedOperations rendered = new RenderedOperations("postgresql");
    private final Operations op = rendered.op();

    @Test
    void addColumn() {
        op.addColumn("t1", column("c1", INTEGER).notNull());
        op.addColumnIfNotExists("t1", column("c1", INTEGER).notNull());
        assertThat(rendered.statements()).containsExactly("ALTER TABLE t1 ADD COLUMN c1 INTEGER NOT NULL",
                "ALTER TABLE t1 ADD COLUMN IF NOT EXISTS c1 INTEGER NOT NULL");
    }

    @Test
    void addColumnWithForeignKeyIsTwoStatementsUnlessInline() {
        op.addColumn("t1", column("c1", INTEGER).notNull().references("c2", "id"));
        assertThat(rendered.statements()).containsExactly("ALTER TABLE t1 ADD COLUMN c1 INTEGER NOT NULL",
                "ALTER TABLE t1 ADD FOREIGN KEY(c1) REFERENCES c2 (id)");

        op.invoke(new AddColumnOp(null, "t1", column("c1", INTEGER).notNull().references("c2", "id"), false, true,
                false));
        assertThat(rendered.statements())
            .containsExactly("ALTER TABLE t1 ADD COLUMN c1 INTEGER NOT NULL REFERENCES c2 (id)");
    }

    @Test
    void addColumnWithCommentAndIndex() {
        op.inSchema("foo").addColumn("t1", column("c1", INTEGER).index().comment("c1 comment"));
        assertThat(rendered.statements()).containsExactly("ALTER TABLE foo.t1 ADD COLUMN c1 INTEGER",
                "CREATE INDEX ix_t1_c1 ON foo.t1 (c1)", "COMMENT ON COLUMN foo.t1.c1 IS 'c1 comment'");
    }

    @Test
    void addPrimaryKeyColumnInline() {
        op.invoke(new AddColumnOp(null, "some_table", column("q", INTEGER).autoIncrement().primaryKey(), false,
                false, true));
        assertThat(rendered.statements())
            .containsExactly("ALTER TABLE some_table ADD COLUMN q SERIAL NOT NULL PRIMARY KEY");
    }

    @Test
    void dropColumn() {
        op.dropColumn("t1", "c1");
        op.dropColumnIfExists("t1", "c1");
        assertThat(rendered.statements()).containsExactly("ALTER TABLE t1 DROP COLUMN c1",
                "ALTER TABLE t1 DROP COLUMN IF EXISTS c1");
    }

    /** Alembic's {@code test_add_exclude_constraint…}, and SQLAlchemy's clauses for the other options. */
    @Test
    void excludeConstraint() {
        op.createExcludeConstraint("t_excl_x", "TTable", ex -> ex.column("x", ">"));
        op.createExcludeConstraint("t_excl_x", "TTable", ex -> ex.column("XColumn", ">"));
        op.inSchema("foo").createExcludeConstraint("t_excl_x", "t1", ex -> ex.column("x", ">").where("x > 5"));
        op.createExcludeConstraint("ex_booking", "booking", ex -> ex.column("room", "=")
            .expression("int4range(lo, hi)", "&&").using("GIST").deferrable(true).initially("deferred"));
        op.createExcludeConstraint("ex_b", "b", ex -> ex.column("b", "=").using("btree").deferrable(false));
        assertThat(rendered.statements()).containsExactly(
                "ALTER TABLE \"TTable\" ADD CONSTRAINT t_excl_x EXCLUDE USING gist (x WITH >)",
                "ALTER TABLE \"TTable\" ADD CONSTRAINT t_excl_x EXCLUDE USING gist (\"XColumn\" WITH >)",
                "ALTER TABLE foo.t1 ADD CONSTRAINT t_excl_x EXCLUDE USING gist (x WITH >) WHERE (x > 5)",
                "ALTER TABLE booking ADD CONSTRAINT ex_booking EXCLUDE USING gist (room WITH =, "
                        + "(int4range(lo, hi)) WITH &&) DEFERRABLE INITIALLY DEFERRED",
                "ALTER TABLE b ADD CONSTRAINT ex_b EXCLUDE USING btree (b WITH =) NOT DEFERRABLE");

        op.invoke(new CreateExcludeConstraintOp.Builder().column("x", ">").build("foo", "t1", "t_excl_x").reverse());
        assertThat(rendered.statements()).containsExactly("ALTER TABLE foo.t1 DROP CONSTRAINT t_excl_x");
    }

    @Test
    void excludeConstraintRefusesWhatIsNotAnOperatorOrATime() {
        assertThatThrownBy(() -> op.createExcludeConstraint("ex", "t", ex -> ex.column("x", "= 1) --")))
            .isInstanceOf(MigrateException.class)
            .hasMessage("Exclude constraint ex on t: '= 1) --' is not an operator; give one such as =, && or <>");
        assertThatThrownBy(() -> op.createExcludeConstraint("ex", "t", ex -> ex.column("x", "=").initially("later")))
            .isInstanceOf(MigrateException.class)
            .hasMessage("Exclude constraint ex on t: INITIALLY later is neither DEFERRED nor IMMEDIATE");
        assertThatThrownBy(() -> op.createExcludeConstraint("ex", "t", ex -> { }))
            .isInstanceOf(MigrateException.class).hasMessageStartingWith("Exclude constraint ex on t needs at least");
    }

    @Test
    void nullability() {
        op.alterColumn("t", "c", c -> c.nullable(false));
        op.alterColumn("t", "c", c -> c.nullable(true));
        assertThat(rendered.statements()).containsExactly("ALTER TABLE t ALTER COLUMN c SET NOT NULL",
                "ALTER TABLE t ALTER COLUMN c DROP NOT NULL");
    }

    @Test
    void typeWithAndWithoutUsing() {
        op.alterColumn("t", "c", c -> c.type(varchar(50)));
        op.alterColumn("t", "c", c -> c.type(INTEGER).postgresqlUsing("c::integer"));
        assertThat(rendered.statements()).containsExactly("ALTER TABLE t ALTER COLUMN c TYPE VARCHAR(50)",
                "ALTER TABLE t ALTER COLUMN c TYPE INTEGER USING c::integer");
    }

    @Test
    void usingWithoutATypeIsAnError() {
        assertThatThrownBy(() -> op.alterColumn("t", "c", c -> c.postgresqlUsing("c::integer")))
            .isInstanceOf(MigrateException.class)
            .hasMessage("alterColumn of t.c: postgresqlUsing must be used with a new type");
    }

    @Test
    void typeChangeComesFirstThenAlembicsOrderWithTheRenameLast() {
        op.alterColumn("t", "c", c -> c.newName("x").nullable(false).serverDefault("q").type(INTEGER)
            .postgresqlUsing("c::integer").comment("x"));
        assertThat(rendered.statements()).containsExactly(
                "ALTER TABLE t ALTER COLUMN c TYPE INTEGER USING c::integer",
                "ALTER TABLE t ALTER COLUMN c SET NOT NULL",
                "ALTER TABLE t ALTER COLUMN c SET DEFAULT 'q'",
                "COMMENT ON COLUMN t.c IS 'x'",
                "ALTER TABLE t RENAME COLUMN c TO x");
    }

    /** Alembic writes {@code RENAME c TO x}; PostgreSQL reads both, and {@code RENAME COLUMN} is the SQL standard's. */
    @Test
    void renameColumn() {
        op.alterColumn("t", "c", c -> c.newName("x"));
        assertThat(rendered.statements()).containsExactly("ALTER TABLE t RENAME COLUMN c TO x");
    }

    @Test
    void serverDefault() {
        op.alterColumn("t", "c", c -> c.serverDefault("q"));
        op.alterColumn("t", "c", c -> c.dropServerDefault());
        op.alterColumn("t", "c", c -> c.serverDefault(DefaultValue.expression("now()")));
        assertThat(rendered.statements()).containsExactly("ALTER TABLE t ALTER COLUMN c SET DEFAULT 'q'",
                "ALTER TABLE t ALTER COLUMN c DROP DEFAULT", "ALTER TABLE t ALTER COLUMN c SET DEFAULT now()");
    }

    @Test
    void columnComment() {
        op.inSchema("foo").alterColumn("t", "c", c -> c.comment("x"));
        op.inSchema("foo").alterColumn("t", "c", c -> c.dropComment());
        assertThat(rendered.statements()).containsExactly("COMMENT ON COLUMN foo.t.c IS 'x'",
                "COMMENT ON COLUMN foo.t.c IS NULL");
    }

    @Test
    void tableComment() {
        op.createTableComment("t2", "t2 table");
        op.dropTableComment("t2", "t2 table");
        assertThat(rendered.statements()).containsExactly("COMMENT ON TABLE t2 IS 't2 table'",
                "COMMENT ON TABLE t2 IS NULL");
    }

    @Test
    void renameTableQualifiesOnlyTheOldName() {
        op.renameTable("t1", "t2");
        op.inSchema("foo").renameTable("t1", "t2");
        assertThat(rendered.statements()).containsExactly("ALTER TABLE t1 RENAME TO t2",
                "ALTER TABLE foo.t1 RENAME TO t2");
    }

    @Test
    void dropConstraint() {
        op.dropConstraint("foo_bar_bat", "t1");
        op.invoke(new DropConstraintOp(null, "t1", "foo_bar_bat", null, true, null));
        assertThat(rendered.statements()).containsExactly("ALTER TABLE t1 DROP CONSTRAINT foo_bar_bat",
                "ALTER TABLE t1 DROP CONSTRAINT IF EXISTS foo_bar_bat");
    }

    @Test
    void createAndDropTableIfNotExistsAndIfExists() {
        op.createTableIfNotExists("t1", column("c1", INTEGER));
        op.dropTableIfExists("t1");
        op.inSchema("foo").dropTable("t1");
        assertThat(rendered.statements()).containsExactly("CREATE TABLE IF NOT EXISTS t1 (\n    c1 INTEGER\n)",
                "DROP TABLE IF EXISTS t1", "DROP TABLE foo.t1");
    }

    @Test
    void createAndDropIndex() {
        op.createIndex("ik_test", "t1", "foo", "bar");
        op.createIndex("ik_test", "t1", ix -> ix.columns("foo").unique().ifNotExists());
        op.createIndex("geocoded", "locations", ix -> ix.columns("coordinates").concurrently());
        op.createIndex("geocoded", "locations", ix -> ix.columns("coordinates")
            .where("locations.coordinates != Null"));
        op.createIndex("i", "t", ix -> ix.columns("c1").include("inc"));
        op.createIndex("i", "t", ix -> ix.columns("data").using("gin"));
        op.dropIndex("ik_test");
        op.inSchema("foo").dropIndexIfExists("ik_test", "t1");
        op.invoke(new DropIndexOp(null, "locations", "geocoded", false, true, null));
        assertThat(rendered.statements()).containsExactly(
                "CREATE INDEX ik_test ON t1 (foo, bar)",
                "CREATE UNIQUE INDEX IF NOT EXISTS ik_test ON t1 (foo)",
                "CREATE INDEX CONCURRENTLY geocoded ON locations (coordinates)",
                "CREATE INDEX geocoded ON locations (coordinates) WHERE locations.coordinates != Null",
                "CREATE INDEX i ON t (c1) INCLUDE (inc)",
                "CREATE INDEX i ON t USING gin (data)",
                "DROP INDEX ik_test",
                "DROP INDEX IF EXISTS foo.ik_test",
                "DROP INDEX CONCURRENTLY geocoded");
    }

    @Test
    void addForeignKeyWithEveryOption() {
        op.createForeignKey("t1", foreignKey("fk_test", List.of("foo", "bar"), "t2", List.of("bat", "hoho"))
            .onDelete(ReferentialAction.CASCADE).onUpdate(ReferentialAction.CASCADE).deferrable(true));
        op.invoke(new AddConstraintOp(null, "t1", foreignKey("fk_test", List.of("foo"), "t2", List.of("bat")),
                "simple", true));
        assertThat(rendered.statements()).containsExactly(
                "ALTER TABLE t1 ADD CONSTRAINT fk_test FOREIGN KEY(foo, bar) REFERENCES t2 (bat, hoho) "
                        + "ON DELETE CASCADE ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED",
                "ALTER TABLE t1 ADD CONSTRAINT fk_test FOREIGN KEY(foo) REFERENCES t2 (bat) MATCH SIMPLE NOT VALID");
    }

    @Test
    void addPrimaryKeyUniqueAndCheck() {
        op.createPrimaryKey("pk_test", "t1", "foo", "bar");
        op.createUniqueConstraint("uk_test", "t1", "foo", "bar");
        op.createCheckConstraint("ck_user_name_len", "user_table", "len(name) > 5");
        assertThat(rendered.statements()).containsExactly("ALTER TABLE t1 ADD CONSTRAINT pk_test PRIMARY KEY (foo, bar)",
                "ALTER TABLE t1 ADD CONSTRAINT uk_test UNIQUE (foo, bar)",
                "ALTER TABLE user_table ADD CONSTRAINT ck_user_name_len CHECK (len(name) > 5)");
    }

    @Test
    void createTableWithIdentityAndCommentsAsSeparateStatements() {
        op.createTable("t2",
                column("c1", INTEGER).identity().primaryKey().comment("c1 comment"),
                column("c2", varchar(20)).defaultValue("x"),
                comment("t2 table"));
        assertThat(rendered.statements()).containsExactly(
                "CREATE TABLE t2 (\n    c1 INTEGER GENERATED BY DEFAULT AS IDENTITY NOT NULL,\n"
                        + "    c2 VARCHAR(20) DEFAULT 'x',\n    PRIMARY KEY (c1)\n)",
                "COMMENT ON TABLE t2 IS 't2 table'",
                "COMMENT ON COLUMN t2.c1 IS 'c1 comment'");
    }

    @Test
    void generatedColumnsAreStoredOrVirtual() {
        op.createTable("t", column("a", INTEGER), column("b", INTEGER).computed("a * 2", true),
                column("c", INTEGER).computed("a + 1", false));
        assertThat(rendered.statements()).containsExactly("CREATE TABLE t (\n    a INTEGER,\n"
                + "    b INTEGER GENERATED ALWAYS AS (a * 2) STORED,\n"
                + "    c INTEGER GENERATED ALWAYS AS (a + 1) VIRTUAL\n)");
    }

    @Test
    void nativeTypes() {
        op.createTable("t", column("a", BOOLEAN), column("b", JSON), column("c", BLOB), column("d", UUID),
                column("e", TIMESTAMP_WITH_TIME_ZONE), column("f", numeric(10, 2)), column("g", INTEGER.asArray()));
        assertThat(rendered.statements()).containsExactly("CREATE TABLE t (\n    a BOOLEAN,\n    b JSONB,\n"
                + "    c BYTEA,\n    d UUID,\n    e TIMESTAMP WITH TIME ZONE,\n    f NUMERIC(10, 2),\n"
                + "    g INTEGER[]\n)");
    }

    @Test
    void literals() {
        assertThat(op.inlineLiteral(true)).isEqualTo("TRUE");
        assertThat(op.inlineLiteral("it's")).isEqualTo("'it''s'");
        assertThat(op.inlineLiteral(new byte[] {0x0a, (byte) 0xff})).isEqualTo("'\\x0aff'::bytea");
        assertThat(op.inlineLiteral(LocalDate.of(2024, 5, 1))).isEqualTo("'2024-05-01'");
    }
}
