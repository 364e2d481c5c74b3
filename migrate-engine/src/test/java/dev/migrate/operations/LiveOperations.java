package dev.migrate.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import dev.migrate.ddl.DdlImpl;
import dev.migrate.ddl.Dialects;
import dev.migrate.ddl.InspectionScope;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;

/** Operations run straight on a test connection, and the schema read back through the dialect's inspector. */
public final class LiveOperations implements OperationExecutor {

    private final Connection connection;
    private final DdlImpl dialect;
    private final String schema;

    public LiveOperations(Connection connection, String schema) throws SQLException {
        this.connection = connection;
        this.dialect = Dialects.detect(connection);
        this.schema = schema;
    }

    /** The {@code op} object a migration would get on this connection. */
    public Operations op() {
        return new Operations(this);
    }

    /** The table called {@code name} as the inspector reads it now, if there is one. */
    public Optional<Table> table(String name) {
        List<Schema> schemas = dialect.inspector().inspect(connection, InspectionScope.schemas(schema));
        String catalogName = dialect.catalogName(name);
        return schemas.get(0).tables().stream().filter(table -> table.name().equals(catalogName)).findFirst();
    }

    @Override
    public void execute(MigrateOperation operation) {
        dialect.execute(connection, operation);
    }

    @Override
    public void autocommitBlock(Runnable block) {
        block.run();
    }

    @Override
    public DdlImpl dialect() {
        return dialect;
    }

    @Override
    public Optional<Connection> connection() {
        return Optional.of(connection);
    }
}
