package dev.migrate.operations;

import static dev.migrate.operations.Definitions.column;
import static dev.migrate.operations.Reversals.rows;
import static dev.migrate.operations.Types.INTEGER;
import static dev.migrate.operations.Types.varchar;
import static dev.migrate.script.Rev.map;
import static dev.migrate.script.Rev.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.MigrateException;
import dev.migrate.Migration;
import dev.migrate.ddl.DdlImpl;
import dev.migrate.ddl.Dialects;
import dev.migrate.ddl.InspectionScope;
import dev.migrate.operations.ops.AddColumnOp;
import dev.migrate.operations.ops.CreateTableOp;
import dev.migrate.operations.ops.DropTableOp;
import dev.migrate.runtime.EnvironmentContext;
import dev.migrate.runtime.MigrationContext;
import dev.migrate.script.RevisionMap;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

/** Operation types of a project's own, and implementations registered for them or in place of built-in ones. */
class CustomOperationTest {

    /** A project's own operation: a view, which renders its SQL itself and knows its reverse. */
    record CreateViewOp(String name, String select) implements MigrateOperation {

        @Override
        public List<String> toSql(DdlImpl dialect) {
            return List.of("CREATE VIEW " + dialect.quote(name) + " AS " + select);
        }

        @Override
        public MigrateOperation reverse() {
            return new DropViewOp(name);
        }
    }

    /** Drops a view. */
    record DropViewOp(String name) implements MigrateOperation {

        @Override
        public List<String> toSql(DdlImpl dialect) {
            return List.of("DROP VIEW " + dialect.quote(name));
        }
    }

    private final RevisionMap map = map(rev("r1").message("numbers and their view"));

    private final Migration migration = new Migration() {
        @Override
        public void upgrade(Operations op) {
            op.createTable("numbers", column("n", INTEGER));
            op.invoke(new CreateViewOp("big_numbers", "SELECT n FROM numbers WHERE n > 10"));
        }

        @Override
        public void downgrade(Operations op) {
            op.invoke(new CreateViewOp("big_numbers", "").reverse());
            op.dropTable("numbers");
        }
    };

    @DatabaseTest({DatabaseKind.POSTGRESQL, DatabaseKind.H2})
    void runsAnOperationTypeOfTheProjectsOwnAndItsReverse(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            MigrationContext context = MigrationContext.configure(connection, EnvironmentContext.builder().build());
            context.run(map, heads -> map.upgradePlan(heads, "heads"), revision -> migration);
            assertThat(count(connection, "SELECT COUNT(*) FROM big_numbers")).isZero();

            context.run(map, heads -> map.downgradePlan(heads, "base"), revision -> migration);
            assertThat(tableCount(connection, db)).isZero();
        }
    }

    @DatabaseTest({DatabaseKind.POSTGRESQL, DatabaseKind.H2})
    void aRegisteredImplementationReplacesTheSqlOfABuiltInOperation(TestDatabase db) throws SQLException {
        EnvironmentContext environment = EnvironmentContext.builder()
            .implementation(CreateTableOp.class, (op, dialect) -> {
                List<String> statements = new ArrayList<>(dialect.compiler().createTable(op));
                statements.add("INSERT INTO " + dialect.quote(op.table()) + " VALUES (42)");
                return statements;
            })
            .build();
        try (Connection connection = db.connect()) {
            MigrationContext context = MigrationContext.configure(connection, environment);
            context.run(map, heads -> map.upgradePlan(heads, "heads"), revision -> migration);

            assertThat(count(connection, "SELECT COUNT(*) FROM big_numbers")).isEqualTo(1);
        }
    }

    /** Adds a column as the dialect does, then sets it to 42 in every row. */
    private static final EnvironmentContext ADDING_42 = EnvironmentContext.builder()
        .implementation(AddColumnOp.class, (op, dialect) -> {
            List<String> statements = new ArrayList<>(dialect.compiler().addColumn(op));
            statements.add("UPDATE " + dialect.quote(op.table()) + " SET " + dialect.quote(op.column().name())
                    + " = 42");
            return statements;
        })
        .build();

    private static Migration batch(BatchOptions options) {
        return new Migration() {
            @Override
            public void upgrade(Operations op) {
                op.batchAlterTable("pet", options, batch -> batch
                    .addColumn(column("chip", INTEGER))
                    .invoke(new CreateViewOp("named_pets", "SELECT id, name, chip FROM pet"))
                    .alterColumn("name", c -> c.type(varchar(60)).existingType(varchar(30))));
            }

            @Override
            public void downgrade(Operations op) {
            }
        };
    }

    /**
     * Recreated, the table is made with the batch's definition changes; the operations carried out by a registered
     * implementation or by themselves run on it afterwards.
     */
    @DatabaseTest
    void aRecreatedBatchRunsImplementedAndOwnOperationsOnTheNewTable(TestDatabase db) throws SQLException {
        LiveOperations live = BatchAlterTableTest.withPets(db);
        MigrationContext context = MigrationContext.configure(live.jdbc(), ADDING_42);
        BatchOptions options = db.kind() == DatabaseKind.SQLITE ? BatchOptions.DEFAULTS
                : BatchOptions.recreate(BatchOptions.Recreate.ALWAYS);

        context.run(map, heads -> map.upgradePlan(heads, "heads"), revision -> batch(options));

        assertThat(live.column("pet", "name").type().length()).isEqualTo(60);
        assertThat(rows(live.jdbc(), "SELECT id, name, chip FROM named_pets ORDER BY id"))
            .containsExactly("1|Rex|42", "2|Tom|42", "3|Kit|42");
        assertThat(live.requireTable("pet").uniqueConstraints()).hasSize(1);
    }

    /** In place, every operation of the batch is an ALTER: the registered implementation gives the column's. */
    @DatabaseTest({DatabaseKind.SQLITE, DatabaseKind.POSTGRESQL})
    void aBatchInPlaceRunsTheRegisteredImplementation(TestDatabase db) throws SQLException {
        LiveOperations live = BatchAlterTableTest.withPets(db);
        MigrationContext context = MigrationContext.configure(live.jdbc(), ADDING_42);
        Migration migration = new Migration() {
            @Override
            public void upgrade(Operations op) {
                op.batchAlterTable("pet", batch -> batch.addColumn(column("chip", INTEGER))
                    .invoke(new CreateViewOp("named_pets", "SELECT id, name, chip FROM pet")));
            }

            @Override
            public void downgrade(Operations op) {
            }
        };

        context.run(map, heads -> map.upgradePlan(heads, "heads"), revision -> migration);

        assertThat(rows(live.jdbc(), "SELECT id, chip FROM named_pets ORDER BY id"))
            .containsExactly("1|42", "2|42", "3|42");
        assertThat(live.column("pet", "name").type().length()).as("not recreated").isEqualTo(30);
    }

    @Test
    void aBatchHoldsNoOperationOnWholeTables() {
        RenderedOperations rendered = new RenderedOperations("sqlite");
        assertThatThrownBy(() -> rendered.op().batchAlterTable("pet", batch -> batch
            .invoke(new DropTableOp(null, "pet", false, null))))
            .isInstanceOf(MigrateException.class)
            .hasMessage("Can't DropTableOp in batch mode on pet; run it before or after op.batchAlterTable");
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long tableCount(Connection connection, TestDatabase db) throws SQLException {
        DdlImpl dialect = Dialects.detect(connection);
        return dialect.inspector().inspect(connection, InspectionScope.schemas(db.schema())).get(0)
            .tables().size();
    }
}
