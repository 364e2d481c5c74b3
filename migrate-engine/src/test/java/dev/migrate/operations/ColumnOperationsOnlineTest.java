package dev.migrate.operations;

import static dev.migrate.operations.Definitions.column;
import static dev.migrate.operations.Types.BIGINT;
import static dev.migrate.operations.Types.INTEGER;
import static dev.migrate.operations.Types.TEXT;
import static dev.migrate.operations.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;

import dev.migrate.MigrateException;
import dev.migrate.operations.ops.AddColumnOp;
import dev.migrate.operations.ops.ConstraintType;
import dev.migrate.operations.ops.DropColumnOp;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Schema;
import dev.migrate.schema.SqlType;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

/** {@code op.addColumn}, {@code op.dropColumn} and {@code op.alterColumn} against the real databases, then reversed. */
class ColumnOperationsOnlineTest {

    private static LiveOperations withOwnerTable(TestDatabase db) throws SQLException {
        LiveOperations live = LiveOperations.on(db);
        live.op().createTable("owner", column("id", BIGINT).primaryKey(), column("name", varchar(20)));
        live.jdbc().createStatement().execute("INSERT INTO owner (id, name) VALUES (1, 'one')");
        live.mark();
        return live;
    }

    @DatabaseTest
    void addColumnWithNullabilityAndDefaultFillsExistingRows(TestDatabase db) throws SQLException {
        OnlineFeature.TABLES.require(db.kind());
        LiveOperations live = withOwnerTable(db);
        live.op().addColumn("owner", column("visits", INTEGER).notNull().defaultValue(3));

        Column visits = live.column("owner", "visits");
        assertThat(visits.nullable()).isFalse();
        assertThat(visits.serverDefault().normalized()).isEqualTo("3");
        assertThat(live.rows("SELECT visits FROM owner")).containsExactly(List.of(3));
        live.reverseAndCheck();
    }

