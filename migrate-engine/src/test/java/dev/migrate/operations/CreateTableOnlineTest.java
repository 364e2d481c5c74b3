package dev.migrate.operations;

import static dev.migrate.operations.Definitions.check;
import static dev.migrate.operations.Definitions.column;
import static dev.migrate.operations.Definitions.comment;
import static dev.migrate.operations.Definitions.foreignKey;
import static dev.migrate.operations.Definitions.index;
import static dev.migrate.operations.Definitions.primaryKey;
import static dev.migrate.operations.Definitions.unique;
import static dev.migrate.operations.Definitions.uniqueIndex;
import static dev.migrate.operations.Types.BIGINT;
import static dev.migrate.operations.Types.DATE;
import static dev.migrate.operations.Types.INTEGER;
import static dev.migrate.operations.Types.TIMESTAMP;
import static dev.migrate.operations.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrate.MigrateException;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Identity;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexElement;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

/**
 * {@code op.createTable} with every column feature, against the real databases, read back through the catalog; then
 * its reverse drops the table and the schema is as before.
 */
class CreateTableOnlineTest {

    @DatabaseTest
    void createsEveryPortableTypeAsItsKind(TestDatabase db) throws SQLException {
        OnlineFeature.TABLES.require(db.kind());
        LiveOperations live = LiveOperations.on(db);
        List<SqlType> types = new ArrayList<>(List.of(Types.INTEGER, Types.BIGINT, Types.SMALLINT, Types.BOOLEAN,
                Types.varchar(20), Types.character(3), Types.numeric(10, 2), Types.numeric(7, 0), Types.REAL,
                Types.DOUBLE, Types.DATE, Types.TIME, Types.time(3), Types.TIMESTAMP, Types.timestamp(2), Types.UUID,
                Types.BLOB, Types.binary(4), Types.varbinary(8), Types.JSON));
        if (OnlineFeature.TEXT.on(db.kind())) {
            types.add(Types.TEXT);
        }
        if (OnlineFeature.ZONED_TYPES.on(db.kind())) {
            types.addAll(List.of(Types.TIMESTAMP_WITH_TIME_ZONE, Types.timestampWithTimeZone(3)));
        }
        List<ColumnDefinition> columns = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            columns.add(column("c" + i, types.get(i)));
        }
        live.mark();
        live.op().createTable("typed", columns.toArray(ColumnDefinition[]::new));

