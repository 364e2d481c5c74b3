package dev.migrate.ddl.mssql;

import static dev.migrate.operations.Definitions.column;
import static dev.migrate.operations.Definitions.comment;
import static dev.migrate.operations.Types.BLOB;
import static dev.migrate.operations.Types.BOOLEAN;
import static dev.migrate.operations.Types.DOUBLE;
import static dev.migrate.operations.Types.INTEGER;
import static dev.migrate.operations.Types.JSON;
import static dev.migrate.operations.Types.TEXT;
import static dev.migrate.operations.Types.UUID;
import static dev.migrate.operations.Types.character;
import static dev.migrate.operations.Types.timestamp;
import static dev.migrate.operations.Types.timestampWithTimeZone;
import static dev.migrate.operations.Types.varchar;
import static dev.migrate.script.Rev.map;
import static dev.migrate.script.Rev.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.migrate.MigrateException;
import dev.migrate.Migration;
import dev.migrate.ddl.Dialects;
import dev.migrate.operations.Definitions;
import dev.migrate.operations.Operations;
import dev.migrate.operations.RenderedOperations;
import dev.migrate.runtime.EnvironmentContext;
import dev.migrate.runtime.OfflineMigrationContext;
import dev.migrate.schema.Identity;
import dev.migrate.script.RevisionMap;

/**
 * SQL Server's forms of reference §4.2, each expectation taken from Alembic's {@code test_mssql.py}. Two deliberate
 * differences: a comment is a Unicode literal ({@code '…'}) only when it has characters beyond ASCII, as every
 * string is, where Alembic always writes one; and the constraint name in the T-SQL block is an
 * {@code nvarchar(258)}, the type {@code QUOTENAME} returns, where Alembic's {@code varchar(256)} loses names beyond
 * the server's code page.
 */
class MssqlSqlTest {

    private static final String DROP_DEFAULT_OF_T_C = """
            declare @const_name nvarchar(258)
            select @const_name = QUOTENAME([name]) from sys.default_constraints
            where parent_object_id = object_id('t')
            and col_name(parent_object_id, parent_column_id) = 'c'
            exec('alter table t drop constraint ' + @const_name)""";

    private static final String DROP_CHECK_OF_T_C = DROP_DEFAULT_OF_T_C.replace("sys.default_constraints",
            "sys.check_constraints");

    private static final String DROP_FOREIGN_KEY_OF_T_C = """
            declare @const_name nvarchar(258)
            select @const_name = QUOTENAME([name]) from
            sys.foreign_keys fk join sys.foreign_key_columns fkc
            on fk.object_id=fkc.constraint_object_id
            where fkc.parent_object_id = object_id('t')
            and col_name(fkc.parent_object_id, fkc.parent_column_id) = 'c'
            exec('alter table t drop constraint ' + @const_name)""";

    private final RenderedOperations rendered = new RenderedOperations("mssql");
    private final Operations op = rendered.op();

    @Test
    void addColumnWithoutTheColumnKeyword() {
        op.addColumn("t1", column("c1", INTEGER).notNull());
        op.addColumn("t1", column("c1", INTEGER).notNull().defaultValue("12"));
        op.addColumn("t1", column("some_column", INTEGER).computed("foo * 5", false));
        op.addColumn("t1", column("c1", INTEGER).notNull().references("c2", "id"));
        assertThat(rendered.statements()).containsExactly("ALTER TABLE t1 ADD c1 INTEGER NOT NULL",
                "ALTER TABLE t1 ADD c1 INTEGER DEFAULT '12' NOT NULL",
                "ALTER TABLE t1 ADD some_column AS (foo * 5)",
                "ALTER TABLE t1 ADD c1 INTEGER NOT NULL",
                "ALTER TABLE t1 ADD FOREIGN KEY(c1) REFERENCES c2 (id)");
    }

    @Test
    void identityColumns() {
        op.addColumn("t1", column("some_column", INTEGER).notNull().identity());
        op.addColumn("t1", column("some_column", INTEGER).notNull()
            .identity(new Identity(false, 3L, null, null, null, false, null)));
        op.addColumn("t1", column("some_column", INTEGER).notNull()
            .identity(new Identity(false, 3L, 3L, null, null, false, null)));
        op.addColumn("t1", column("some_column", INTEGER).notNull().autoIncrement());
        assertThat(rendered.statements()).containsExactly("ALTER TABLE t1 ADD some_column INTEGER IDENTITY NOT NULL",
                "ALTER TABLE t1 ADD some_column INTEGER IDENTITY(3,1) NOT NULL",
                "ALTER TABLE t1 ADD some_column INTEGER IDENTITY(3,3) NOT NULL",
                "ALTER TABLE t1 ADD some_column INTEGER IDENTITY NOT NULL");
        assertThatThrownBy(() -> op.addColumn("t1", column("c", INTEGER)
            .identity(new Identity(false, null, null, null, 99L, true, null))))
            .isInstanceOf(MigrateException.class)
            .hasMessageStartingWith("SQL Server identity columns take only a start and an increment");
    }

