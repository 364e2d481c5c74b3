package dev.migrate.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** A connection that counts the statements executed through it, for tests that bound round trips. */
public final class CountingConnection {

    private final Connection connection;
    private final AtomicInteger executed = new AtomicInteger();

    /** Wraps {@code target}; statements it creates count their executions here. */
    public CountingConnection(Connection target) {
        this.connection = proxy(Connection.class, target, (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Statement statement ? countingStatement(statement) : result;
        });
    }

    /** The counting connection. */
    public Connection connection() {
        return connection;
    }

    /** How many statements were executed so far. */
    public int executed() {
        return executed.get();
    }

    private Statement countingStatement(Statement target) {
        Class<? extends Statement> type = target instanceof CallableStatement ? CallableStatement.class
                : target instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        return proxy(type, target, (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                executed.incrementAndGet();
            }
            return invoke(target, method, args);
        });
    }

    private static <T> T proxy(Class<T> type, Object target, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        }
        catch (InvocationTargetException ex) {
            throw ex.getCause();
        }
    }
}
