package dev.migrate.schema;

/** What a foreign key does to referencing rows when the referenced row is deleted or its key updated. */
public enum ReferentialAction {
    /** Fail at the end of the statement (the default). */
    NO_ACTION,
    /** Fail at once. */
    RESTRICT,
    /** Delete or update the referencing rows too. */
    CASCADE,
    /** Set the referencing columns to {@code NULL}. */
    SET_NULL,
    /** Set the referencing columns to their defaults. */
    SET_DEFAULT
}
