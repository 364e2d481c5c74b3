package dev.migrate.command;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import dev.migrate.MigrateException;

/**
 * A value computed on a daemon thread of its own while the caller does something else, such as opening a
 * connection; {@link #get()} waits for it and throws what the computation threw, unchanged.
 */
final class InBackground<T> {

    private final FutureTask<T> task;

    private InBackground(FutureTask<T> task) {
        this.task = task;
    }

    /** Starts {@code work} on a new daemon thread called {@code name}. */
    static <T> InBackground<T> start(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return new InBackground<>(task);
    }

    /** The value, once computed. */
    T get() {
        try {
            return task.get();
        }
        catch (ExecutionException ex) {
            Throwable cause = ex.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new MigrateException(cause.getMessage(), cause);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new MigrateException("Interrupted while reading the revisions", ex);
        }
    }
}
