package dev.migrate.operations;

import static dev.migrate.operations.Definitions.check;
import static dev.migrate.operations.Definitions.column;
import static dev.migrate.operations.Definitions.comment;
import static dev.migrate.operations.Definitions.foreignKey;
import static dev.migrate.operations.Definitions.index;
import static dev.migrate.operations.Definitions.primaryKey;
import static dev.migrate.operations.Definitions.unique;
import static dev.migrate.operations.Types.INTEGER;
import static dev.migrate.operations.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.migrate.MigrateException;
import dev.migrate.ddl.Dialects;
import dev.migrate.operations.ops.CreateIndexOp;
import dev.migrate.operations.ops.ExecuteSqlOp;
import dev.migrate.schema.Column;
import dev.migrate.schema.Index;
import dev.migrate.schema.Table;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

/**
 * Names and values that try to end their quoting — quotes, double quotes, semicolons, backslashes, comment markers,
 * Unicode — go into the database exactly as given and never run as SQL: a table called {@code victim} survives every
 * attempt, and the catalog holds the names and values character for character.
 */
class InjectionOnlineTest {

    /** Each ends a quoted name or string in some database if it is not escaped, then tries to drop the victim. */
    private static final List<String> HOSTILE = List.of(
            "a\"; DROP TABLE victim; --",
            "b'; DROP TABLE victim; --",
            "c`; DROP TABLE victim; --",
            "d\\\"; DROP TABLE victim; --",
            "e\\'; DROP TABLE victim; --",
            "f]; DROP TABLE victim; --",
            "g */ DROP TABLE victim; /*",
            "h\u00fc\u20ac\u4e2d\"\"x",
            "i\\",
            "j$$; DROP TABLE victim; $$");

    private static LiveOperations withVictim(TestDatabase db) throws SQLException {
        OnlineFeature.requireAll(db.kind(), OnlineFeature.TABLES, OnlineFeature.COMMENTS, OnlineFeature.DATA,
                OnlineFeature.ALTER_CONSTRAINTS, OnlineFeature.RENAME_COLUMN, OnlineFeature.ALTER_COLUMN);
        LiveOperations live = LiveOperations.on(db);
        live.op().createTable("victim", column("id", INTEGER));
        live.jdbc().createStatement().execute("INSERT INTO victim VALUES (1)");
        live.mark();
        return live;
    }

    private static void assertVictimSurvives(LiveOperations live) throws SQLException {
        assertThat(live.rows("SELECT id FROM victim")).containsExactly(List.of(1));
    }

    @DatabaseTest({DatabaseKind.POSTGRESQL, DatabaseKind.H2})
    void hostileNamesOfTablesColumnsConstraintsAndIndexesAreKeptExactly(TestDatabase db) throws SQLException {
        LiveOperations live = withVictim(db);
        for (int i = 0; i < HOSTILE.size(); i++) {
            String name = HOSTILE.get(i);
            live.op().createTable(name,
                    column(name, INTEGER).notNull(),
                    column("other " + name, varchar(10)),
                    primaryKey("pk " + name, name),
                    unique("uq " + name, "other " + name),
                    check("ck " + name, live.dialect().quote(name) + " >= 0"),
                    index("ix " + name, "other " + name));
            if (i > 0) {
                live.op().createForeignKey(name, foreignKey("fk " + name, List.of(name), HOSTILE.get(i - 1),
                        List.of(HOSTILE.get(i - 1))));
            }
        }
        assertVictimSurvives(live);
        for (int i = 0; i < HOSTILE.size(); i++) {
            String name = HOSTILE.get(i);
            Table table = live.schema().table(name).orElseThrow(() -> new AssertionError("no table " + name));
            assertThat(table.columns()).extracting(Column::name).containsExactly(name, "other " + name);
            assertThat(table.primaryKey().name()).isEqualTo("pk " + name);
            assertThat(table.primaryKey().columns()).containsExactly(name);
            assertThat(table.uniqueConstraints().get(0).name()).isEqualTo("uq " + name);
            assertThat(table.checkConstraints().get(0).name()).isEqualTo("ck " + name);
            assertThat(table.indexes()).extracting(Index::name).containsExactly("ix " + name);
            if (i > 0) {
                assertThat(table.foreignKeys().get(0).name()).isEqualTo("fk " + name);
                assertThat(table.foreignKeys().get(0).targetTable()).isEqualTo(HOSTILE.get(i - 1));
            }
        }
        live.reverseAndCheck();
        assertVictimSurvives(live);
    }

