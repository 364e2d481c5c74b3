package dev.migrate.ddl;

import java.lang.ref.WeakReference;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The session lock of embedded databases (H2, SQLite), which have no lock of their own: kept by this JVM, keyed by
 * the database's URL and the lock name. It dies with its holder: a lock whose connection is closed or no longer
 * reachable counts as free, and the whole registry goes with the process. Embedded databases are opened by one
 * process (H2 locks its files against a second one), so the JVM is the scope that matters; see
 * {@link dev.migrate.ddl.sqlite.SqliteImpl} for SQLite files shared between processes.
 */
public class InProcessLock implements SessionLock {

    private static final Map<String, WeakReference<Connection>> HOLDERS = new ConcurrentHashMap<>();

    @Override
    public boolean tryAcquire(Connection connection, String name) throws SQLException {
        String key = key(connection, name);
        WeakReference<Connection> holder = HOLDERS.compute(key,
                (k, current) -> isHeld(current) ? current : new WeakReference<>(connection));
        return holder.get() == connection;
    }

    @Override
    public void release(Connection connection, String name) throws SQLException {
        HOLDERS.computeIfPresent(key(connection, name), (k, current) -> current.get() == connection ? null : current);
    }

    private static boolean isHeld(WeakReference<Connection> holder) {
        Connection connection = holder == null ? null : holder.get();
        try {
            return connection != null && !connection.isClosed();
        }
        catch (SQLException ex) {
            return false;
        }
    }

    private static String key(Connection connection, String name) throws SQLException {
        return connection.getMetaData().getURL() + "#" + name;
    }
}
