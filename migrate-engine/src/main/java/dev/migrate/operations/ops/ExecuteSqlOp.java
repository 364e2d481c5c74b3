package dev.migrate.operations.ops;

import java.sql.Connection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import dev.migrate.ddl.DdlImpl;
import dev.migrate.operations.MigrateOperation;

/**
 * Runs SQL text ({@code op.execute("…")}). Without parameters the text is run as given. With parameters, each
 * {@code :name} in it is a bind parameter (write {@code \:} for a colon that is not one; {@code ::} casts are left
 * alone): online the values are bound, offline they are written as literals. Not reversible: the engine cannot know
 * what the text did.
 *
 * @param sql        one statement, without a terminator
 * @param parameters the values of its {@code :name} parameters, by name
 */
public record ExecuteSqlOp(String sql, Map<String, Object> parameters) implements MigrateOperation {

    public ExecuteSqlOp {
        Objects.requireNonNull(sql, "sql");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** SQL text run as given. */
    public ExecuteSqlOp(String sql) {
        this(sql, Map.of());
    }

    @Override
    public List<String> toSql(DdlImpl dialect) {
        return dialect.compiler().execute(this);
    }

    /** The text with each parameter replaced by {@code literal} of its value, as offline mode writes it. */
    public String inlined(Function<Object, String> literal) {
        return BindParameters.substitute(sql, name -> literal.apply(BindParameters.valueOf(name, parameters)));
    }

    @Override
    public void run(DdlImpl dialect, Connection connection) {
        if (parameters.isEmpty()) {
            MigrateOperation.super.run(dialect, connection);
            return;
        }
        BindParameters binds = BindParameters.parse(sql);
        dialect.executePrepared(connection, binds.jdbcSql(), List.<Object[]>of(binds.values(parameters)));
    }
}