    @Test
    void dropColumnDropsItsDefaultConstraintFirst() {
        op.dropColumn("t", "c");
        op.dropColumn("table", "column");
        assertThat(rendered.statements()).containsExactly(DROP_DEFAULT_OF_T_C, "ALTER TABLE t DROP COLUMN c",
                """
                declare @const_name nvarchar(258)
                select @const_name = QUOTENAME([name]) from sys.default_constraints
                where parent_object_id = object_id('[table]')
                and col_name(parent_object_id, parent_column_id) = 'column'
                exec('alter table [table] drop constraint ' + @const_name)""",
                "ALTER TABLE [table] DROP COLUMN [column]");
    }

    /**
     * Alembic's {@code test_drop_column_w_check}, {@code …_w_fk} and {@code …_w_fk_schema}: the blocks for the
     * column's default (always, here), check constraint and foreign key, in that order, before the column.
     */
    @Test
    void dropColumnDropsItsCheckConstraintAndForeignKeyWhenAsked() {
        op.dropColumn("t", "c", drop -> drop.mssqlDropCheck().mssqlDropForeignKey());
        assertThat(rendered.statements()).containsExactly(DROP_DEFAULT_OF_T_C, DROP_CHECK_OF_T_C,
                DROP_FOREIGN_KEY_OF_T_C, "ALTER TABLE t DROP COLUMN c");

        op.inSchema("xyz").dropColumn("t", "c", drop -> drop.mssqlDropForeignKey());
        assertThat(rendered.statements()).containsExactly(DROP_DEFAULT_OF_T_C.replace("'t'", "'xyz.t'")
            .replace("table t", "table xyz.t"), DROP_FOREIGN_KEY_OF_T_C.replace("'t'", "'xyz.t'")
            .replace("table t", "table xyz.t"), "ALTER TABLE xyz.t DROP COLUMN c");

        op.batchAlterTable("t", batch -> batch.dropColumn("c", drop -> drop.mssqlDropCheck()));
        assertThat(rendered.statements()).containsExactly(DROP_DEFAULT_OF_T_C, DROP_CHECK_OF_T_C,
                "ALTER TABLE t DROP COLUMN c");
    }

