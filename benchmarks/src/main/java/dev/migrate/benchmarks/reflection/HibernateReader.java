package dev.migrate.benchmarks.reflection;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.StreamSupport;

import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Database;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.QualifiedTableName;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
import org.hibernate.resource.transaction.spi.DdlTransactionIsolator;
import org.hibernate.tool.schema.extract.internal.CachingDatabaseInformationImpl;
import org.hibernate.tool.schema.extract.internal.DatabaseInformationImpl;
import org.hibernate.tool.schema.extract.spi.DatabaseInformation;
import org.hibernate.tool.schema.extract.spi.NameSpaceTablesInformation;
import org.hibernate.tool.schema.extract.spi.TableInformation;
import org.hibernate.tool.schema.internal.HibernateSchemaManagementTool;
import org.hibernate.tool.schema.spi.SchemaManagementTool;

/**
 * Hibernate ORM's schema extraction ({@code org.hibernate.tool.schema.extract}), which {@code hbm2ddl} validation
 * and update use, driven as they drive it. Hibernate never lists a schema: it looks up the tables its mapping names,
 * so it is given the benchmark's table names and, for each table, reads every column by name, the foreign keys, the
 * indexes and the comment. Two ways, both Hibernate's own:
 *
 * <ul>
 * <li><b>per table</b>: {@code DatabaseInformationImpl}, one look-up per table ({@code getTableInformation}), with
 * the primary key, foreign keys and indexes read table by table, as Hibernate's {@code individually} extraction
 * strategy does;
 * <li><b>grouped</b>: {@code CachingDatabaseInformationImpl}, all tables and columns of the namespace at once
 * ({@code getTablesInformation}) and the foreign keys and indexes in bulk where the dialect's extractor can, as
 * Hibernate 7's default {@code update} does. That path never reads primary keys (its bulk primary-key read fails
 * on PostgreSQL in Hibernate 7.4.13: it asks the driver's result for a {@code PKTABLE_NAME} column that
 * {@code getPrimaryKeys} does not have), so neither does this way.
 * </ul>
 *
 * The service registry and the metadata (with no entity) are built once, as an application builds them once; each
 * read builds the database information and releases it, as each schema-management run does. Neither way reads
 * unique constraints (only the indexes behind them), check constraints or column comments. Its log shows warnings
 * only.
 */
final class HibernateReader implements SchemaReader {

    /** Held so the level set on it is not lost when the logger is collected. */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    private final boolean grouped;
    private final Map<String, Object> settings = new HashMap<>();
    private final StandardServiceRegistry registry;
    private final HibernateSchemaManagementTool tool;
    private final JdbcEnvironment environment;
    private final SqlStringGenerationContext context;
    private final Namespace namespace;
    private final List<QualifiedTableName> tables;
    private final List<Identifier> columns = ReflectedDatabase.COLUMNS.stream().map(Identifier::toIdentifier)
        .toList();

    HibernateReader(Connection connection, boolean schemaIsCatalog, List<String> tableNames, boolean grouped) {
        this.grouped = grouped;
        HIBERNATE_LOG.setLevel(Level.WARNING);
        settings.put(AvailableSettings.CONNECTION_PROVIDER, new OneConnection(connection));
        settings.put(schemaIsCatalog ? AvailableSettings.DEFAULT_CATALOG : AvailableSettings.DEFAULT_SCHEMA,
                ReflectedDatabase.SCHEMA);
        registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        Database database = new MetadataSources(registry).buildMetadata().getDatabase();
        namespace = database.getDefaultNamespace();
        tool = (HibernateSchemaManagementTool) registry.requireService(SchemaManagementTool.class);
        environment = registry.requireService(JdbcEnvironment.class);
        context = SqlStringGenerationContextImpl.fromConfigurationMap(environment, database, settings);
        Identifier schema = Identifier.toIdentifier(ReflectedDatabase.SCHEMA);
        tables = tableNames.stream().map(name -> schemaIsCatalog
                ? new QualifiedTableName(schema, null, Identifier.toIdentifier(name))
                : new QualifiedTableName(null, schema, Identifier.toIdentifier(name))).toList();
    }

    @Override
    public SchemaSummary read() throws SQLException {
        DdlTransactionIsolator isolator = tool.getDdlTransactionIsolator(tool.resolveJdbcContext(settings));
        try {
            DatabaseInformation information = grouped
                    ? new CachingDatabaseInformationImpl(registry, environment, context, isolator, tool)
                    : new DatabaseInformationImpl(registry, environment, context, isolator, tool);
            try {
                return read(information);
            }
            finally {
                information.cleanup();
            }
        }
        finally {
            isolator.release();
        }
    }

    private SchemaSummary read(DatabaseInformation information) {
        NameSpaceTablesInformation all = grouped ? information.getTablesInformation(namespace) : null;
        SchemaSummary summary = SchemaSummary.NONE;
        for (QualifiedTableName name : tables) {
            TableInformation table = grouped ? all.getTableInformation(name.getTableName().getText())
                    : information.getTableInformation(name);
            if (table == null) {
                continue;
            }
            int columnsFound = (int) columns.stream().filter(column -> table.getColumn(column) != null).count();
            int primaryKey = grouped ? SchemaSummary.NOT_READ : table.getPrimaryKey() == null ? 0 : 1;
            int comment = table.getComment() == null || table.getComment().isEmpty() ? 0 : 1;
            summary = summary.plus(new SchemaSummary(1, columnsFound, primaryKey, count(table.getForeignKeys()),
                    SchemaSummary.NOT_READ, count(table.getIndexes()), SchemaSummary.NOT_READ, comment));
        }
        return summary;
    }

    private static int count(Iterable<?> items) {
        return (int) StreamSupport.stream(items.spliterator(), false).count();
    }

    @Override
    public void close() {
        StandardServiceRegistryBuilder.destroy(registry);
    }

    /** Hands Hibernate the benchmark's connection and leaves it open; the benchmark closes it. */
    private record OneConnection(Connection connection) implements ConnectionProvider {

        @Override
        public Connection getConnection() {
            return connection;
        }

        @Override
        public void closeConnection(Connection connection) {
        }

        @Override
        public boolean supportsAggressiveRelease() {
            return false;
        }

        @Override
        public boolean isUnwrappableAs(Class<?> type) {
            return false;
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException("Not a wrapper of " + type.getName());
        }
    }
}