        SchemaNormalizer normalizer = new SchemaNormalizer(db.kind(), live.dialect());
        Table typed = live.requireTable("typed");
        for (int i = 0; i < types.size(); i++) {
            assertThat(normalizer.type(typed.columns().get(i).type())).as("column c%d of %s", i, types.get(i))
                .isEqualTo(normalizer.type(types.get(i)));
        }
        live.reverseAndCheck();
    }

    @DatabaseTest
    void createsNullabilityAndLiteralAndExpressionDefaults(TestDatabase db) throws SQLException {
        OnlineFeature.TABLES.require(db.kind());
        LiveOperations live = LiveOperations.on(db);
        Map<String, Object> literals = new LinkedHashMap<>();
        literals.put("quoted", "it's a \"test\"; \\ -- ü€");
        literals.put("empty", "");
        literals.put("whole", 42);
        literals.put("negative", -7);
        literals.put("big", 9_000_000_000L);
        literals.put("yes", true);
        literals.put("no", false);
        literals.put("exact", new BigDecimal("12.50"));
        literals.put("fraction", 2.25);
        List<ColumnDefinition> columns = new ArrayList<>();
        columns.add(column("id", INTEGER).primaryKey());
        literals.forEach((name, value) -> columns.add(column(name, literalType(value)).notNull().defaultValue(value)));
        columns.add(column("stamped", TIMESTAMP).defaultSql("CURRENT_TIMESTAMP"));
        columns.add(column("day", DATE).notNull().defaultSql("CURRENT_DATE"));
        columns.add(column("optional", varchar(5)));
        live.mark();
        live.op().createTable("defaults", columns.toArray(ColumnDefinition[]::new));

        literals.forEach((name, value) -> {
            Column column = live.column("defaults", name);
            assertThat(column.nullable()).as(name).isFalse();
            assertThat(SchemaNormalizer.defaultValue(column.serverDefault().normalized())).as(name)
                .isEqualTo(SchemaNormalizer.defaultValue(live.dialect().compiler().literal(value)));
        });
        assertThat(live.column("defaults", "stamped").nullable()).isTrue();
        assertThat(live.column("defaults", "stamped").serverDefault().normalized()).isEqualToIgnoringCase(
                "CURRENT_TIMESTAMP");
        assertThat(live.column("defaults", "day").serverDefault().normalized()).isEqualToIgnoringCase("CURRENT_DATE");
        assertThat(live.column("defaults", "optional").serverDefault()).isNull();
        assertThat(live.column("defaults", "id").nullable()).isFalse();

        live.jdbc().createStatement().execute("INSERT INTO defaults (id) VALUES (1)");
        assertThat(live.rows("SELECT quoted, whole FROM defaults"))
            .containsExactly(List.of(literals.get("quoted"), 42));
        live.reverseAndCheck();
    }

    private static SqlType literalType(Object value) {
        if (value instanceof String) {
            return varchar(40);
        }
        if (value instanceof Boolean) {
            return Types.BOOLEAN;
        }
        if (value instanceof Long) {
            return BIGINT;
        }
        if (value instanceof BigDecimal) {
            return Types.numeric(6, 2);
        }
        return value instanceof Double ? Types.DOUBLE : INTEGER;
    }

    @DatabaseTest
    void createsIdentityColumnsWithTheirOptions(TestDatabase db) throws SQLException {
        LiveOperations live = LiveOperations.on(db);
        Identity always = new Identity(true, 100L, 5L, 50L, 10_000L, true, 20L);
        if (db.kind() == DatabaseKind.MARIADB) { // AUTO_INCREMENT, which createsAutoIncrementColumns checks, has none
            assertThatThrownBy(() -> live.op().createTable("numbered", column("id", BIGINT).identity(always)
                .primaryKey())).isInstanceOf(MigrateException.class)
                .hasMessageContaining("Column id").hasMessageContaining("declare the identity without options");
            return;
        }
        OnlineFeature.IDENTITY.require(db.kind());
        live.mark();
        live.op().createTable("numbered",
                column("id", BIGINT).identity(always).primaryKey(),
                column("seq", INTEGER).identity(),
                column("name", varchar(10)));

        assertThat(live.column("numbered", "id").identity()).isEqualTo(always);
        Identity byDefault = live.column("numbered", "seq").identity();
        assertThat(byDefault.always()).isFalse();
        assertThat(live.column("numbered", "seq").nullable()).isFalse();
        live.jdbc().createStatement().execute("INSERT INTO numbered (name) VALUES ('a')");
        live.jdbc().createStatement().execute("INSERT INTO numbered (name) VALUES ('b')");
        assertThat(live.rows("SELECT id FROM numbered ORDER BY id"))
            .extracting(row -> ((Number) row.get(0)).longValue()).containsExactly(100L, 105L);
        live.reverseAndCheck();
    }

    @DatabaseTest
    void createsAutoIncrementColumns(TestDatabase db) throws SQLException {
        OnlineFeature.AUTO_INCREMENT.require(db.kind());
        LiveOperations live = LiveOperations.on(db);
        live.mark();
        live.op().createTable("counted", column("id", INTEGER).autoIncrement().primaryKey(),
                column("name", varchar(5)));

        Column id = live.column("counted", "id");
        assertThat(id.autoIncrement()).isTrue();
        assertThat(id.nullable()).isFalse();
        live.jdbc().createStatement().execute("INSERT INTO counted (name) VALUES ('a')");
        live.jdbc().createStatement().execute("INSERT INTO counted (name) VALUES ('b')");
        assertThat(live.rows("SELECT id FROM counted ORDER BY id")).extracting(row -> ((Number) row.get(0)).intValue())
            .containsExactly(1, 2);
        live.reverseAndCheck();
    }

    @DatabaseTest
    void createsStoredGeneratedColumns(TestDatabase db) throws SQLException {
        OnlineFeature.STORED_COMPUTED.require(db.kind());
        assertGeneratedColumn(LiveOperations.on(db), true);
    }

    @DatabaseTest
    void createsGeneratedColumnsWithoutStored(TestDatabase db) throws SQLException {
        OnlineFeature.VIRTUAL_COMPUTED.require(db.kind());
        assertGeneratedColumn(LiveOperations.on(db), false);
    }

    private static void assertGeneratedColumn(LiveOperations live, boolean stored) throws SQLException {
        live.mark();
        live.op().createTable("priced", column("net", INTEGER), column("gross", INTEGER).computed("net * 2", stored));

        Column gross = live.column("priced", "gross");
        assertThat(gross.computed()).isNotNull();
        assertThat(SchemaNormalizer.expression(gross.computed().expression()))
            .isEqualTo(SchemaNormalizer.expression("net * 2"));
        live.jdbc().createStatement().execute("INSERT INTO priced (net) VALUES (21)");
        assertThat(live.rows("SELECT gross FROM priced")).containsExactly(List.of(42));
        live.reverseAndCheck();
    }

    @DatabaseTest
    void createsTableAndColumnComments(TestDatabase db) throws SQLException {
        OnlineFeature.COMMENTS.require(db.kind());
        LiveOperations live = LiveOperations.on(db);
        String tableComment = "people's \"pets\"; \\ -- ü";
        live.mark();
        live.op().createTable("pet",
                column("id", INTEGER).primaryKey().comment("the pet's number"),
                column("name", varchar(30)).comment("€ ' \" \\"),
                comment(tableComment));

        assertThat(live.requireTable("pet").comment()).isEqualTo(tableComment);
        assertThat(live.column("pet", "id").comment()).isEqualTo("the pet's number");
        assertThat(live.column("pet", "name").comment()).isEqualTo("€ ' \" \\");
        live.reverseAndCheck();
    }

    @DatabaseTest
    void createsConstraintsAndIndexesDeclaredOnColumns(TestDatabase db) throws SQLException {
        OnlineFeature.TABLES.require(db.kind());
        LiveOperations live = LiveOperations.on(db);
        live.op().createTable("owner", column("id", BIGINT).primaryKey());
        live.mark();
        live.op().createTable("pet",
                column("id", BIGINT).primaryKey(),
                column("owner_id", BIGINT).notNull()
                    .references(new ForeignKeyReference("fk_pet_owner", null, "owner", "id", ReferentialAction.CASCADE,
                            ReferentialAction.NO_ACTION)),
                column("tag", varchar(20)).unique(),
                column("born", DATE).index());

        Table pet = live.requireTable("pet");
        assertThat(pet.primaryKey().columns()).containsExactly(live.name("id"));
        assertThat(pet.uniqueConstraints()).extracting(UniqueConstraint::columns)
            .containsExactly(List.of(live.name("tag")));
        assertThat(pet.indexes()).containsExactly(Index.on(live.name("ix_pet_born"), false, live.name("born")));
        ForeignKey fk = pet.foreignKeys().get(0);
        assertThat(fk.name()).isEqualTo(live.name("fk_pet_owner"));
        assertThat(fk.columns()).containsExactly(live.name("owner_id"));
        assertThat(fk.targetTable()).isEqualTo(live.name("owner"));
        assertThat(fk.targetColumns()).containsExactly(live.name("id"));
        assertThat(fk.onDelete()).isEqualTo(ReferentialAction.CASCADE);
        live.reverseAndCheck();
    }

    @DatabaseTest
    void createsNamedTableConstraintsAndIndexes(TestDatabase db) throws SQLException {
        OnlineFeature.TABLES.require(db.kind());
        LiveOperations live = LiveOperations.on(db);
        live.op().createTable("owner", column("id", BIGINT), column("region", INTEGER),
                primaryKey("pk_owner", "region", "id"));
        live.mark();
        live.op().createTable("pet",
                column("id", BIGINT).notNull(),
                column("owner_region", INTEGER),
                column("owner_id", BIGINT),
                column("name", varchar(30)),
                column("weight", INTEGER),
                primaryKey("pk_pet", "id"),
                unique("uq_pet_name", "owner_id", "name"),
                foreignKey("fk_pet_owner", List.of("owner_region", "owner_id"), "owner", List.of("region", "id"))
                    .onDelete(ReferentialAction.SET_NULL).onUpdate(ReferentialAction.CASCADE),
                check("ck_pet_weight", "weight > 0"),
                index("ix_pet_name", "name"),
                uniqueIndex("ux_pet_weight_name", "weight", "name"));

        Table pet = live.requireTable("pet");
        assertThat(pet.primaryKey()).isEqualTo(new PrimaryKey(
                ConstraintOperationsOnlineTest.primaryKeyName(db, live, "pk_pet"), List.of(live.name("id"))));
        UniqueConstraint uniqueName = new UniqueConstraint(live.name("uq_pet_name"),
                List.of(live.name("owner_id"), live.name("name")), false);
        Index uniqueWeightName = new Index(live.name("ux_pet_weight_name"), List.of(IndexElement.column(
                live.name("weight")), IndexElement.column(live.name("name"))), true, null, List.of());
        if (db.kind() == DatabaseKind.MARIADB) { // a unique index is a unique key there, like a unique constraint
            assertThat(pet.uniqueConstraints()).containsExactly(uniqueName, new UniqueConstraint(
                    uniqueWeightName.name(), List.of(live.name("weight"), live.name("name")), false));
            assertThat(pet.indexes()).containsExactly(Index.on(live.name("ix_pet_name"), false, live.name("name")));
        }
        else {
            assertThat(pet.uniqueConstraints()).containsExactly(uniqueName);
            assertThat(pet.indexes()).containsExactly(Index.on(live.name("ix_pet_name"), false, live.name("name")),
                    uniqueWeightName);
        }
        assertThat(pet.foreignKeys()).containsExactly(new ForeignKey(live.name("fk_pet_owner"),
                List.of(live.name("owner_region"), live.name("owner_id")), live.schema().name(), live.name("owner"),
                List.of(live.name("region"), live.name("id")), ReferentialAction.SET_NULL, ReferentialAction.CASCADE,
                false, false));
        assertThat(pet.checkConstraints()).extracting(c -> c.name(), c -> SchemaNormalizer.expression(c.expression()))
            .containsExactly(org.assertj.core.groups.Tuple.tuple(live.name("ck_pet_weight"), "WEIGHT>0"));
        live.reverseAndCheck();
    }

    @DatabaseTest
    void createTableIfNotExistsLeavesAnExistingTable(TestDatabase db) throws SQLException {
        OnlineFeature.TABLES.require(db.kind());
        LiveOperations live = LiveOperations.on(db);
        live.op().createTableIfNotExists("once", column("id", INTEGER));
        Table first = live.requireTable("once");
        live.op().createTableIfNotExists("once", column("id", INTEGER), column("other", INTEGER));
        assertThat(live.requireTable("once")).isEqualTo(first);
    }
}
