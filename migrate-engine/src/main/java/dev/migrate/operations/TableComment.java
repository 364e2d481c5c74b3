package dev.migrate.operations;

import java.util.Objects;

import dev.migrate.schema.TableElement;

/**
 * A table's comment, given to {@code op.createTable} among the columns ({@link Definitions#comment(String)}).
 *
 * @param text the comment
 */
public record TableComment(String text) implements TableElement {

    public TableComment {
        Objects.requireNonNull(text, "text");
    }
}