    @DatabaseTest
    void addColumnWithAForeignKeyAddsItInASeparateStatement(TestDatabase db) throws SQLException {
        OnlineFeature.ALTER_CONSTRAINTS.require(db.kind());
        LiveOperations live = withOwnerTable(db);
        live.op().createTable("pet", column("id", BIGINT).primaryKey());
        Schema before = live.mark();
        ColumnDefinition ownerId = column("owner_id", BIGINT).references(ForeignKeyReference.to("owner", "id")
            .onDelete(ReferentialAction.CASCADE).named("fk_pet_owner"));
        List<String> statements = new AddColumnOp(null, "pet", ownerId, false, false, false).toSql(live.dialect());
        assertThat(statements).hasSize(2);
        assertThat(statements.get(1)).contains("ADD CONSTRAINT").contains("FOREIGN KEY");
        live.op().addColumn("pet", ownerId);

        assertThat(live.requireTable("pet").foreignKeys()).extracting(ForeignKey::name, ForeignKey::onDelete)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(live.name("fk_pet_owner"), ReferentialAction.CASCADE));
        if (db.kind() == DatabaseKind.MARIADB) {
            // MariaDB drops no column a foreign key uses: the reverse (DROP COLUMN) fails until the key is dropped
            assertThatThrownBy(() -> live.op().dropColumn("pet", "owner_id"))
                .hasMessageContaining("needed in a foreign key constraint").hasMessageContaining("DROP COLUMN owner_id");
            live.op().dropConstraint("fk_pet_owner", "pet", ConstraintType.FOREIGN_KEY);
            live.op().dropIndex("fk_pet_owner", "pet");
            live.op().dropColumn("pet", "owner_id");
            assertThat(live.schema()).isEqualTo(before);
            return;
        }
        live.reverseAndCheck();
    }

    @DatabaseTest
    void addColumnWithAnIndexCreatesIt(TestDatabase db) throws SQLException {
        OnlineFeature.requireAll(db.kind(), OnlineFeature.TABLES, OnlineFeature.DROP_INDEXED_COLUMNS);
        LiveOperations live = withOwnerTable(db);
        live.op().addColumn("owner", column("email", varchar(80)).index());

        assertThat(live.requireTable("owner").indexes())
            .containsExactly(Index.on(live.name("ix_owner_email"), false, live.name("email")));
        live.reverseAndCheck();
    }

    @DatabaseTest
    void addColumnWithACommentSetsIt(TestDatabase db) throws SQLException {
        OnlineFeature.COMMENTS.require(db.kind());
        LiveOperations live = withOwnerTable(db);
        live.op().addColumn("owner", column("phone", varchar(20)).comment("owner's \"phone\""));

        assertThat(live.column("owner", "phone").comment()).isEqualTo("owner's \"phone\"");
        live.reverseAndCheck();
    }

    @DatabaseTest
    void addColumnIfNotExistsLeavesAnExistingColumn(TestDatabase db) throws SQLException {
        OnlineFeature.COLUMN_IF_EXISTS.require(db.kind());
        LiveOperations live = withOwnerTable(db);
        live.op().addColumnIfNotExists("owner", column("name", INTEGER));
        assertThat(live.column("owner", "name").type().kind()).isEqualTo(SqlType.Kind.VARCHAR);
        live.op().addColumnIfNotExists("owner", column("age", INTEGER));
        assertThat(live.column("owner", "age").type().kind()).isEqualTo(SqlType.Kind.INTEGER);
    }

    @DatabaseTest
    void dropColumnIsReversedByTheColumnItDropped(TestDatabase db) throws SQLException {
        OnlineFeature.TABLES.require(db.kind());
        LiveOperations live = withOwnerTable(db);
        live.op().invoke(new DropColumnOp(null, "owner", "name", false, column("name", varchar(20))));

        assertThat(live.requireTable("owner").column(live.name("name"))).isEmpty();
        live.reverseAndCheck();
    }

    @DatabaseTest
    void dropColumnIfExistsSkipsAMissingColumn(TestDatabase db) throws SQLException {
        OnlineFeature.COLUMN_IF_EXISTS.require(db.kind());
        LiveOperations live = withOwnerTable(db);
        live.op().dropColumnIfExists("owner", "name");
        live.op().dropColumnIfExists("owner", "name");
        assertThat(live.requireTable("owner").columns()).extracting(Column::name).containsExactly(live.name("id"));
    }

    @DatabaseTest
    void aDropColumnThatDoesNotKnowTheColumnCannotBeReversed(TestDatabase db) throws SQLException {
        OnlineFeature.TABLES.require(db.kind());
        LiveOperations live = withOwnerTable(db);
        live.op().dropColumn("owner", "name");
        assertThatThrownBy(live::reverseAndCheck).isInstanceOf(MigrateException.class)
            .hasMessageContaining("cannot be reversed");
    }

    @DatabaseTest
    void alterColumnNullability(TestDatabase db) throws SQLException {
        OnlineFeature.ALTER_COLUMN.require(db.kind());
        LiveOperations live = withOwnerTable(db);
        live.op().alterColumn("owner", "name", c -> c.nullable(false).existingNullable(true)
            .existingType(varchar(20)));
        assertThat(live.column("owner", "name").nullable()).isFalse();
        live.reverseAndCheck();
        assertThat(live.column("owner", "name").nullable()).isTrue();
    }

    @DatabaseTest
    void alterColumnSetsAndDropsTheServerDefault(TestDatabase db) throws SQLException {
        OnlineFeature.ALTER_COLUMN.require(db.kind());
        LiveOperations live = withOwnerTable(db);
        live.op().alterColumn("owner", "name", c -> c.serverDefault("o'neil").existingType(varchar(20)));
        assertThat(live.column("owner", "name").serverDefault().normalized()).isEqualTo("'o''neil'");
        live.op().alterColumn("owner", "name", c -> c.dropServerDefault().existingServerDefault("o'neil")
            .existingType(varchar(20)));
        assertThat(live.column("owner", "name").serverDefault()).isNull();
        live.op().alterColumn("owner", "id", c -> c.serverDefault(DefaultValue.expression("40 + 2"))
            .existingType(BIGINT).existingNullable(false));
        live.jdbc().createStatement().execute("INSERT INTO owner (name) VALUES ('two')");
        assertThat(live.rows("SELECT id FROM owner WHERE name = 'two'")).containsExactly(List.of(42L));
        live.jdbc().createStatement().execute("DELETE FROM owner WHERE name = 'two'");
        live.reverseAndCheck();
    }

    @DatabaseTest
    void alterColumnType(TestDatabase db) throws SQLException {
        OnlineFeature.ALTER_COLUMN.require(db.kind());
        LiveOperations live = withOwnerTable(db);
        live.op().alterColumn("owner", "name", c -> c.type(varchar(200)).existingType(varchar(20)));
        assertThat(live.column("owner", "name").type().length()).isEqualTo(200);
        live.reverseAndCheck();
        assertThat(live.column("owner", "name").type().length()).isEqualTo(20);
    }

    @DatabaseTest
    void alterColumnTypeWithPostgresqlUsing(TestDatabase db) throws SQLException {
        OnlineFeature.ALTER_COLUMN.require(db.kind());
        org.junit.jupiter.api.Assumptions.assumeTrue(db.kind() == DatabaseKind.POSTGRESQL, "USING is PostgreSQL's");
        LiveOperations live = LiveOperations.on(db);
        live.op().createTable("reading", column("value", TEXT));
        live.jdbc().createStatement().execute("INSERT INTO reading VALUES ('12')");
        live.mark();
        live.op().alterColumn("reading", "value", c -> c.type(INTEGER).existingType(TEXT)
            .postgresqlUsing("value::integer"));
        assertThat(live.column("reading", "value").type().kind()).isEqualTo(SqlType.Kind.INTEGER);
        assertThat(live.rows("SELECT value + 1 FROM reading")).containsExactly(List.of(13));
        live.reverseAndCheck();
        assertThat(live.rows("SELECT value FROM reading")).containsExactly(List.of("12"));
    }

    @DatabaseTest
    void alterColumnComment(TestDatabase db) throws SQLException {
        OnlineFeature.COMMENTS.require(db.kind());
        LiveOperations live = withOwnerTable(db);
        live.op().alterColumn("owner", "name", c -> c.comment("the owner's name").existingType(varchar(20)));
        assertThat(live.column("owner", "name").comment()).isEqualTo("the owner's name");
        live.op().alterColumn("owner", "name", c -> c.dropComment().existingComment("the owner's name")
            .existingType(varchar(20)));
        assertThat(live.column("owner", "name").comment()).isNull();
        live.reverseAndCheck();
    }

    @DatabaseTest
    void alterColumnRename(TestDatabase db) throws SQLException {
        OnlineFeature.RENAME_COLUMN.require(db.kind());
        LiveOperations live = withOwnerTable(db);
        live.op().alterColumn("owner", "name", c -> c.newName("full name").existingType(varchar(20)));
        assertThat(live.requireTable("owner").columns()).extracting(Column::name)
            .containsExactly(live.name("id"), "full name");
        live.reverseAndCheck();
    }

    @DatabaseTest
    void alterColumnChangesSeveralThingsAtOnceAndReversesThemAll(TestDatabase db) throws SQLException {
        OnlineFeature.requireAll(db.kind(), OnlineFeature.ALTER_COLUMN, OnlineFeature.RENAME_COLUMN,
                OnlineFeature.COMMENTS);
        LiveOperations live = withOwnerTable(db);
        live.op().alterColumn("owner", "name", c -> c.nullable(false).existingNullable(true)
            .serverDefault("x").type(varchar(50)).existingType(varchar(20)).comment("c").newName("title"));

        Column title = live.column("owner", "title");
        assertThat(title.nullable()).isFalse();
        assertThat(title.serverDefault().normalized()).isEqualTo("'x'");
        assertThat(title.type().length()).isEqualTo(50);
        assertThat(title.comment()).isEqualTo("c");
        live.reverseAndCheck();
    }

    @DatabaseTest
    void anAlterColumnWithoutTheExistingValueCannotBeReversed(TestDatabase db) throws SQLException {
        OnlineFeature.ALTER_COLUMN.require(db.kind());
        LiveOperations live = withOwnerTable(db);
        live.op().alterColumn("owner", "name", c -> c.nullable(false).existingType(varchar(20)));
        assertThatThrownBy(live::reverseAndCheck).isInstanceOf(MigrateException.class)
            .hasMessage("alterColumn of owner.name cannot be reversed without existingNullable");
    }
}
