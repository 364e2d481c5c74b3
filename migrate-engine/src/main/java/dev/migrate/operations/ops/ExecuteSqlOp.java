package dev.migrate.operations.ops;

import java.util.List;
import java.util.Objects;

import dev.migrate.ddl.DdlImpl;
import dev.migrate.operations.MigrateOperation;

/**
 * Runs SQL text as given ({@code op.execute("…")}). Not reversible: the engine cannot know what the text did.
 *
 * @param sql one statement, without a terminator
 */
public record ExecuteSqlOp(String sql) implements MigrateOperation {

    public ExecuteSqlOp {
        Objects.requireNonNull(sql, "sql");
    }

    @Override
    public List<String> toSql(DdlImpl dialect) {
        return dialect.render(this);
    }
}
