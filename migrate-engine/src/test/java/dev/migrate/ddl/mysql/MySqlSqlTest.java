package dev.migrate.ddl.mysql;

import static dev.migrate.operations.Definitions.column;
import static dev.migrate.operations.Definitions.comment;
import static dev.migrate.operations.Types.BLOB;
import static dev.migrate.operations.Types.BOOLEAN;
import static dev.migrate.operations.Types.DOUBLE;
import static dev.migrate.operations.Types.INTEGER;
import static dev.migrate.operations.Types.JSON;
import static dev.migrate.operations.Types.REAL;
import static dev.migrate.operations.Types.TEXT;
import static dev.migrate.operations.Types.TIMESTAMP;
import static dev.migrate.operations.Types.TIMESTAMP_WITH_TIME_ZONE;
import static dev.migrate.operations.Types.UUID;
import static dev.migrate.operations.Types.numeric;
import static dev.migrate.operations.Types.timestamp;
import static dev.migrate.operations.Types.varbinary;
import static dev.migrate.operations.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.migrate.MigrateException;
import dev.migrate.operations.DefaultValue;
import dev.migrate.operations.Definitions;
import dev.migrate.operations.Operations;
import dev.migrate.operations.RenderedOperations;
import dev.migrate.operations.ops.ConstraintType;
import dev.migrate.schema.Identity;

/**
 * MySQL's and MariaDB's forms of reference §4.2, each expectation taken from Alembic's {@code test_mysql.py}; where
 * the text differs it says why.
 */
class MySqlSqlTest {

    private final RenderedOperations rendered = new RenderedOperations("mysql");
    private final Operations op = rendered.op();

    @Test
    void addColumnWithItsCommentInline() {
        op.addColumn("t", column("q", INTEGER).comment("This is a comment"));
        op.addColumn("t", column("q", INTEGER).notNull().defaultValue(5).comment("it's"));
        assertThat(rendered.statements()).containsExactly(
                "ALTER TABLE t ADD COLUMN q INTEGER COMMENT 'This is a comment'",
                "ALTER TABLE t ADD COLUMN q INTEGER NOT NULL DEFAULT 5 COMMENT 'it''s'");
    }

    @Test
    void addColumnWithForeignKeyAndComputedColumn() {
        op.addColumn("t1", column("c1", INTEGER).notNull().references("c2", "id"));
        op.addColumn("t1", column("some_column", INTEGER).computed("foo * 5", false));
        assertThat(rendered.statements()).containsExactly("ALTER TABLE t1 ADD COLUMN c1 INTEGER NOT NULL",
                "ALTER TABLE t1 ADD FOREIGN KEY(c1) REFERENCES c2 (id)",
                "ALTER TABLE t1 ADD COLUMN some_column INTEGER GENERATED ALWAYS AS (foo * 5)");
    }

    /**
     * Alembic's SQLAlchemy writes {@code NOT NULL COMMENT '…' AUTO_INCREMENT} and no space before
     * {@code COMMENT=}; MySQL takes the attributes in any order, and this follows the order of its manual.
     */
    @Test
    void createTableWithCommentsAndAutoIncrement() {
        op.createTable("t2",
                column("c1", INTEGER).autoIncrement().primaryKey().comment("c1 comment"),
                column("c2", INTEGER).comment("c2 comment"),
                comment("This is a table comment"));
        assertThat(rendered.statements()).containsExactly("CREATE TABLE t2 (\n"
                + "    c1 INTEGER NOT NULL AUTO_INCREMENT COMMENT 'c1 comment',\n"
                + "    c2 INTEGER COMMENT 'c2 comment',\n"
                + "    PRIMARY KEY (c1)\n"
                + ") COMMENT='This is a table comment'");
    }

    @Test
    void identityIsAutoIncrementWithoutOptions() {
        op.createTable("t", column("id", INTEGER).identity().primaryKey());
        assertThat(rendered.statements())
            .containsExactly("CREATE TABLE t (\n    id INTEGER NOT NULL AUTO_INCREMENT,\n    PRIMARY KEY (id)\n)");
        assertThatThrownBy(() -> op.createTable("t", column("id", INTEGER)
            .identity(new Identity(true, 100L, null, null, null, false, null))))
            .isInstanceOf(MigrateException.class)
            .hasMessageContaining("Column id: mysql numbers identity columns with AUTO_INCREMENT");
    }

    @Test
    void dropColumn() {
        op.dropColumn("t1", "c1");
        assertThat(rendered.statements()).containsExactly("ALTER TABLE t1 DROP COLUMN c1");
    }

