package dev.migrate.benchmarks.reflection;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts the statements a connection has the server run while it is open, whoever runs them: the tool's own SQL
 * and the SQL of the driver's {@code DatabaseMetaData} alike, which a wrapper around the connection would not see.
 */
abstract sealed class StatementCount implements AutoCloseable {

    /** The statements run since the count started. */
    abstract int count() throws SQLException;

    @Override
    public abstract void close();

    /**
     * PostgreSQL: the driver's own protocol log, which records each statement it sends as a {@code Bind} message
     * (extended protocol, one per execution) or a {@code SimpleQuery}. Only the counting run turns this log on.
     */
    static StatementCount postgresqlDriverLog() {
        return new PostgresqlDriverLog();
    }

    /**
     * MariaDB: the session's {@code Questions} status, the number of statements the server ran for the session,
     * read before and after; the read itself counts once and is taken off.
     */
    static StatementCount mariaDbQuestions(Connection connection) throws SQLException {
        return new MariaDbQuestions(connection);
    }

    private static final class PostgresqlDriverLog extends StatementCount {

        /** Held so the level set on it is not lost when the logger is collected. */
        private static final Logger PROTOCOL = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");

        private final AtomicInteger statements = new AtomicInteger();
        private final Level previous = PROTOCOL.getLevel();
        private final boolean previousUseParent = PROTOCOL.getUseParentHandlers();
        private final Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record.getMessage();
                if (message != null && (message.startsWith(" FE=> Bind(") || message.startsWith(
                        " FE=> SimpleQuery("))) {
                    statements.incrementAndGet();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };

        PostgresqlDriverLog() {
            handler.setLevel(Level.ALL);
            PROTOCOL.addHandler(handler);
            PROTOCOL.setUseParentHandlers(false);
            PROTOCOL.setLevel(Level.FINEST);
        }

        @Override
        int count() {
            return statements.get();
        }

        @Override
        public void close() {
            PROTOCOL.setLevel(previous);
            PROTOCOL.setUseParentHandlers(previousUseParent);
            PROTOCOL.removeHandler(handler);
        }
    }

    private static final class MariaDbQuestions extends StatementCount {

        private final Connection connection;
        private final long before;

        MariaDbQuestions(Connection connection) throws SQLException {
            this.connection = connection;
            this.before = questions();
        }

        @Override
        int count() throws SQLException {
            return (int) (questions() - before - 1);
        }

        private long questions() throws SQLException {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SHOW SESSION STATUS LIKE 'Questions'")) {
                row.next();
                return row.getLong(2);
            }
        }

        @Override
        public void close() {
        }
    }
}
