package dev.migrate.ddl.sqlite;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.migrate.ddl.InProcessLock;

/**
 * {@link InProcessLock} plus, for a database file, an exclusive operating-system lock on a file beside it,
 * {@code <file>.<hash of the lock name>.migrate-lock} (separate files, because closing any channel on a locked file
 * can drop every lock the process holds on it, SQLite's own included). The operating system releases it when the
 * process ends; in-memory databases need only the in-process part.
 */
final class FileLockedSessionLock extends InProcessLock {

    private final Map<String, FileLock> fileLocks = new ConcurrentHashMap<>();

    @Override
    public boolean tryAcquire(Connection connection, String name) throws SQLException {
        if (!super.tryAcquire(connection, name)) {
            return false;
        }
        Optional<Path> file = databaseFile(connection.getMetaData().getURL());
        if (file.isEmpty() || fileLocks.containsKey(file.get() + "#" + name)) {
            return true;
        }
        FileLock lock = lockFile(file.get(), name);
        if (lock == null) {
            super.release(connection, name);
            return false;
        }
        fileLocks.put(file.get() + "#" + name, lock);
        return true;
    }

    @Override
    public void release(Connection connection, String name) throws SQLException {
        Optional<Path> file = databaseFile(connection.getMetaData().getURL());
        FileLock lock = file.map(path -> fileLocks.remove(path + "#" + name)).orElse(null);
        if (lock != null) {
            try {
                lock.channel().close();
            }
            catch (IOException ex) {
                throw new SQLException("Could not release the lock file of " + file.get() + ": " + ex.getMessage(), ex);
            }
        }
        super.release(connection, name);
    }

    private static FileLock lockFile(Path database, String name) throws SQLException {
        Path lockFile = database.resolveSibling(database.getFileName() + "." + Integer.toHexString(name.hashCode())
                + ".migrate-lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
            }
            return lock;
        }
        catch (OverlappingFileLockException ex) {
            closeQuietly(channel);
            return null;
        }
        catch (IOException ex) {
            closeQuietly(channel);
            throw new SQLException("Could not lock " + lockFile + ": " + ex.getMessage(), ex);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        }
        catch (IOException ignored) {
            // the lock was not taken; nothing is held
        }
    }

    /** The database file of a {@code jdbc:sqlite:} URL; empty for in-memory databases. */
    static Optional<Path> databaseFile(String url) {
        String location = url.substring("jdbc:sqlite:".length());
        int query = location.indexOf('?');
        if (query >= 0) {
            if (location.substring(query).contains("mode=memory")) {
                return Optional.empty();
            }
            location = location.substring(0, query);
        }
        if (location.startsWith("file:")) {
            location = location.substring("file:".length());
        }
        if (location.isEmpty() || location.contains(":memory:")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(location).toAbsolutePath());
    }
}