    @Test
    void nullabilityRestatesTheColumnWithModify() {
        op.alterColumn("t1", "c1", c -> c.nullable(false).existingType(INTEGER));
        op.alterColumn("t1", "c1", c -> c.nullable(true).existingType(INTEGER));
        op.alterColumn("t1", "c1", c -> c.nullable(false).existingType(INTEGER).existingServerDefault("5"));
        assertThat(rendered.statements()).containsExactly("ALTER TABLE t1 MODIFY c1 INTEGER NOT NULL",
                "ALTER TABLE t1 MODIFY c1 INTEGER NULL", "ALTER TABLE t1 MODIFY c1 INTEGER NOT NULL DEFAULT '5'");
    }

    @Test
    void typeChangeAndSeveralChangesAtOnce() {
        op.alterColumn("t1", "c1", c -> c.nullable(false).serverDefault("q").type(INTEGER));
        op.alterColumn("t1", "c1", c -> c.nullable(false).dropServerDefault().type(INTEGER));
        op.alterColumn("t", "c", c -> c.type(INTEGER).existingType(BOOLEAN).dropServerDefault());
        op.alterColumn("t", "c", c -> c.type(REAL).nullable(true).serverDefault(DefaultValue.expression("0"))
            .existingNullable(false));
        assertThat(rendered.statements()).containsExactly("ALTER TABLE t1 MODIFY c1 INTEGER NOT NULL DEFAULT 'q'",
                "ALTER TABLE t1 MODIFY c1 INTEGER NOT NULL", "ALTER TABLE t MODIFY c INTEGER NULL",
                "ALTER TABLE t MODIFY c FLOAT NULL DEFAULT 0");
    }

    @Test
    void modifyNeedsTheType() {
        assertThatThrownBy(() -> op.alterColumn("t1", "c1", c -> c.nullable(false).serverDefault("q")))
            .isInstanceOf(MigrateException.class)
            .hasMessageStartingWith("All MySQL CHANGE/MODIFY COLUMN operations require the existing type.")
            .hasMessageContaining("alterColumn of t1.c1: pass existingType");
    }

    @Test
    void renameUsesChangeWithTheExistingSettings() {
        op.alterColumn("t1", "c1", c -> c.newName("c2").existingType(INTEGER));
        op.alterColumn("MyTable", "ColumnOne", c -> c.newName("ColumnTwo").existingType(INTEGER));
        op.alterColumn("my table", "column one", c -> c.newName("column two").existingType(INTEGER));
        op.alterColumn("t1", "c1", c -> c.newName("c2").existingType(INTEGER).existingServerDefault("q"));
        op.alterColumn("t1", "c1", c -> c.newName("c2").existingType(INTEGER).existingAutoIncrement(true));
        op.alterColumn("t1", "c1", c -> c.newName("newc1").existingNullable(false)
            .existingComment("existing column comment").existingType(INTEGER));
        assertThat(rendered.statements()).containsExactly("ALTER TABLE t1 CHANGE c1 c2 INTEGER NULL",
                "ALTER TABLE `MyTable` CHANGE `ColumnOne` `ColumnTwo` INTEGER NULL",
                "ALTER TABLE `my table` CHANGE `column one` `column two` INTEGER NULL",
                "ALTER TABLE t1 CHANGE c1 c2 INTEGER NULL DEFAULT 'q'",
                "ALTER TABLE t1 CHANGE c1 c2 INTEGER NULL AUTO_INCREMENT",
                "ALTER TABLE t1 CHANGE c1 newc1 INTEGER NOT NULL COMMENT 'existing column comment'");
    }

    @Test
    void autoIncrementChanges() {
        op.alterColumn("t1", "c1", c -> c.existingType(INTEGER).autoIncrement(true));
        op.alterColumn("t1", "c1", c -> c.existingType(INTEGER).existingAutoIncrement(true).autoIncrement(false));
        assertThat(rendered.statements()).containsExactly("ALTER TABLE t1 MODIFY c1 INTEGER NULL AUTO_INCREMENT",
                "ALTER TABLE t1 MODIFY c1 INTEGER NULL");
    }

    @Test
    void defaultAloneIsSetOrDroppedWithoutTheType() {
        op.alterColumn("t", "c", c -> c.serverDefault("1"));
        op.alterColumn("t", "c", c -> c.existingType(INTEGER).dropServerDefault());
        op.alterColumn("t1", "c1", c -> c.existingType(INTEGER)
            .serverDefault(DefaultValue.expression("utc_thing(CURRENT_TIMESTAMP)")));
        op.alterColumn("t1", "c1", c -> c.existingType(INTEGER).existingServerDefault("1"));
        assertThat(rendered.statements()).containsExactly("ALTER TABLE t ALTER COLUMN c SET DEFAULT '1'",
                "ALTER TABLE t ALTER COLUMN c DROP DEFAULT",
                "ALTER TABLE t1 ALTER COLUMN c1 SET DEFAULT utc_thing(CURRENT_TIMESTAMP)");
    }

