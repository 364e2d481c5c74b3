package dev.migrate.script;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Captures what is printed on standard error while open, where the test logger (slf4j-simple) writes.
 */
final class StandardError implements AutoCloseable {

    private final PrintStream original = System.err;

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    private StandardError() {
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    static StandardError capture() {
        return new StandardError();
    }

    /** The lines printed so far. */
    String text() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        System.setErr(original);
    }
}
