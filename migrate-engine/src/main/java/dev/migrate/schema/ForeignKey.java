package dev.migrate.schema;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key constraint.
 *
 * @param name              the constraint's name, or {@code null} where the database keeps none
 * @param columns           the referencing columns, in order
 * @param targetSchema      the referenced table's schema
 * @param targetTable       the referenced table
 * @param targetColumns     the referenced columns, matching {@code columns} one to one
 * @param onDelete          what deleting a referenced row does
 * @param onUpdate          what updating a referenced key does
 * @param deferrable        whether checking can be deferred to the commit
 * @param initiallyDeferred whether checking is deferred unless the transaction says otherwise
 */
public record ForeignKey(String name, List<String> columns, String targetSchema, String targetTable,
        List<String> targetColumns, ReferentialAction onDelete, ReferentialAction onUpdate, boolean deferrable,
        boolean initiallyDeferred) {

    public ForeignKey {
        columns = List.copyOf(columns);
        Objects.requireNonNull(targetTable, "targetTable");
        targetColumns = List.copyOf(targetColumns);
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
    }
}