    @DatabaseTest({DatabaseKind.POSTGRESQL, DatabaseKind.H2})
    void hostileNamesSurviveAlterAndDropOperations(TestDatabase db) throws SQLException {
        LiveOperations live = withVictim(db);
        for (String name : HOSTILE) {
            live.op().createTable(name, column("id", INTEGER));
            live.op().addColumn(name, column(name, varchar(10)).index().comment(name));
            live.op().alterColumn(name, name, c -> c.nullable(false).existingNullable(true).serverDefault(name)
                .type(varchar(100)).existingType(varchar(10)).comment(name + "!").existingComment(name)
                .newName(name + " renamed"));
            live.op().createUniqueConstraint("uq " + name, name, "id");
            live.op().invoke(live.ran().get(live.ran().size() - 1).reverse());
            live.op().createTableComment(name, name);
            live.op().renameTable(name, name + " table");
        }
        assertVictimSurvives(live);
        for (String name : HOSTILE) {
            Table table = live.schema().table(name + " table").orElseThrow();
            Column column = table.column(name + " renamed").orElseThrow();
            assertThat(column.comment()).isEqualTo(name + "!");
            assertThat(column.serverDefault().normalized()).isEqualTo(live.dialect().compiler().literal(name));
            assertThat(column.type().length()).isEqualTo(100);
            assertThat(table.comment()).isEqualTo(name);
            assertThat(table.indexes()).extracting(Index::name).containsExactly("ix_" + name + "_" + name);
        }
        live.reverseAndCheck();
        assertVictimSurvives(live);
    }

    @DatabaseTest({DatabaseKind.POSTGRESQL, DatabaseKind.H2})
    void hostileValuesAreStoredExactlyWhetherBoundOrInlined(TestDatabase db) throws SQLException {
        LiveOperations live = withVictim(db);
        Operations op = live.op();
        op.createTable("note", column("id", INTEGER).primaryKey(), column("text", varchar(100)),
                column("fallback", varchar(100)).defaultValue(HOSTILE.get(1)), comment(HOSTILE.get(0)));
        int id = 0;
        for (String value : HOSTILE) {
            op.execute("INSERT INTO note (id, text) VALUES (:id, :text)", Map.of("id", id++, "text", value));
            op.bulkInsert("note", List.of(Map.of("id", id++, "text", value)));
            op.execute("INSERT INTO note (id, text) VALUES (" + op.inlineLiteral(id++) + ", " + op.inlineLiteral(value)
                    + ")");
            live.dialect().executeStatements(live.jdbc(), new ExecuteSqlOp("INSERT INTO note (id, text) VALUES "
                    + "(:id, :text)", Map.of("id", id++, "text", value)).toSql(live.dialect()));
        }
        assertVictimSurvives(live);
        assertThat(live.rows("SELECT text, fallback FROM note ORDER BY id")).extracting(row -> row.get(0))
            .containsExactlyElementsOf(HOSTILE.stream().flatMap(value -> List.of(value, value, value, value).stream())
                .toList());
        assertThat(live.rows("SELECT DISTINCT fallback FROM note")).containsExactly(List.of(HOSTILE.get(1)));
        assertThat(live.requireTable("note").comment()).isEqualTo(HOSTILE.get(0));
    }

    @Test
    void identifiersWithNulAndTypeNamesWithSqlAreRefused() {
        assertThatThrownBy(() -> Dialects.named("postgresql").quote("a\0b")).isInstanceOf(MigrateException.class)
            .hasMessage("Identifier 'a?b' contains a NUL character");
        assertThatThrownBy(() -> Dialects.named("postgresql").compiler().literal("a\0b"))
            .isInstanceOf(MigrateException.class).hasMessage("A string literal must not contain a NUL character");
        assertThatThrownBy(() -> Types.named("INTEGER); DROP TABLE victim; --")).isInstanceOf(MigrateException.class);
        assertThatThrownBy(() -> Types.named("VARCHAR(10) DEFAULT 'x'')")).isInstanceOf(MigrateException.class);
        assertThatThrownBy(() -> Types.named("INTEGER, evil INTEGER")).isInstanceOf(MigrateException.class);
        assertThatThrownBy(() -> Types.named("NUMERIC(1)), (x")).isInstanceOf(MigrateException.class);
        assertThatThrownBy(() -> Types.named("ENUM('a', ')")).isInstanceOf(MigrateException.class);
        assertThat(Types.named("ENUM('a,b', ')(')").databaseType()).isEqualTo("ENUM('a,b', ')(')");
        assertThat(Types.named("NUMERIC(10, 2)").databaseType()).isEqualTo("NUMERIC(10, 2)");
        CreateIndexOp.Builder hash = new CreateIndexOp.Builder().columns("id").using("btree; DROP TABLE victim");
        assertThatThrownBy(() -> hash.build(null, "t", "ix").toSql(Dialects.named("postgresql")))
            .isInstanceOf(MigrateException.class).hasMessage("'btree; DROP TABLE victim' is not a valid keyword here");
    }
}
