package dev.migrate.ddl;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A named lock held by one database session: taken by one connection, refused to every other until released, and
 * released by the database (or, for embedded databases, by the engine) when the holding connection or process dies.
 */
public interface SessionLock {

    /** Takes the lock for {@code connection} if nobody else holds it; never waits. */
    boolean tryAcquire(Connection connection, String name) throws SQLException;

    /** Releases the lock {@code connection} holds. */
    void release(Connection connection, String name) throws SQLException;
}
