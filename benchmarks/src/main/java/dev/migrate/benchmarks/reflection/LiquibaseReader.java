package dev.migrate.benchmarks.reflection;

import java.sql.Connection;
import java.util.logging.Level;
import java.util.logging.Logger;

import liquibase.CatalogAndSchema;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.snapshot.DatabaseSnapshot;
import liquibase.snapshot.SnapshotControl;
import liquibase.snapshot.SnapshotGeneratorFactory;
import liquibase.structure.core.Column;
import liquibase.structure.core.ForeignKey;
import liquibase.structure.core.Index;
import liquibase.structure.core.PrimaryKey;
import liquibase.structure.core.Table;
import liquibase.structure.core.UniqueConstraint;

/**
 * Liquibase: a database snapshot of the schema, the model its {@code diff}, {@code diff-changelog} and
 * {@code generate-changelog} compare, limited to the kinds of object Migrate reads that Liquibase's open-source
 * edition snapshots (tables, columns, primary keys, foreign keys, unique constraints, indexes; check constraints
 * need its commercial edition). The Liquibase {@code Database} is made from the connection on every read, as each
 * Liquibase command does; its log shows warnings only. The snapshot runs with the connection in autocommit mode, as
 * the other contenders' reads do: Liquibase turns autocommit off on PostgreSQL, which would keep one transaction
 * open through the whole snapshot and make other sessions' {@code CREATE INDEX CONCURRENTLY} wait for it.
 */
final class LiquibaseReader implements SchemaReader {

    /** Held so the level set on it is not lost when the logger is collected. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    private final Connection connection;
    private final CatalogAndSchema schema;

    LiquibaseReader(Connection connection, boolean schemaIsCatalog) {
        this.connection = connection;
        this.schema = schemaIsCatalog ? new CatalogAndSchema(ReflectedDatabase.SCHEMA, null)
                : new CatalogAndSchema(null, ReflectedDatabase.SCHEMA);
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    @Override
    public SchemaSummary read() throws Exception {
        Database database = DatabaseFactory.getInstance()
            .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        connection.setAutoCommit(true);
        SnapshotControl control = new SnapshotControl(database, Table.class, Column.class, PrimaryKey.class,
                ForeignKey.class, UniqueConstraint.class, Index.class);
        DatabaseSnapshot snapshot = SnapshotGeneratorFactory.getInstance().createSnapshot(schema, database, control);
        return snapshot.get(Table.class).stream()
            .map(table -> new SchemaSummary(1, table.getColumns().size(), table.getPrimaryKey() == null ? 0 : 1,
                    table.getOutgoingForeignKeys().size(), table.getUniqueConstraints().size(),
                    table.getIndexes().size(), SchemaSummary.NOT_READ, (table.getRemarks() == null ? 0 : 1)
                            + (int) table.getColumns().stream().filter(column -> column.getRemarks() != null).count()))
            .reduce(SchemaSummary.NONE, SchemaSummary::plus);
    }
}
