package dev.migrate.operations.ops;

import java.util.List;
import java.util.Objects;

import dev.migrate.ddl.DdlImpl;
import dev.migrate.operations.ColumnDefinition;
import dev.migrate.operations.MigrateOperation;

/**
 * {@code op.dropColumn(…)}. Reversible only when it knows the column it drops. On SQL Server the column's default
 * constraint is dropped first, and, when asked, its check constraints and foreign keys (Alembic's
 * {@code mssql_drop_check} and {@code mssql_drop_foreign_key}); other databases ignore these options.
 *
 * @param schema              the table's schema, or {@code null}
 * @param table               the table
 * @param column              the column's name
 * @param ifExists            whether to do nothing when there is no such column
 * @param existing            the column as it was, or {@code null}
 * @param mssqlDropCheck      whether SQL Server drops the column's check constraint first
 * @param mssqlDropForeignKey whether SQL Server drops the column's foreign key first
 */
public record DropColumnOp(String schema, String table, String column, boolean ifExists, ColumnDefinition existing,
        boolean mssqlDropCheck, boolean mssqlDropForeignKey) implements MigrateOperation {

    public DropColumnOp {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    /** Drops the column without SQL Server's extra steps. */
    public DropColumnOp(String schema, String table, String column, boolean ifExists, ColumnDefinition existing) {
        this(schema, table, column, ifExists, existing, false, false);
    }

    @Override
    public List<String> toSql(DdlImpl dialect) {
        return dialect.compiler().dropColumn(this);
    }

    @Override
    public MigrateOperation reverse() {
        return existing == null ? MigrateOperation.super.reverse()
                : new AddColumnOp(schema, table, existing, false, false, false);
    }

    /** Collects the options of {@code op.dropColumn(table, column, drop -> …)}; each method returns this builder. */
    public static final class Builder {

        private boolean ifExists;
        private boolean mssqlDropCheck;
        private boolean mssqlDropForeignKey;

        /** Does nothing when there is no such column. */
        public Builder ifExists() {
            ifExists = true;
            return this;
        }

        /** On SQL Server, drops the column's check constraint first (Alembic's {@code mssql_drop_check}). */
        public Builder mssqlDropCheck() {
            mssqlDropCheck = true;
            return this;
        }

        /** On SQL Server, drops the column's foreign key first (Alembic's {@code mssql_drop_foreign_key}). */
        public Builder mssqlDropForeignKey() {
            mssqlDropForeignKey = true;
            return this;
        }

        /** The operation dropping {@code column} of {@code table} in {@code schema}. */
        public DropColumnOp build(String schema, String table, String column) {
            return new DropColumnOp(schema, table, column, ifExists, null, mssqlDropCheck, mssqlDropForeignKey);
        }
    }
}
