package dev.migrate.ddl.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.migrate.ddl.Dialects;
import dev.migrate.ddl.InspectionScope;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.Computed;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexElement;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Schema;
import dev.migrate.schema.ServerDefault;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.SqlType.Kind;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

class SqliteInspectorTest {

    private static final String[] FIXTURE = {
        """
        CREATE TABLE customer (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          email VARCHAR(120) NOT NULL CONSTRAINT customer_email_key UNIQUE,
          "Display Name" TEXT DEFAULT 'anon',
          balance NUMERIC(10, 2) DEFAULT 0 CONSTRAINT balance_positive CHECK (balance >= 0),
          score REAL,
          active BOOLEAN NOT NULL DEFAULT 1,
          created TIMESTAMP DEFAULT (datetime('now')),
          photo BLOB,
          total_cents INTEGER GENERATED ALWAYS AS (balance * 100) STORED,
          code CHAR(3) UNIQUE,
          CHECK (length(email) > 3)
        )""",
        "CREATE INDEX customer_created_desc ON customer (created DESC, score)",
        "CREATE UNIQUE INDEX customer_lower_email ON customer (lower(email)) WHERE active = 1",
        """
        CREATE TABLE "Order" (
          id INTEGER NOT NULL,
          customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
          no INTEGER,
          CONSTRAINT order_pk PRIMARY KEY (id, no)
        )""",
        """
        CREATE TABLE line (
          order_id INTEGER,
          no INTEGER,
          CONSTRAINT line_order FOREIGN KEY (order_id, no) REFERENCES "Order" (id, no)
            ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED
        )""",
        "CREATE TABLE migrate_version (version_num VARCHAR(32) NOT NULL)"};

    @DatabaseTest(DatabaseKind.SQLITE)
    void readsEveryKindOfObjectOfMainAndAnAttachedDatabase(TestDatabase db) throws SQLException, IOException {
        Path otherFile = Files.createTempFile("migrate-attached", ".db");
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            for (String sql : FIXTURE) {
                statement.execute(sql);
            }
            statement.execute("ATTACH DATABASE '" + otherFile + "' AS other");
            statement.execute("CREATE TABLE other.product (id INTEGER PRIMARY KEY)");
            statement.execute("CREATE TABLE other.migrate_version (version_num VARCHAR(32) NOT NULL)");

            List<Schema> schemas = Dialects.detect(connection).inspector()
                .inspect(connection, InspectionScope.schemas("main", "other"));

            assertThat(schemas).extracting(Schema::name).containsExactly("main", "other");
            Schema schema = schemas.get(0);
            assertThat(schema.tables()).extracting(Table::name).containsExactly("Order", "customer", "line");
            assertThat(schemas.get(1).tables()).extracting(Table::name)
                .as("the version table is left out of the default schema only")
                .containsExactly("migrate_version", "product");

            Table customer = Table.builder("main", "customer")
                .column(Column.of("id", SqlType.of(Kind.INTEGER, "INTEGER")).autoIncremented())
                .column(Column.of("email", SqlType.of(Kind.VARCHAR, "VARCHAR(120)").withLength(120)).notNull())
                .column(Column.of("Display Name", SqlType.of(Kind.TEXT, "TEXT"))
                    .withDefault(new ServerDefault("'anon'", "'anon'")))
                .column(Column.of("balance", SqlType.of(Kind.NUMERIC, "NUMERIC(10, 2)").withPrecision(10, 2))
                    .withDefault(new ServerDefault("0", "0")))
                .column(Column.of("score", SqlType.of(Kind.REAL, "REAL")))
                .column(Column.of("active", SqlType.of(Kind.BOOLEAN, "BOOLEAN")).notNull()
                    .withDefault(new ServerDefault("1", "1")))
                .column(Column.of("created", SqlType.of(Kind.TIMESTAMP, "TIMESTAMP"))
                    .withDefault(new ServerDefault("datetime('now')", "datetime('now')")))
                .column(Column.of("photo", SqlType.of(Kind.BLOB, "BLOB")))
                .column(Column.of("total_cents", SqlType.of(Kind.INTEGER, "INTEGER"))
                    .withComputed(new Computed("balance * 100", true)))
                .column(Column.of("code", SqlType.of(Kind.CHAR, "CHAR(3)").withLength(3)))
                .primaryKey(new PrimaryKey(null, List.of("id")))
                .unique(new UniqueConstraint("customer_email_key", List.of("email"), false))
                .unique(new UniqueConstraint(null, List.of("code"), false))
                .check(new CheckConstraint("balance_positive", "balance >= 0"))
                .check(new CheckConstraint(null, "length(email) > 3"))
                .index(new Index("customer_created_desc", List.of(IndexElement.column("created").desc(),
                        IndexElement.column("score")), false, null, List.of()))
                .index(new Index("customer_lower_email", List.of(IndexElement.expression("lower(email)")), true,
                        "active = 1", List.of()))
                .build();
            assertThat(schema.table("customer")).contains(customer);

            Table order = Table.builder("main", "Order")
                .column(Column.of("id", SqlType.of(Kind.INTEGER, "INTEGER")).notNull())
                .column(Column.of("customer_id", SqlType.of(Kind.INTEGER, "INTEGER")).notNull())
                .column(Column.of("no", SqlType.of(Kind.INTEGER, "INTEGER")))
                .primaryKey(new PrimaryKey("order_pk", List.of("id", "no")))
                .foreignKey(new ForeignKey(null, List.of("customer_id"), "main", "customer", List.of("id"),
                        ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, false, false))
                .build();
            assertThat(schema.table("Order")).contains(order);

            Table line = Table.builder("main", "line")
                .column(Column.of("order_id", SqlType.of(Kind.INTEGER, "INTEGER")))
                .column(Column.of("no", SqlType.of(Kind.INTEGER, "INTEGER")))
                .foreignKey(new ForeignKey("line_order", List.of("order_id", "no"), "main", "Order",
                        List.of("id", "no"), ReferentialAction.NO_ACTION, ReferentialAction.SET_NULL, true, true))
                .build();
            assertThat(schema.table("line")).contains(line);
            statement.execute("DETACH DATABASE other");
        }
        finally {
            Files.deleteIfExists(otherFile);
        }
    }
}
