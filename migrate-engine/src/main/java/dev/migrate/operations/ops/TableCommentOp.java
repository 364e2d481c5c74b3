package dev.migrate.operations.ops;

import java.util.List;
import java.util.Objects;

import dev.migrate.ddl.DdlImpl;
import dev.migrate.operations.MigrateOperation;

/**
 * {@code op.createTableComment(…)} and {@code op.dropTableComment(…)}: sets a table's comment, or drops it when
 * {@code comment} is {@code null}. Reversed by setting {@code existingComment} back.
 *
 * @param schema          the table's schema, or {@code null}
 * @param table           the table
 * @param comment         the new comment, or {@code null} to drop it
 * @param existingComment the comment the table has now, or {@code null} for none
 */
public record TableCommentOp(String schema, String table, String comment, String existingComment)
        implements MigrateOperation {

    public TableCommentOp {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public List<String> toSql(DdlImpl dialect) {
        return dialect.compiler().tableComment(this);
    }

    @Override
    public MigrateOperation reverse() {
        return new TableCommentOp(schema, table, existingComment, comment);
    }
}
