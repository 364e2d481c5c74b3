package dev.migrate.ddl.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.IntFunction;

import dev.migrate.ddl.CatalogQueries;
import dev.migrate.ddl.Dialects;
import dev.migrate.ddl.InspectionScope;
import dev.migrate.ddl.NameFilter;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.Computed;
import dev.migrate.schema.EnumType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Identity;
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

class PostgresqlInspectorTest {

    private static final String FIXTURE = """
            CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
            CREATE SEQUENCE invoice_no START 1000 INCREMENT 5 MINVALUE 10 MAXVALUE 99999 CACHE 3 CYCLE;
            CREATE TABLE customer (
              id SERIAL PRIMARY KEY,
              email VARCHAR(120) NOT NULL,
              "Display Name" TEXT DEFAULT 'anon',
              code CHAR(3),
              balance NUMERIC(10,2) DEFAULT 0,
              score REAL,
              ratio DOUBLE PRECISION,
              active BOOLEAN NOT NULL DEFAULT true,
              born DATE,
              wakes TIME(0),
              created TIMESTAMP WITH TIME ZONE DEFAULT now(),
              updated TIMESTAMP(3),
              token UUID,
              photo BYTEA,
              prefs JSONB,
              tags TEXT[],
              feeling mood,
              small SMALLINT DEFAULT -1,
              CONSTRAINT customer_email_key UNIQUE (email),
              CONSTRAINT balance_positive CHECK (balance >= 0)
            );
            COMMENT ON TABLE customer IS 'people who buy';
            COMMENT ON COLUMN customer.email IS 'login';
            CREATE INDEX customer_lower_email ON customer (lower(email));
            CREATE TABLE "Order" (
              id BIGINT GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 2),
              customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
              no BIGINT DEFAULT nextval('invoice_no'),
              total NUMERIC(12,2),
              "Total With Tax" NUMERIC GENERATED ALWAYS AS (total * 1.2) STORED,
              CONSTRAINT "Order_pk" PRIMARY KEY (id),
              CONSTRAINT order_customer_no UNIQUE NULLS NOT DISTINCT (customer_id, no)
            );
            CREATE INDEX order_total_desc ON "Order" (total DESC NULLS LAST, customer_id);
            CREATE UNIQUE INDEX order_no_partial ON "Order" (no) INCLUDE (total) WHERE no > 0;
            CREATE TABLE line (
              order_id BIGINT,
              pos INT,
              PRIMARY KEY (order_id, pos),
              CONSTRAINT line_order FOREIGN KEY (order_id) REFERENCES "Order" (id)
                ON UPDATE RESTRICT DEFERRABLE INITIALLY DEFERRED
            );
            CREATE TABLE migrate_version (version_num VARCHAR(32) NOT NULL);
            """;

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void readsEveryKindOfObjectOfTheDefaultSchema(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            execute(connection, FIXTURE);

            List<Schema> schemas = Dialects.detect(connection).inspector()
                .inspect(connection, InspectionScope.defaultSchema());

            assertThat(schemas).hasSize(1);
            Schema schema = schemas.get(0);
            String s = db.schema();
            assertThat(schema.name()).isEqualTo(s);
            assertThat(schema.tables()).extracting(Table::name).containsExactly("Order", "customer", "line");
            assertThat(schema.enumTypes()).containsExactly(new EnumType(s, "mood", List.of("sad", "ok", "happy")));
            assertThat(schema.sequences()).containsExactly(
                    new Sequence(s, "invoice_no", 1000, 5, 10, 99999, true, 3, null, null));

            Table customer = Table.builder(s, "customer")
                .column(Column.of("id", SqlType.of(Kind.INTEGER, "integer")).notNull()
                    .withDefault(new ServerDefault("nextval('customer_id_seq'::regclass)",
                            "nextval('customer_id_seq')"))
                    .autoIncremented())
                .column(Column.of("email", SqlType.of(Kind.VARCHAR, "character varying(120)").withLength(120))
                    .notNull().withComment("login"))
                .column(Column.of("Display Name", SqlType.of(Kind.TEXT, "text"))
                    .withDefault(new ServerDefault("'anon'::text", "'anon'")))
                .column(Column.of("code", SqlType.of(Kind.CHAR, "character(3)").withLength(3)))
                .column(Column.of("balance", SqlType.of(Kind.NUMERIC, "numeric(10,2)").withPrecision(10, 2))
                    .withDefault(new ServerDefault("0", "0")))
                .column(Column.of("score", SqlType.of(Kind.REAL, "real")))
                .column(Column.of("ratio", SqlType.of(Kind.DOUBLE, "double precision")))
                .column(Column.of("active", SqlType.of(Kind.BOOLEAN, "boolean")).notNull()
                    .withDefault(new ServerDefault("true", "true")))
                .column(Column.of("born", SqlType.of(Kind.DATE, "date")))
                .column(Column.of("wakes", SqlType.of(Kind.TIME, "time(0) without time zone").withPrecision(0, null)))
                .column(Column.of("created", SqlType.of(Kind.TIMESTAMP, "timestamp with time zone").zoned())
                    .withDefault(new ServerDefault("now()", "now()")))
                .column(Column.of("updated", SqlType.of(Kind.TIMESTAMP, "timestamp(3) without time zone")
                    .withPrecision(3, null)))
                .column(Column.of("token", SqlType.of(Kind.UUID, "uuid")))
                .column(Column.of("photo", SqlType.of(Kind.VARBINARY, "bytea")))
                .column(Column.of("prefs", SqlType.of(Kind.JSON, "jsonb")))
                .column(Column.of("tags", SqlType.of(Kind.TEXT, "text[]").asArray()))
                .column(Column.of("feeling", SqlType.of(Kind.ENUM, "mood")))
                .column(Column.of("small", SqlType.of(Kind.SMALLINT, "smallint"))
                    .withDefault(new ServerDefault("'-1'::integer", "-1")))
                .primaryKey(new PrimaryKey("customer_pkey", List.of("id")))
                .unique(new UniqueConstraint("customer_email_key", List.of("email"), false))
                .check(new CheckConstraint("balance_positive", "balance >= 0::numeric"))
                .index(new Index("customer_lower_email", List.of(IndexElement.expression("lower(email::text)")),
                        false, null, List.of()))
                .comment("people who buy")
                .build();
            assertThat(schema.table("customer")).contains(customer);

            Table order = Table.builder(s, "Order")
                .column(Column.of("id", SqlType.of(Kind.BIGINT, "bigint")).notNull()
                    .withIdentity(new Identity(true, 100L, 2L, 1L, Long.MAX_VALUE, false, 1L)))
                .column(Column.of("customer_id", SqlType.of(Kind.INTEGER, "integer")).notNull())
                .column(Column.of("no", SqlType.of(Kind.BIGINT, "bigint"))
                    .withDefault(new ServerDefault("nextval('invoice_no'::regclass)", "nextval('invoice_no')")))
                .column(Column.of("total", SqlType.of(Kind.NUMERIC, "numeric(12,2)").withPrecision(12, 2)))
                .column(Column.of("Total With Tax", SqlType.of(Kind.NUMERIC, "numeric"))
                    .withComputed(new Computed("(total * 1.2)", true)))
                .primaryKey(new PrimaryKey("Order_pk", List.of("id")))
                .unique(new UniqueConstraint("order_customer_no", List.of("customer_id", "no"), true))
                .foreignKey(new ForeignKey("Order_customer_id_fkey", List.of("customer_id"), s, "customer",
                        List.of("id"), ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, false, false))
                .index(new Index("order_total_desc", List.of(IndexElement.column("total").desc()
                    .nulls(IndexElement.NullsOrder.LAST), IndexElement.column("customer_id")), false, null,
                        List.of()))
                .index(new Index("order_no_partial", List.of(IndexElement.column("no")), true, "no > 0",
                        List.of("total")))
                .build();
            assertThat(schema.table("Order")).contains(order);

            Table line = Table.builder(s, "line")
                .column(Column.of("order_id", SqlType.of(Kind.BIGINT, "bigint")).notNull())
                .column(Column.of("pos", SqlType.of(Kind.INTEGER, "integer")).notNull())
                .primaryKey(new PrimaryKey("line_pkey", List.of("order_id", "pos")))
                .foreignKey(new ForeignKey("line_order", List.of("order_id"), s, "Order", List.of("id"),
                        ReferentialAction.NO_ACTION, ReferentialAction.RESTRICT, true, true))
                .build();
            assertThat(schema.table("line")).contains(line);
        }
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void readsSeveralSchemasAndReferencesBetweenThem(TestDatabase db) throws SQLException {
        String other = db.schema() + "_Other";
        try (Connection connection = db.connect()) {
            execute(connection, """
                    CREATE TABLE customer (id INTEGER PRIMARY KEY);
                    CREATE TABLE migrate_version (version_num VARCHAR(32) NOT NULL);
                    CREATE SCHEMA "%1$s";
                    CREATE TABLE "%1$s".audit (
                      id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                      customer_id INTEGER REFERENCES customer (id) ON DELETE SET NULL
                    );
                    CREATE TABLE "%1$s".migrate_version (version_num VARCHAR(32) NOT NULL);
                    """.formatted(other));
            try {
                List<Schema> schemas = Dialects.detect(connection).inspector()
                    .inspect(connection, InspectionScope.schemas(other, db.schema()));

                assertThat(schemas).extracting(Schema::name).containsExactly(other, db.schema());
                assertThat(schemas.get(0).tables()).extracting(Table::name)
                    .as("the version table is left out of the default schema only")
                    .containsExactly("audit", "migrate_version");
                Table audit = schemas.get(0).table("audit").orElseThrow();
                assertThat(audit.column("id").orElseThrow().identity())
                    .isEqualTo(new Identity(false, 1L, 1L, 1L, (long) Integer.MAX_VALUE, false, 1L));
                assertThat(audit.foreignKeys()).containsExactly(new ForeignKey("audit_customer_id_fkey",
                        List.of("customer_id"), db.schema(), "customer", List.of("id"), ReferentialAction.SET_NULL,
                        ReferentialAction.NO_ACTION, false, false));
                assertThat(schemas.get(1).tables()).extracting(Table::name).containsExactly("customer");

                List<Schema> all = Dialects.detect(connection).inspector().inspect(connection, InspectionScope.all()
                    .filter((name, kind, schema) -> kind != NameFilter.Kind.SCHEMA || name.equals(other)));
                assertThat(all).extracting(Schema::name).containsExactly(other);
            }
            finally {
                execute(connection, "DROP SCHEMA \"" + other + "\" CASCADE");
            }
        }
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void readsKeysInKeyOrderChecksAsTheirConditionsAndMixedIndexKeys(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            execute(connection, """
                    CREATE TABLE parent (a INT, b INT, PRIMARY KEY (b, a));
                    CREATE TABLE child (
                      x INT, y INT, z INT,
                      CONSTRAINT child_parent FOREIGN KEY (y, x) REFERENCES parent (b, a),
                      CONSTRAINT child_z CHECK (z > 0) NO INHERIT
                    );
                    ALTER TABLE child ADD CONSTRAINT child_x CHECK (x <> 1 AND y IN (1, 2)) NOT VALID;
                    CREATE INDEX child_mixed ON child (z, lower(x::text), y DESC);
                    """);

            Schema schema = Dialects.detect(connection).inspector()
                .inspect(connection, InspectionScope.defaultSchema()).get(0);

            assertThat(schema.table("parent").orElseThrow().primaryKey())
                .isEqualTo(new PrimaryKey("parent_pkey", List.of("b", "a")));
            Table child = schema.table("child").orElseThrow();
            assertThat(child.foreignKeys()).containsExactly(new ForeignKey("child_parent", List.of("y", "x"),
                    db.schema(), "parent", List.of("b", "a"), ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION,
                    false, false));
            assertThat(child.checkConstraints()).containsExactly(
                    new CheckConstraint("child_x", "x <> 1 AND (y = ANY (ARRAY[1, 2]))"),
                    new CheckConstraint("child_z", "z > 0"));
            assertThat(child.indexes()).containsExactly(new Index("child_mixed", List.of(IndexElement.column("z"),
                    IndexElement.expression("lower(x::text)"), IndexElement.column("y").desc()), false, null,
                    List.of()));
        }
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void runsAsManyCatalogQueriesForTwoHundredTablesAsForTen(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            IntFunction<String> table = i -> "CREATE TABLE t" + i + " (id SERIAL PRIMARY KEY, name VARCHAR(20) "
                    + "UNIQUE, parent INTEGER REFERENCES t" + Math.max(i - 1, 0) + " (id), CHECK (length(name) > 1))";
            IntFunction<String> index = i -> "CREATE INDEX t" + i + "_parent ON t" + i + " (parent)";
            IntFunction<List<String>> both = i -> List.of(table.apply(i), index.apply(i));

            int queriesForTen = CatalogQueries.toInspect(connection, both, 0, 10);
            int queriesForTwoHundred = CatalogQueries.toInspect(connection, both, 10, 200);

            assertThat(queriesForTen).isEqualTo(7);
            assertThat(queriesForTwoHundred).isEqualTo(queriesForTen);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