    @Test
    void expressionDefaultsOtherThanOneTermAreParenthesised() {
        op.alterColumn("t", "a", c -> c.serverDefault(DefaultValue.expression("40 + 2")));
        op.alterColumn("t", "b", c -> c.serverDefault(DefaultValue.expression("concat('a''(', 'b') || 'c'")));
        op.alterColumn("t", "c", c -> c.serverDefault(DefaultValue.expression("concat('a'')', 'b')")));
        op.alterColumn("t", "d", c -> c.serverDefault(DefaultValue.expression("'it''s'")));
        assertThat(rendered.statements()).containsExactly("ALTER TABLE t ALTER COLUMN a SET DEFAULT (40 + 2)",
                "ALTER TABLE t ALTER COLUMN b SET DEFAULT (concat('a''(', 'b') || 'c')",
                "ALTER TABLE t ALTER COLUMN c SET DEFAULT concat('a'')', 'b')",
                "ALTER TABLE t ALTER COLUMN d SET DEFAULT 'it''s'");
    }

    @Test
    void aTimestampWithAnOffsetIsWrittenInUtc() {
        assertThat(new MariaDbImpl().compiler().literal(OffsetDateTime.parse("2024-05-01T12:15:30.5+02:00")))
            .isEqualTo("'2024-05-01 10:15:30.500000'");
    }

    @Test
    void dateTimeDefaultUsesChange() {
        op.alterColumn("t", "c", c -> c.existingType(TIMESTAMP)
            .serverDefault(DefaultValue.expression("CURRENT_TIMESTAMP")));
        assertThat(rendered.statements())
            .containsExactly("ALTER TABLE t CHANGE c c DATETIME NULL DEFAULT CURRENT_TIMESTAMP");
    }

    @Test
    void columnCommentIsPartOfTheModify() {
        op.inSchema("foo").alterColumn("t1", "c1", c -> c.comment("This is a column comment")
            .existingType(BOOLEAN));
        op.inSchema("foo").alterColumn("t1", "c1", c -> c.comment("This is a 'column' comment")
            .existingType(BOOLEAN));
        op.inSchema("foo").alterColumn("t", "c", c -> c.existingType(BOOLEAN).dropComment()
            .existingComment("This is a column comment"));
        op.alterColumn("t1", "c1", c -> c.nullable(false).existingComment("existing column comment")
            .existingType(INTEGER));
        op.alterColumn("t1", "c1", c -> c.nullable(false).comment("This is a column comment")
            .existingComment("existing column comment").existingType(INTEGER));
        assertThat(rendered.statements()).containsExactly(
                "ALTER TABLE foo.t1 MODIFY c1 BOOL NULL COMMENT 'This is a column comment'",
                "ALTER TABLE foo.t1 MODIFY c1 BOOL NULL COMMENT 'This is a ''column'' comment'",
                "ALTER TABLE foo.t MODIFY c BOOL NULL",
                "ALTER TABLE t1 MODIFY c1 INTEGER NOT NULL COMMENT 'existing column comment'",
                "ALTER TABLE t1 MODIFY c1 INTEGER NOT NULL COMMENT 'This is a column comment'");
    }

    @Test
    void tableComment() {
        op.inSchema("foo").createTableComment("t2", "t2 table");
        op.inSchema("foo").dropTableComment("t2", "t2 table");
        assertThat(rendered.statements()).containsExactly("ALTER TABLE foo.t2 COMMENT 't2 table'",
                "ALTER TABLE foo.t2 COMMENT ''");
    }

    /** The generic form, with the schema on both names so that the table stays in its database. */
    @Test
    void renameTable() {
        op.renameTable("t1", "t2");
        op.inSchema("foo").renameTable("t1", "t2");
        assertThat(rendered.statements()).containsExactly("ALTER TABLE t1 RENAME TO t2",
                "ALTER TABLE foo.t1 RENAME TO foo.t2");
    }

    @Test
    void dropConstraintByKind() {
        op.dropConstraint("f1", "t1", ConstraintType.FOREIGN_KEY);
        op.dropConstraint("MyFk", "MyTable", ConstraintType.FOREIGN_KEY);
        op.dropConstraint("primary", "t1", ConstraintType.PRIMARY_KEY);
        op.dropConstraint("f1", "t1", ConstraintType.UNIQUE);
        op.dropConstraint("MyUnique", "MyTable", ConstraintType.UNIQUE);
        op.dropConstraint("f1", "t1", ConstraintType.CHECK);
        op.dropConstraint("MyCheck", "MyTable", ConstraintType.CHECK);
        assertThat(rendered.statements()).containsExactly("ALTER TABLE t1 DROP FOREIGN KEY f1",
                "ALTER TABLE `MyTable` DROP FOREIGN KEY `MyFk`", "ALTER TABLE t1 DROP PRIMARY KEY",
                "ALTER TABLE t1 DROP INDEX f1", "ALTER TABLE `MyTable` DROP INDEX `MyUnique`",
                "ALTER TABLE t1 DROP CHECK f1", "ALTER TABLE `MyTable` DROP CHECK `MyCheck`");
    }

