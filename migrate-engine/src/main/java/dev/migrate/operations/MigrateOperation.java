package dev.migrate.operations;

import java.util.List;

import dev.migrate.MigrateException;
import dev.migrate.ddl.DdlImpl;

/**
 * One directive as an immutable value ({@code createTable}, {@code execute}, …). {@link Operations} builds it and
 * hands it to the runtime, which runs it through the dialect (online) or writes its SQL (offline); autogenerate
 * produces the same objects and renders them as Java source.
 */
public interface MigrateOperation {

    /**
     * The statements that carry out this operation on {@code dialect}, in order. Implementations call the dialect's
     * {@code render} method for their own type, so each dialect decides the SQL.
     */
    List<String> toSql(DdlImpl dialect);

    /**
     * The operation that undoes this one, as a downgrade would run it.
     *
     * @throws MigrateException when the operation cannot be reversed from what it knows
     */
    default MigrateOperation reverse() {
        throw new MigrateException("Operation " + this + " cannot be reversed; write its downgrade by hand");
    }
}
