package dev.migrate.operations;

import java.util.Objects;

import dev.migrate.schema.ReferentialAction;

/**
 * A foreign key declared on one column ({@code column("owner_id", BIGINT).references("owner", "id")}).
 *
 * @param name         the constraint's name, or {@code null} to let the database name it
 * @param targetSchema the referenced table's schema, or {@code null} for the default schema
 * @param targetTable  the referenced table
 * @param targetColumn the referenced column
 * @param onDelete     what deleting a referenced row does
 * @param onUpdate     what updating a referenced key does
 */
public record ForeignKeyReference(String name, String targetSchema, String targetTable, String targetColumn,
        ReferentialAction onDelete, ReferentialAction onUpdate) {

    public ForeignKeyReference {
        Objects.requireNonNull(targetTable, "targetTable");
        Objects.requireNonNull(targetColumn, "targetColumn");
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
    }

    /**
     * An unnamed reference to {@code table.column} with {@code NO ACTION} on delete and update, to refine with the
     * methods below: {@code column("owner_id", BIGINT).references(to("owner", "id").onDelete(CASCADE))}.
     */
    public static ForeignKeyReference to(String table, String column) {
        return new ForeignKeyReference(null, null, table, column, ReferentialAction.NO_ACTION,
                ReferentialAction.NO_ACTION);
    }

    /** This reference with {@code ON DELETE action}. */
    public ForeignKeyReference onDelete(ReferentialAction action) {
        return new ForeignKeyReference(name, targetSchema, targetTable, targetColumn, action, onUpdate);
    }

    /** This reference with {@code ON UPDATE action}. */
    public ForeignKeyReference onUpdate(ReferentialAction action) {
        return new ForeignKeyReference(name, targetSchema, targetTable, targetColumn, onDelete, action);
    }

    /** This reference as a constraint called {@code name}. */
    public ForeignKeyReference named(String name) {
        return new ForeignKeyReference(name, targetSchema, targetTable, targetColumn, onDelete, onUpdate);
    }
}