    @Test
    void mariaDbDropsACheckAsAConstraint() {
        RenderedOperations mariaDb = new RenderedOperations("mariadb");
        mariaDb.op().dropConstraint("f1", "t1", ConstraintType.CHECK);
        mariaDb.op().dropConstraint("MyCheck", "MyTable", ConstraintType.CHECK);
        mariaDb.op().dropConstraint("f1", "t1", ConstraintType.FOREIGN_KEY);
        assertThat(mariaDb.statements()).containsExactly("ALTER TABLE t1 DROP CONSTRAINT f1",
                "ALTER TABLE `MyTable` DROP CONSTRAINT `MyCheck`", "ALTER TABLE t1 DROP FOREIGN KEY f1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql", "mariadb"})
    void dropConstraintNeedsItsKind(String dialect) {
        assertThatThrownBy(() -> new RenderedOperations(dialect).op().dropConstraint("f1", "t1"))
            .isInstanceOf(MigrateException.class)
            .hasMessageStartingWith("No generic 'DROP CONSTRAINT' in MySQL - please specify constraint type")
            .hasMessageContaining("dropping f1 on t1");
    }

    @Test
    void addConstraintsAreGeneric() {
        op.createForeignKey("t1", Definitions.foreignKey("fk_test", List.of("foo"), "t2", List.of("bat")));
        op.createUniqueConstraint("uk_test", "t1", "foo", "bar");
        op.createCheckConstraint("ck", "t1", "foo > 5");
        assertThat(rendered.statements()).containsExactly(
                "ALTER TABLE t1 ADD CONSTRAINT fk_test FOREIGN KEY(foo) REFERENCES t2 (bat)",
                "ALTER TABLE t1 ADD CONSTRAINT uk_test UNIQUE (foo, bar)",
                "ALTER TABLE t1 ADD CONSTRAINT ck CHECK (foo > 5)");
    }

    @Test
    void indexesAreDroppedOnTheirTable() {
        op.createIndex("ik", "t1", "foo", "bar");
        op.dropIndex("ik", "t1");
        op.inSchema("s").dropIndexIfExists("ik", "t1");
        assertThat(rendered.statements()).containsExactly("CREATE INDEX ik ON t1 (foo, bar)",
                "DROP INDEX ik ON t1", "DROP INDEX IF EXISTS ik ON s.t1");
        assertThatThrownBy(() -> op.dropIndex("ik"))
            .isInstanceOf(MigrateException.class)
            .hasMessage("Cannot drop index ik on mysql without its table: call op.dropIndex(\"ik\", table)");
    }

    @Test
    void nativeTypes() {
        op.createTable("t", column("a", BOOLEAN), column("b", timestamp(6)), column("c", TIMESTAMP_WITH_TIME_ZONE),
                column("d", numeric(10, 2)), column("e", TEXT), column("f", BLOB), column("g", varbinary(16)),
                column("h", UUID), column("i", JSON), column("j", DOUBLE), column("k", varchar(20)));
        assertThat(rendered.statements()).containsExactly("CREATE TABLE t (\n    a BOOL,\n    b DATETIME(6),\n"
                + "    c DATETIME,\n    d DECIMAL(10, 2),\n    e LONGTEXT,\n    f LONGBLOB,\n    g VARBINARY(16),\n"
                + "    h CHAR(36),\n    i JSON,\n    j DOUBLE,\n    k VARCHAR(20)\n)");
    }

    @Test
    void aValueWithABackslashIsWrittenAsItsBytesAndACommentOrDefaultWithItDoubled() {
        assertThat(op.inlineLiteral("it's")).isEqualTo("'it''s'");
        assertThat(op.inlineLiteral("a\\' OR 1=1 -- "))
            .isEqualTo("CONVERT(X'615c27204f5220313d31202d2d20' USING utf8mb4)");
        op.addColumn("t", column("c", varchar(9)).defaultValue("a\\'b").comment("c\\'d"));
        assertThat(rendered.statements())
            .containsExactly("ALTER TABLE t ADD COLUMN c VARCHAR(9) DEFAULT 'a\\\\''b' COMMENT 'c\\\\''d'");
        assertThat(op.inlineLiteral(true)).isEqualTo("TRUE");
        assertThat(op.inlineLiteral(new byte[] {0x0a, (byte) 0xff})).isEqualTo("X'0aff'");
    }
}
