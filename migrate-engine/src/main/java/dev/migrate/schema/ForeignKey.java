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
        boolean initiallyDeferred) implements TableElement {

    public ForeignKey {
        columns = List.copyOf(columns);
        Objects.requireNonNull(targetTable, "targetTable");
        targetColumns = List.copyOf(targetColumns);
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
    }

    /** This foreign key with {@code ON DELETE action}. */
    public ForeignKey onDelete(ReferentialAction action) {
        return new ForeignKey(name, columns, targetSchema, targetTable, targetColumns, action, onUpdate, deferrable,
                initiallyDeferred);
    }

    /** This foreign key with {@code ON UPDATE action}. */
    public ForeignKey onUpdate(ReferentialAction action) {
        return new ForeignKey(name, columns, targetSchema, targetTable, targetColumns, onDelete, action, deferrable,
                initiallyDeferred);
    }

    /** This foreign key, {@code DEFERRABLE}, and {@code INITIALLY DEFERRED} if {@code initiallyDeferred}. */
    public ForeignKey deferrable(boolean initiallyDeferred) {
        return new ForeignKey(name, columns, targetSchema, targetTable, targetColumns, onDelete, onUpdate, true,
                initiallyDeferred);
    }

    /** This foreign key referencing a table in {@code schema}. */
    public ForeignKey targetSchema(String schema) {
        return new ForeignKey(name, columns, schema, targetTable, targetColumns, onDelete, onUpdate, deferrable,
                initiallyDeferred);
    }
}
