package dev.migrate.operations;

import static dev.migrate.testing.DatabaseKind.H2;
import static dev.migrate.testing.DatabaseKind.MARIADB;
import static dev.migrate.testing.DatabaseKind.POSTGRESQL;
import static dev.migrate.testing.DatabaseKind.SQLITE;

import java.util.Set;

import org.junit.jupiter.api.Assumptions;

import dev.migrate.testing.DatabaseKind;

/**
 * The one place that says on which databases the online operations tests check each feature. The tests run on every
 * database ({@code @DatabaseTest}) and call {@link #require}; a database left out here skips that run, naming the
 * feature. A database is listed once its dialect writes the feature's SQL and its inspector reads the result back:
 * when a dialect's compiler learns a feature, add the database here and the tests (and the round trip's generated
 * schemas) cover it.
 *
 * <p>MariaDB has no time zones in its types, numbers identity columns only with {@code AUTO_INCREMENT} and has no
 * expression, partial or covering indexes nor deferrable foreign keys: the tests of identity options, expression
 * indexes and deferrable keys assert the error it gives instead. What it changes in what it is given (primary keys
 * named {@code PRIMARY}, unique indexes read as unique keys, its spellings of defaults) is in
 * {@link SchemaNormalizer} and the tests.
 */
enum OnlineFeature {

    /**
     * CREATE / DROP / RENAME TABLE, ADD / DROP COLUMN, the portable types without time zones, nullability, literal
     * and expression defaults, and primary keys, unique constraints, foreign keys (without options) and checks
     * declared in CREATE TABLE.
     */
    TABLES(MARIADB, POSTGRESQL, H2, SQLITE),
    /** TEXT: character data without a declared length. */
    TEXT(MARIADB, POSTGRESQL, H2, SQLITE),
    /** TIME and TIMESTAMP WITH TIME ZONE. */
    ZONED_TYPES(POSTGRESQL, H2, SQLITE),
    /** DROP COLUMN of a column an index covers (SQLite refuses it: batch mode recreates the table instead). */
    DROP_INDEXED_COLUMNS(MARIADB, POSTGRESQL, H2),
    /** Comments on tables and columns, in CREATE TABLE and set or dropped later. */
    COMMENTS(MARIADB, POSTGRESQL, H2),
    /** GENERATED … AS IDENTITY with its sequence options. */
    IDENTITY(POSTGRESQL, H2),
    /**
     * Columns the database numbers itself, read back as such ({@code autoIncrement()}). H2 numbers them as identity
     * columns, and SQLite only a table's single {@code INTEGER PRIMARY KEY} ({@code SqliteOperationsTest}).
     */
    AUTO_INCREMENT(MARIADB, POSTGRESQL),
    /** Generated columns whose values are stored (H2 stores every one, without the word STORED). */
    STORED_COMPUTED(MARIADB, POSTGRESQL, H2, SQLITE),
    /** Generated columns declared without STORED (PostgreSQL before 18 has only stored ones). */
    VIRTUAL_COMPUTED(MARIADB, H2, SQLITE),
    /** ALTER COLUMN: nullability, server default and type. */
    ALTER_COLUMN(MARIADB, POSTGRESQL, H2),
    /** Renaming a column. */
    RENAME_COLUMN(MARIADB, POSTGRESQL, H2, SQLITE),
    /** ADD COLUMN IF NOT EXISTS and DROP COLUMN IF EXISTS. */
    COLUMN_IF_EXISTS(MARIADB, POSTGRESQL, H2),
    /** CREATE [UNIQUE] INDEX [IF NOT EXISTS] on columns, ascending or descending, and DROP INDEX [IF EXISTS]. */
    INDEXES(MARIADB, POSTGRESQL, H2, SQLITE),
    /** Index keys that are expressions. */
    EXPRESSION_INDEXES(POSTGRESQL, SQLITE),
    /** Partial indexes ({@code WHERE}). */
    PARTIAL_INDEXES(POSTGRESQL, SQLITE),
    /** Indexes carrying non-key columns ({@code INCLUDE}). */
    INCLUDE_INDEXES(POSTGRESQL),
    /** ALTER TABLE ADD CONSTRAINT (primary key, unique, foreign key with actions, check) and DROP CONSTRAINT. */
    ALTER_CONSTRAINTS(MARIADB, POSTGRESQL, H2),
    /** Foreign keys that are DEFERRABLE, INITIALLY DEFERRED, or have a MATCH type. */
    DEFERRABLE_FOREIGN_KEYS(POSTGRESQL),
    /** op.execute with bind parameters, op.bulkInsert and op.inlineLiteral. */
    DATA(MARIADB, POSTGRESQL, H2);

    private final Set<DatabaseKind> databases;

    OnlineFeature(DatabaseKind... databases) {
        this.databases = Set.of(databases);
    }

    /** Whether the tests check this feature on {@code kind}. */
    boolean on(DatabaseKind kind) {
        return databases.contains(kind);
    }

    /** Skips the calling test on {@code kind} unless this feature is checked there. */
    void require(DatabaseKind kind) {
        Assumptions.assumeTrue(on(kind), () -> "the " + kind.id() + " dialect does not write " + this
                + " operations yet; list it in OnlineFeature." + name() + " when it does");
    }

    /** Skips the calling test on {@code kind} unless every one of {@code features} is checked there. */
    static void requireAll(DatabaseKind kind, OnlineFeature... features) {
        for (OnlineFeature feature : features) {
            feature.require(kind);
        }
    }
}
