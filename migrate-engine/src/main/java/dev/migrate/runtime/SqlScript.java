package dev.migrate.runtime;

import java.io.Flushable;
import java.io.IOException;
import java.util.Objects;

import dev.migrate.MigrateException;
import dev.migrate.ddl.DdlImpl;

/**
 * The SQL script of an offline run, written as it is produced: statements terminated the dialect's way, comments and
 * transaction statements, each followed by a blank line as in Alembic's output.
 */
final class SqlScript {

    private final DdlImpl dialect;
    private final Appendable output;

    SqlScript(DdlImpl dialect, Appendable output) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.output = Objects.requireNonNull(output, "output");
    }

    /** One statement, without the white space around it, terminated for the dialect. */
    void statement(String sql) {
        write(dialect.offlineStatement(sql.strip()));
    }

    /** A comment; each line of {@code text} becomes a {@code --} line, so that no text can end the comment. */
    void comment(String text) {
        StringBuilder lines = new StringBuilder();
        text.lines().forEach(line -> lines.append("-- ").append(line).append('\n'));
        write(lines.toString());
    }

    void begin() {
        write(dialect.offlineBegin());
    }

    void commit() {
        write(dialect.offlineCommit());
    }

    /** Flushes the output, if it can be flushed. */
    void flush() {
        if (output instanceof Flushable flushable) {
            try {
                flushable.flush();
            }
            catch (IOException ex) {
                throw failed(ex);
            }
        }
    }

    private void write(String text) {
        try {
            output.append(text).append('\n');
        }
        catch (IOException ex) {
            throw failed(ex);
        }
    }

    private static MigrateException failed(IOException ex) {
        return new MigrateException("Could not write the SQL script: " + ex.getMessage(), ex);
    }
}
