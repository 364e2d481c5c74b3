package dev.migrate.operations;

import static dev.migrate.operations.Definitions.column;
import static dev.migrate.operations.Types.INTEGER;
import static dev.migrate.script.Rev.map;
import static dev.migrate.script.Rev.rev;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import dev.migrate.Migration;
import dev.migrate.ddl.DdlImpl;
import dev.migrate.ddl.Dialects;
import dev.migrate.ddl.InspectionScope;
import dev.migrate.operations.ops.CreateTableOp;
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
