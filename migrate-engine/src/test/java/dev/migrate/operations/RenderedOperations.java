package dev.migrate.operations;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.migrate.ddl.DdlImpl;
import dev.migrate.ddl.Dialects;

/** Operations rendered as one dialect's SQL without a database, the statements kept in order for assertions. */
public final class RenderedOperations implements OperationExecutor {

    private final DdlImpl dialect;
    private final List<String> statements = new ArrayList<>();

    public RenderedOperations(String dialect) {
        this.dialect = Dialects.named(dialect);
    }

    /** The {@code op} object a migration would get. */
    public Operations op() {
        return new Operations(this);
    }

    /** The statements rendered since the last call, which forgets them. */
    public List<String> statements() {
        List<String> rendered = List.copyOf(statements);
        statements.clear();
        return rendered;
    }

    @Override
    public void execute(MigrateOperation operation) {
        statements.addAll(dialect.statements(operation));
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
        return Optional.empty();
    }
}
