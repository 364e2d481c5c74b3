package dev.migrate.operations;

import java.sql.Connection;
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
     * The statements that carry out this operation on {@code dialect}, in order, with every value written as a
     * literal: what offline mode writes, and what {@link #run} executes unless an operation binds values instead.
     * Built-in operations call their method of the dialect's {@link dev.migrate.ddl.DdlCompiler}, so each dialect
     * decides the SQL.
     */
    List<String> toSql(DdlImpl dialect);

    /**
     * Runs this operation on {@code connection}: its {@link #toSql statements}, one at a time.
     *
     * @throws dev.migrate.ddl.StatementFailedException naming the statement the database rejected
     */
    default void run(DdlImpl dialect, Connection connection) {
        dialect.executeStatements(connection, toSql(dialect));
    }

    /**
     * The operation that undoes this one, as a downgrade would run it.
     *
     * @throws MigrateException when the operation cannot be reversed from what it knows
     */
    default MigrateOperation reverse() {
        throw new MigrateException("Operation " + this + " cannot be reversed; write its downgrade by hand");
    }
}