    /** The same blocks in a {@code --sql} script, each a batch of its own ended by {@code GO}. */
    @Test
    void dropColumnOptionsInAnOfflineScript() {
        RevisionMap map = map(rev("r1"));
        StringBuilder out = new StringBuilder();
        OfflineMigrationContext.configure(Dialects.named("mssql"), EnvironmentContext.builder().build(), out)
            .run(map, List.of("r1"), heads -> map.downgradePlan(heads, "base"), revision -> new Migration() {
                @Override
                public void upgrade(Operations op) {
                }

                @Override
                public void downgrade(Operations op) {
                    op.dropColumn("t", "c", drop -> drop.mssqlDropCheck().mssqlDropForeignKey());
                }
            });
        assertThat(out.toString()).contains(DROP_DEFAULT_OF_T_C + ";\nGO\n\n" + DROP_CHECK_OF_T_C + ";\nGO\n\n"
                + DROP_FOREIGN_KEY_OF_T_C + ";\nGO\n\nALTER TABLE t DROP COLUMN c;\nGO\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "mariadb", "h2", "sqlite", "oracle"})
    void otherDatabasesIgnoreTheSqlServerDropColumnOptions(String dialect) {
        RenderedOperations other = new RenderedOperations(dialect);
        other.op().dropColumn("t", "c", drop -> drop.mssqlDropCheck().mssqlDropForeignKey());
        assertThat(other.statements()).containsExactly("ALTER TABLE t DROP COLUMN c");
    }

    @Test
    void namesBeyondAsciiAreUnicodeLiterals() {
        op.alterColumn("t", "prénom", c -> c.dropServerDefault());
        op.alterColumn("t", "prénom", c -> c.comment("名前"));
        assertThat(rendered.statements()).containsExactly("""
                declare @const_name nvarchar(258)
                select @const_name = QUOTENAME([name]) from sys.default_constraints
                where parent_object_id = object_id('t')
                and col_name(parent_object_id, parent_column_id) = N'prénom'
                exec('alter table t drop constraint ' + @const_name)""",
                "exec sp_addextendedproperty 'MS_Description', N'名前', 'schema', dbo, 'table', t, 'column', [prénom]");
    }

    @Test
    void theDefaultBlockNamesTheSchema() {
        op.inSchema("xyz").alterColumn("t", "c", c -> c.dropServerDefault());
        assertThat(rendered.statements()).containsExactly(DROP_DEFAULT_OF_T_C.replace("'t'", "'xyz.t'")
            .replace("alter table t", "alter table xyz.t"));
    }

    @Test
    void nullabilityRestatesTheType() {
        op.alterColumn("t", "c", c -> c.nullable(true).existingType(INTEGER));
        op.alterColumn("t", "c", c -> c.nullable(false).existingType(INTEGER));
        op.alterColumn("t", "c", c -> c.nullable(true).type(INTEGER));
        op.alterColumn("t", "c", c -> c.nullable(false).type(INTEGER));
        op.alterColumn("tests", "col", c -> c.existingType(BOOLEAN).nullable(false));
        assertThat(rendered.statements()).containsExactly("ALTER TABLE t ALTER COLUMN c INTEGER NULL",
                "ALTER TABLE t ALTER COLUMN c INTEGER NOT NULL", "ALTER TABLE t ALTER COLUMN c INTEGER NULL",
                "ALTER TABLE t ALTER COLUMN c INTEGER NOT NULL", "ALTER TABLE tests ALTER COLUMN col BIT NOT NULL");
    }

    @Test
    void nullabilityNeedsAType() {
        assertThatThrownBy(() -> op.alterColumn("t", "c", c -> c.nullable(false)))
            .isInstanceOf(MigrateException.class)
            .hasMessageStartingWith("MS-SQL ALTER COLUMN operations with NULL or NOT NULL require the existing_type "
                    + "or a new type_ be passed.")
            .hasMessageContaining("alterColumn of t.c");
    }

    @Test
    void typeKeepsTheExistingNullability() {
        op.alterColumn("t", "c", c -> c.type(varchar(99)).existingNullable(false));
        op.alterColumn("t", "c", c -> c.type(INTEGER).existingNullable(true));
        op.alterColumn("t", "c", c -> c.type(varchar(99)));
        assertThat(rendered.statements()).containsExactly("ALTER TABLE t ALTER COLUMN c NVARCHAR(99) NOT NULL",
                "ALTER TABLE t ALTER COLUMN c INTEGER NULL", "ALTER TABLE t ALTER COLUMN c NVARCHAR(99)");
    }

    @Test
    void defaultsAreConstraints() {
        op.alterColumn("t", "c", c -> c.serverDefault("5"));
        assertThat(rendered.statements()).containsExactly("ALTER TABLE t ADD DEFAULT '5' FOR c");

        op.alterColumn("t", "c", c -> c.serverDefault("5").existingServerDefault("6"));
        assertThat(rendered.statements()).containsExactly(DROP_DEFAULT_OF_T_C, "ALTER TABLE t ADD DEFAULT '5' FOR c");

        op.alterColumn("t", "c", c -> c.dropServerDefault());
        assertThat(rendered.statements()).containsExactly(DROP_DEFAULT_OF_T_C);

        op.alterColumn("t", "c", c -> c.existingServerDefault("6"));
        assertThat(rendered.statements()).isEmpty();
    }

    @Test
    void renameColumnThroughSpRename() {
        op.alterColumn("t", "c", c -> c.newName("x"));
        op.alterColumn("t", "c", c -> c.newName("SomeFancyName"));
        op.inSchema("y").alterColumn("t", "c", c -> c.newName("x"));
        assertThat(rendered.statements()).containsExactly("EXEC sp_rename 't.c', x, 'COLUMN'",
                "EXEC sp_rename 't.c', [SomeFancyName], 'COLUMN'", "EXEC sp_rename 'y.t.c', x, 'COLUMN'");
    }

    @Test
    void everythingAtOnceInAlembicsOrder() {
        op.alterColumn("t", "c", c -> c.newName("c2").nullable(true).type(INTEGER).serverDefault("5"));
        assertThat(rendered.statements()).containsExactly("ALTER TABLE t ALTER COLUMN c INTEGER NULL",
                "ALTER TABLE t ADD DEFAULT '5' FOR c", "EXEC sp_rename 't.c', c2, 'COLUMN'");
    }

    @Test
    void renameTableThroughSpRename() {
        op.renameTable("t1", "t2");
        op.inSchema("foobar").renameTable("t1", "t2");
        op.renameTable("TeeOne", "TeeTwo");
        op.inSchema("FooBar").renameTable("TeeOne", "TeeTwo");
        assertThat(rendered.statements()).containsExactly("EXEC sp_rename 't1', t2",
                "EXEC sp_rename 'foobar.t1', t2", "EXEC sp_rename '[TeeOne]', [TeeTwo]",
                "EXEC sp_rename '[FooBar].[TeeOne]', [TeeTwo]");
    }

    @Test
    void columnCommentsAreExtendedProperties() {
        op.alterColumn("t1", "c1", c -> c.comment("c1 comment"));
        op.alterColumn("t1", "c1", c -> c.comment("new comment").existingComment("c1 comment"));
        op.inSchema("foo").alterColumn("t1", "c1", c -> c.dropComment().existingComment("c1 comment"));
        assertThat(rendered.statements()).containsExactly(
                "exec sp_addextendedproperty 'MS_Description', 'c1 comment', 'schema', dbo, 'table', t1, "
                        + "'column', c1",
                "exec sp_updateextendedproperty 'MS_Description', 'new comment', 'schema', dbo, 'table', t1, "
                        + "'column', c1",
                "exec sp_dropextendedproperty 'MS_Description', 'schema', foo, 'table', t1, 'column', c1");
    }

    @Test
    void tableCommentsAreExtendedProperties() {
        op.createTableComment("t2", "t2 table");
        op.createTableComment("t2", "new", "t2 table");
        op.dropTableComment("t2", "new");
        assertThat(rendered.statements()).containsExactly(
                "exec sp_addextendedproperty 'MS_Description', 't2 table', 'schema', dbo, 'table', t2",
                "exec sp_updateextendedproperty 'MS_Description', 'new', 'schema', dbo, 'table', t2",
                "exec sp_dropextendedproperty 'MS_Description', 'schema', dbo, 'table', t2");
    }

    @Test
    void createTableAddsItsComments() {
        op.createTable("t", column("id", INTEGER).autoIncrement().primaryKey().comment("key"), comment("things"));
        assertThat(rendered.statements()).containsExactly(
                "CREATE TABLE t (\n    id INTEGER IDENTITY NOT NULL,\n    PRIMARY KEY (id)\n)",
                "exec sp_addextendedproperty 'MS_Description', 'things', 'schema', dbo, 'table', t",
                "exec sp_addextendedproperty 'MS_Description', 'key', 'schema', dbo, 'table', t, 'column', id");
    }

    @Test
    void constraintsAreGeneric() {
        op.dropConstraint("fk_x", "t1");
        op.createForeignKey("t1", Definitions.foreignKey("fk_test", List.of("foo"), "t2", List.of("bat")));
        assertThat(rendered.statements()).containsExactly("ALTER TABLE t1 DROP CONSTRAINT fk_x",
                "ALTER TABLE t1 ADD CONSTRAINT fk_test FOREIGN KEY(foo) REFERENCES t2 (bat)");
    }

    @Test
    void indexesAreDroppedOnTheirTableAndMayIncludeColumns() {
        op.createIndex("ix_mytable_a_b", "mytable", ix -> ix.columns("col_a", "col_b").include("col_c"));
        op.dropIndex("my_idx", "my_table");
        assertThat(rendered.statements()).containsExactly("CREATE INDEX ix_mytable_a_b ON mytable (col_a, col_b) "
                + "INCLUDE (col_c)", "DROP INDEX my_idx ON my_table");
        assertThatThrownBy(() -> op.dropIndex("my_idx"))
            .isInstanceOf(MigrateException.class)
            .hasMessage("Cannot drop index my_idx on mssql without its table: call op.dropIndex(\"my_idx\", table)");
    }

    @Test
    void nativeTypes() {
        op.createTable("t", column("a", BOOLEAN), column("b", varchar(20)), column("c", character(2)),
                column("d", TEXT), column("e", timestamp(3)), column("f", timestampWithTimeZone(7)),
                column("g", UUID), column("h", BLOB), column("i", JSON), column("j", DOUBLE));
        assertThat(rendered.statements()).containsExactly("CREATE TABLE t (\n    a BIT,\n    b NVARCHAR(20),\n"
                + "    c NCHAR(2),\n    d NVARCHAR(max),\n    e DATETIME2(3),\n    f DATETIMEOFFSET(7),\n"
                + "    g UNIQUEIDENTIFIER,\n    h VARBINARY(max),\n    i NVARCHAR(max),\n    j FLOAT\n)");
    }

    @Test
    void literals() {
        assertThat(op.inlineLiteral(true)).isEqualTo("1");
        assertThat(op.inlineLiteral(false)).isEqualTo("0");
        assertThat(op.inlineLiteral("it's")).isEqualTo("'it''s'");
        assertThat(op.inlineLiteral("it's ü")).isEqualTo("N'it''s ü'");
        assertThat(op.inlineLiteral(new byte[] {0x0a, (byte) 0xff})).isEqualTo("0x0aff");
    }
}
