package dev.migrate.operations;

import static dev.migrate.operations.Definitions.check;
import static dev.migrate.operations.Definitions.column;
import static dev.migrate.operations.Definitions.comment;
import static dev.migrate.operations.Definitions.foreignKey;
import static dev.migrate.operations.Definitions.index;
import static dev.migrate.operations.Types.BIGINT;
import static dev.migrate.operations.Types.DATE;
import static dev.migrate.operations.Types.INTEGER;
import static dev.migrate.operations.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.SqlType.Kind;
import dev.migrate.schema.Table;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

/** {@code op.createTable} against the real databases, read back through the catalog. */
class CreateTableOnlineTest {

    @DatabaseTest({DatabaseKind.POSTGRESQL, DatabaseKind.H2})
    void createsColumnsConstraintsIndexesAndComments(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            LiveOperations live = new LiveOperations(connection, db.schema());
            Operations op = live.op();
            op.createTable("owner",
                    column("id", BIGINT).identity().primaryKey(),
                    column("last_name", varchar(80)).notNull().index().comment("family name"),
                    column("visits", INTEGER).notNull().defaultValue(0),
                    comment("people who own pets"));
            op.createTable("pet",
                    column("id", BIGINT).primaryKey(),
                    column("owner_id", BIGINT).notNull(),
                    column("name", varchar(30)).unique(),
                    column("born", DATE),
                    foreignKey("fk_pet_owner", List.of("owner_id"), "owner", List.of("id"))
                        .onDelete(ReferentialAction.CASCADE),
                    check("ck_pet_name", "name <> ''"),
                    index("ix_pet_born", "born"));

            Table owner = live.table("owner").orElseThrow();
            Table pet = live.table("pet").orElseThrow();

            assertThat(owner.comment()).isEqualTo("people who own pets");
            assertThat(owner.columns()).extracting(Column::name)
                .containsExactly(names(live, "id", "last_name", "visits"));
            Column lastName = owner.column(name(live, "last_name")).orElseThrow();
            assertThat(lastName.type().kind()).isEqualTo(Kind.VARCHAR);
            assertThat(lastName.type().length()).isEqualTo(80);
            assertThat(lastName.nullable()).isFalse();
            assertThat(lastName.comment()).isEqualTo("family name");
            assertThat(owner.column(name(live, "visits")).orElseThrow().serverDefault().normalized()).isEqualTo("0");
            assertThat(owner.column(name(live, "id")).orElseThrow().identity()).isNotNull();
            assertThat(owner.primaryKey().columns()).containsExactly(name(live, "id"));
            assertThat(owner.indexes()).extracting(Index::name).containsExactly(name(live, "ix_owner_last_name"));

            ForeignKey fk = pet.foreignKeys().get(0);
            assertThat(fk.name()).isEqualTo(name(live, "fk_pet_owner"));
            assertThat(fk.targetTable()).isEqualTo(name(live, "owner"));
            assertThat(fk.onDelete()).isEqualTo(ReferentialAction.CASCADE);
            assertThat(pet.uniqueConstraints()).hasSize(1);
            assertThat(pet.checkConstraints()).extracting(c -> c.name()).contains(name(live, "ck_pet_name"));
            assertThat(pet.indexes()).extracting(Index::name).containsExactly(name(live, "ix_pet_born"));
        }
    }

    private static String name(LiveOperations live, String name) {
        return live.dialect().catalogName(name);
    }

    private static String[] names(LiveOperations live, String... names) {
        return java.util.Arrays.stream(names).map(n -> name(live, n)).toArray(String[]::new);
    }
}
