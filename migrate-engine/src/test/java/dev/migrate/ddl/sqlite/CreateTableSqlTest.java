package dev.migrate.ddl.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Computed;

class CreateTableSqlTest {

    @Test
    void readsNamesChecksAndGenerationsPastQuotedCommasAndNestedParentheses() {
        CreateTableSql table = CreateTableSql.parse("""
                CREATE TABLE "a, b" (
                  "x, y" INTEGER CONSTRAINT "pk, named" PRIMARY KEY AUTOINCREMENT,
                  label TEXT DEFAULT 'a, (b' CHECK (label IN ('p', 'q)')),
                  [len] INTEGER AS (length(label) + (1)) VIRTUAL, -- a comment, with a comma
                  parent INTEGER CONSTRAINT up REFERENCES "a, b" ("x, y") DEFERRABLE INITIALLY DEFERRED,
                  CONSTRAINT "uq" UNIQUE (label COLLATE NOCASE, [len])
                )""");

        assertThat(table.primaryKeyName()).isEqualTo("pk, named");
        assertThat(table.autoIncrement("x, y")).isTrue();
        assertThat(table.checks()).containsExactly(new CheckConstraint(null, "label IN ('p', 'q)')"));
        assertThat(table.computed("len")).isEqualTo(new Computed("length(label) + (1)", false));
        assertThat(table.foreignKey(List.of("parent")))
            .isEqualTo(new CreateTableSql.ForeignKeyClause("up", true, true));
        assertThat(table.uniqueName(List.of("label", "len"))).isEqualTo("uq");
    }

    @Test
    void takesOneLevelOfParenthesesOffExpressionDefaults() {
        assertThat(SqliteInspector.withoutOuterParentheses("(datetime('now'))")).isEqualTo("datetime('now')");
        assertThat(SqliteInspector.withoutOuterParentheses("(1) + (2)")).isEqualTo("(1) + (2)");
        assertThat(SqliteInspector.withoutOuterParentheses("'x'")).isEqualTo("'x'");
    }
}
