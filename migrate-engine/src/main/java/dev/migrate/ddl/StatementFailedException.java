package dev.migrate.ddl;

import java.sql.SQLException;

import dev.migrate.MigrateException;

/** A statement the database rejected: carries the statement and the database's own error. */
public class StatementFailedException extends MigrateException {

    private static final long serialVersionUID = 1L;

    private final String statement;

    /** {@code statement} failed with {@code cause}; the message is the database's, followed by the statement. */
    public StatementFailedException(String statement, SQLException cause) {
        super(cause.getMessage() + " [SQL: " + statement + "]", cause);
        this.statement = statement;
    }

    /** The SQL the database rejected. */
    public String statement() {
        return statement;
    }

    /** The database's own error. */
    @Override
    public synchronized SQLException getCause() {
        return (SQLException) super.getCause();
    }
}
