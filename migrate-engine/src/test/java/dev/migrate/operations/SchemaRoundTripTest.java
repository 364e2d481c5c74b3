package dev.migrate.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.migrate.schema.Column;
import dev.migrate.schema.Table;
import dev.migrate.schema.TableElement;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

/**
 * The round trip of the schema model through a database: generated schemas ({@link RandomSchemas}) are created
 * through the operations API ({@link ColumnDefinition#from} and the constraints and indexes of the model), read back
 * by the inspector, and must equal the model once {@link SchemaNormalizer} has taken out what the database
 * legitimately changes. Then the reverse of every operation drops them again, and the schema must be as before.
 *
 * <p>Each run draws new schemas from a random seed; a failure names it, and {@code -Dmigrate.roundtrip.seed=N}
 * replays it.
 */
class SchemaRoundTripTest {

    private static final int SCHEMAS = 200;

    @DatabaseTest
    void generatedSchemasReadBackAsTheyWereCreated(TestDatabase db) throws SQLException {
        long seed = Long.getLong("migrate.roundtrip.seed", new Random().nextLong());
        LiveOperations live = LiveOperations.on(db);
        live.jdbc().setAutoCommit(false); // one transaction per schema, as a revision runs, not one per statement
        if (db.kind() == DatabaseKind.POSTGRESQL) {
            live.jdbc().createStatement().execute("SET synchronous_commit = off"); // throw-away data: no flush wait
        }
        SchemaNormalizer normalizer = new SchemaNormalizer(db.kind(), live.dialect());
        Random random = new Random(seed);
        live.mark();
        for (int i = 0; i < SCHEMAS; i++) {
            List<Table> model = new RandomSchemas(random, db.kind(), live.dialect()).schema();
            model.forEach(table -> live.op().createTable(table.name(), elements(table)));
            List<Table> reflected = live.schema().tables();
            assertThat(reflected.stream().map(normalizer::normalize).toList())
                .usingRecursiveComparison()
                .as("schema %d of seed %d (replay with -Dmigrate.roundtrip.seed=%d)", i, seed, seed)
                .isEqualTo(model.stream().map(normalizer::normalize)
                    .sorted((a, b) -> a.name().compareTo(b.name())).toList());
            live.reverseAndCheck();
            live.jdbc().commit();
        }
    }

    /** What {@code op.createTable} is given for {@code table}: its columns, constraints, indexes and comment. */
    private static TableElement[] elements(Table table) {
        List<TableElement> elements = new ArrayList<>();
        for (Column column : table.columns()) {
            elements.add(ColumnDefinition.from(column));
        }
        if (table.primaryKey() != null) {
            elements.add(table.primaryKey());
        }
        elements.addAll(table.uniqueConstraints());
        elements.addAll(table.foreignKeys());
        elements.addAll(table.checkConstraints());
        elements.addAll(table.indexes());
        if (table.comment() != null) {
            elements.add(Definitions.comment(table.comment()));
        }
        return elements.toArray(TableElement[]::new);
    }
}
