package dev.migrate.ddl.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import dev.migrate.ddl.CatalogQueries;
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
import dev.migrate.schema.Sequence;
import dev.migrate.schema.ServerDefault;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.SqlType.Kind;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

class MariaDbInspectorTest {

    @DatabaseTest(DatabaseKind.MARIADB)
    void readsEveryKindOfObjectOfTwoDatabases(TestDatabase db) throws SQLException {
        String s = db.schema();
        String other = s + "_Other";
        try (Connection connection = db.connect()) {
            execute(connection, "CREATE DATABASE `" + other + "`");
            try {
                execute(connection, "CREATE TABLE `" + other + "`.product (id INT PRIMARY KEY)");
                execute(connection, "CREATE TABLE `" + other + "`.migrate_version (version_num VARCHAR(32) NOT NULL)");
                execute(connection, """
                        CREATE TABLE customer (
                          id INT AUTO_INCREMENT PRIMARY KEY,
                          email VARCHAR(120) NOT NULL COMMENT 'login',
                          `Display Name` TEXT,
                          code CHAR(3) DEFAULT 'abc',
                          balance DECIMAL(10,2) DEFAULT 0,
                          score FLOAT,
                          ratio DOUBLE,
                          active TINYINT(1) NOT NULL DEFAULT 1,
                          born DATE,
                          wakes TIME,
                          created TIMESTAMP(3) NULL DEFAULT CURRENT_TIMESTAMP(3),
                          updated DATETIME,
                          token UUID,
                          photo BLOB,
                          raw_bytes VARBINARY(16),
                          fixed_bytes BINARY(4),
                          prefs JSON,
                          feeling ENUM('sad', 'ok', 'it''s fine') DEFAULT 'ok',
                          total_cents BIGINT AS (balance * 100) STORED,
                          CONSTRAINT customer_email_key UNIQUE (email),
                          CONSTRAINT balance_positive CHECK (balance >= 0)
                        ) COMMENT 'people who buy'""");
                execute(connection, "CREATE INDEX customer_born_desc ON customer (born DESC, code)");
                execute(connection, """
                        CREATE TABLE `Order` (
                          id BIGINT NOT NULL,
                          customer_id INT NOT NULL,
                          no BIGINT CHECK (no > 0),
                          CONSTRAINT order_pk PRIMARY KEY (id),
                          FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
                        )""");
                execute(connection, """
                        CREATE TABLE line (
                          order_id BIGINT NOT NULL,
                          pos INT NOT NULL,
                          product_id INT,
                          PRIMARY KEY (order_id, pos),
                          CONSTRAINT line_order FOREIGN KEY (order_id) REFERENCES `Order` (id),
                          CONSTRAINT line_product FOREIGN KEY (product_id) REFERENCES `%s`.product (id)
                            ON UPDATE SET NULL ON DELETE RESTRICT
                        )""".formatted(other));
                execute(connection, "CREATE TABLE migrate_version (version_num VARCHAR(32) NOT NULL)");

                List<Schema> schemas = Dialects.detect(connection).inspector()
                    .inspect(connection, InspectionScope.schemas(s, other));

                assertThat(schemas).extracting(Schema::name).containsExactly(s, other);
                Schema schema = schemas.get(0);
                assertThat(schema.tables()).extracting(Table::name).containsExactly("Order", "customer", "line");
                assertThat(schemas.get(1).tables()).extracting(Table::name)
                    .as("the version table is left out of the default schema only")
                    .containsExactly("migrate_version", "product");

                Table customer = Table.builder(s, "customer")
                    .column(Column.of("id", SqlType.of(Kind.INTEGER, "int(11)")).notNull().autoIncremented())
                    .column(Column.of("email", SqlType.of(Kind.VARCHAR, "varchar(120)").withLength(120)).notNull()
                        .withComment("login"))
                    .column(Column.of("Display Name", SqlType.of(Kind.TEXT, "text")))
                    .column(Column.of("code", SqlType.of(Kind.CHAR, "char(3)").withLength(3))
                        .withDefault(new ServerDefault("'abc'", "'abc'")))
                    .column(Column.of("balance", SqlType.of(Kind.NUMERIC, "decimal(10,2)").withPrecision(10, 2))
                        .withDefault(new ServerDefault("0.00", "0.00")))
                    .column(Column.of("score", SqlType.of(Kind.REAL, "float")))
                    .column(Column.of("ratio", SqlType.of(Kind.DOUBLE, "double")))
                    .column(Column.of("active", SqlType.of(Kind.BOOLEAN, "tinyint(1)")).notNull()
                        .withDefault(new ServerDefault("1", "TRUE")))
                    .column(Column.of("born", SqlType.of(Kind.DATE, "date")))
                    .column(Column.of("wakes", SqlType.of(Kind.TIME, "time").withPrecision(0, null)))
                    .column(Column.of("created", SqlType.of(Kind.TIMESTAMP, "timestamp(3)").withPrecision(3, null))
                        .withDefault(new ServerDefault("current_timestamp(3)", "CURRENT_TIMESTAMP(3)")))
                    .column(Column.of("updated", SqlType.of(Kind.TIMESTAMP, "datetime").withPrecision(0, null)))
                    .column(Column.of("token", SqlType.of(Kind.UUID, "uuid")))
                    .column(Column.of("photo", SqlType.of(Kind.BLOB, "blob")))
                    .column(Column.of("raw_bytes", SqlType.of(Kind.VARBINARY, "varbinary(16)").withLength(16)))
                    .column(Column.of("fixed_bytes", SqlType.of(Kind.BINARY, "binary(4)").withLength(4)))
                    .column(Column.of("prefs", SqlType.of(Kind.JSON, "longtext")))
                    .column(Column.of("feeling", SqlType.of(Kind.ENUM, "enum('sad','ok','it''s fine')")
                        .withEnumValues(List.of("sad", "ok", "it's fine")))
                        .withDefault(new ServerDefault("'ok'", "'ok'")))
                    .column(Column.of("total_cents", SqlType.of(Kind.BIGINT, "bigint(20)"))
                        .withComputed(new Computed("`balance` * 100", true)))
                    .primaryKey(new PrimaryKey("PRIMARY", List.of("id")))
                    .unique(new UniqueConstraint("customer_email_key", List.of("email"), false))
                    .check(new CheckConstraint("balance_positive", "`balance` >= 0"))
                    .index(new Index("customer_born_desc", List.of(IndexElement.column("born").desc(),
                            IndexElement.column("code")), false, null, List.of()))
                    .comment("people who buy")
                    .build();
                assertThat(schema.table("customer")).contains(customer);

                Table order = Table.builder(s, "Order")
                    .column(Column.of("id", SqlType.of(Kind.BIGINT, "bigint(20)")).notNull())
                    .column(Column.of("customer_id", SqlType.of(Kind.INTEGER, "int(11)")).notNull())
                    .column(Column.of("no", SqlType.of(Kind.BIGINT, "bigint(20)")))
                    .primaryKey(new PrimaryKey("PRIMARY", List.of("id")))
                    .foreignKey(new ForeignKey("Order_ibfk_1", List.of("customer_id"), s, "customer", List.of("id"),
                            ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, false, false))
                    .check(new CheckConstraint("no", "`no` > 0"))
                    .build();
                assertThat(schema.table("Order")).as("without the index MariaDB made for the foreign key")
                    .contains(order);

                Table line = Table.builder(s, "line")
                    .column(Column.of("order_id", SqlType.of(Kind.BIGINT, "bigint(20)")).notNull())
                    .column(Column.of("pos", SqlType.of(Kind.INTEGER, "int(11)")).notNull())
                    .column(Column.of("product_id", SqlType.of(Kind.INTEGER, "int(11)")))
                    .primaryKey(new PrimaryKey("PRIMARY", List.of("order_id", "pos")))
                    .foreignKey(new ForeignKey("line_order", List.of("order_id"), s, "Order", List.of("id"),
                            ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, false, false))
                    .foreignKey(new ForeignKey("line_product", List.of("product_id"), other, "product",
                            List.of("id"), ReferentialAction.NO_ACTION, ReferentialAction.SET_NULL, false, false))
                    .build();
                assertThat(schema.table("line")).contains(line);
            }
            finally {
                execute(connection, "DROP TABLE IF EXISTS line");
                execute(connection, "DROP DATABASE `" + other + "`");
            }
        }
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void readsSequencesOfTwoDatabasesWithTheirSettings(TestDatabase db) throws SQLException {
        String s = db.schema();
        String other = s + "_Seq";
        try (Connection connection = db.connect()) {
            execute(connection, "CREATE DATABASE `" + other + "`");
            try {
                execute(connection, "CREATE SEQUENCE order_no START WITH 1000 INCREMENT BY 10 MINVALUE 100 "
                        + "MAXVALUE 99999 CYCLE CACHE 20");
                execute(connection, "CREATE SEQUENCE `Ticket Seq` NOCACHE");
                execute(connection, "CREATE SEQUENCE `select` START WITH -5 INCREMENT BY -1 MINVALUE -100 "
                        + "MAXVALUE -1");
                execute(connection, "CREATE SEQUENCE skipped");
                execute(connection, "CREATE TABLE invoice (no BIGINT NOT NULL DEFAULT NEXTVAL(order_no), "
                        + "CONSTRAINT invoice_pk PRIMARY KEY (no))");
                execute(connection, "CREATE SEQUENCE `" + other + "`.batch_id");

                List<Schema> schemas = Dialects.detect(connection).inspector()
                    .inspect(connection, InspectionScope.schemas(s, other)
                        .filter((name, kind, schema) -> !name.equals("skipped")));

                assertThat(schemas.get(0).sequences()).containsExactly(
                        new Sequence(s, "Ticket Seq", 1, 1, 1, Long.MAX_VALUE - 1, false, 0, null, null),
                        new Sequence(s, "order_no", 1000, 10, 100, 99999, true, 20, null, null),
                        new Sequence(s, "select", -5, -1, -100, -1, false, 1000, null, null));
                assertThat(schemas.get(0).tables()).as("a sequence is not a table").extracting(Table::name)
                    .containsExactly("invoice");
                assertThat(schemas.get(1).sequences()).containsExactly(
                        new Sequence(other, "batch_id", 1, 1, 1, Long.MAX_VALUE - 1, false, 1000, null, null));
            }
            finally {
                execute(connection, "DROP DATABASE `" + other + "`");
            }
        }
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void runsAsManyCatalogQueriesForTwoHundredTablesAndSequencesAsForTen(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            IntFunction<List<String>> table = i -> List.of("CREATE TABLE t" + i
                    + " (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(20) UNIQUE, parent INT, created DATE, "
                    + "INDEX t" + i + "_created (created), CONSTRAINT t" + i + "_parent FOREIGN KEY (parent) "
                    + "REFERENCES t" + Math.max(i - 1, 0) + " (id), CONSTRAINT t" + i
                    + "_name CHECK (length(name) > 1))", "CREATE SEQUENCE t" + i + "_seq MINVALUE 0 START WITH " + i);

            int queriesForTen = CatalogQueries.toInspect(connection, table, 0, 10);
            int queriesForTwoHundred = CatalogQueries.toInspect(connection, table, 10, 200);

            assertThat(queriesForTen).as("seven catalog queries and one for all the sequences' settings")
                .isEqualTo(8);
            assertThat(queriesForTwoHundred).isEqualTo(queriesForTen);
            List<Sequence> sequences = Dialects.detect(connection).inspector()
                .inspect(connection, InspectionScope.defaultSchema()).get(0).sequences();
            assertThat(sequences).hasSize(200)
                .allSatisfy(sequence -> assertThat(sequence.name()).isEqualTo("t" + sequence.start() + "_seq"));
        }
    }

    /**
     * MySQL's check query runs here too: MariaDB's {@code information_schema} has MySQL's tables and columns, and a
     * check's table is found through {@code TABLE_CONSTRAINTS} the same way. (MariaDB itself is read by its own
     * query, because it lets two tables have checks of the same name.)
     */
    @DatabaseTest(DatabaseKind.MARIADB)
    void mysqlCheckQueryFindsEachCheckWithItsTable(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            execute(connection, "CREATE TABLE account (balance INT, CONSTRAINT account_balance CHECK (balance >= 0))");
            execute(connection, "CREATE TABLE bucket (size INT CHECK (size > 0), "
                    + "CONSTRAINT bucket_size_max CHECK (size < 10))");
            execute(connection, "CREATE TABLE other (size INT, CONSTRAINT other_size CHECK (size <> 3))");

            List<String> found = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    MySqlInspector.MYSQL_CHECKS.formatted("(?, ?), (?, ?)"))) {
                statement.setString(1, db.schema());
                statement.setString(2, "account");
                statement.setString(3, db.schema());
                statement.setString(4, "bucket");
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        assertThat(rows.getString(1)).isEqualTo(db.schema());
                        found.add(rows.getString(2) + "." + rows.getString(3) + ": " + rows.getString(4));
                    }
                }
            }

            assertThat(found).containsExactlyInAnyOrder("account.account_balance: `balance` >= 0",
                    "bucket.size: `size` > 0", "bucket.bucket_size_max: `size` < 10");
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
