package dev.migrate.ddl.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import dev.migrate.ddl.DdlCompiler;
import dev.migrate.ddl.DdlImpl;
import dev.migrate.ddl.Inspector;
import dev.migrate.ddl.SessionLock;
import dev.migrate.operations.ColumnDefinition;
import dev.migrate.operations.DefaultValue;
import dev.migrate.operations.MigrateOperation;
import dev.migrate.operations.ops.AddColumnOp;
import dev.migrate.operations.ops.BatchAlterTableOp;
import dev.migrate.operations.ops.CreateIndexOp;
import dev.migrate.operations.ops.DropIndexOp;
import dev.migrate.operations.ops.PositionedColumnOp;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.TableElement;

/**
 * SQLite: treated as non-transactional for DDL like Alembic does (each revision still runs in a bookkeeping
 * transaction), attached databases as schemas. The lock is {@link FileLockedSessionLock}: kept in this JVM and, for
 * a database file, also by an operating-system lock on a lock file beside it, so processes
 * sharing the file are serialised too; both end with the connection or the process.
 */
public class SqliteImpl extends DdlImpl {

    private static final String RESERVED = """
            abort action add after all alter always analyze and as asc attach autoincrement before begin between by
            cascade case cast check collate column commit conflict constraint create cross current current_date
            current_time current_timestamp database default deferrable deferred delete desc detach distinct do drop
            each else end escape except exclude exclusive exists explain fail filter first following for foreign from
            full generated glob group groups having if ignore immediate in index indexed initially inner insert instead
            intersect into is isnull join key last left like limit match materialized natural no not nothing notnull
            null nulls of offset on or order others outer over partition plan pragma preceding primary query raise
            range recursive references regexp reindex release rename replace restrict returning right rollback row
            rows savepoint select set table temp temporary then ties to transaction trigger unbounded union unique
            update using vacuum values view virtual when where window with without
            """;

    private static final SessionLock LOCK = new FileLockedSessionLock();

    public SqliteImpl() {
        super("sqlite", "SQLite", "jdbc:sqlite:", false, RESERVED);
    }

    @Override
    public boolean isMissingTable(SQLException ex) {
        String message = ex.getMessage();
        return message != null && message.contains("no such table");
    }

    /** {@code main}: the database file the connection opened. */
    @Override
    public String currentSchema(Connection connection) {
        return "main";
    }

    @Override
    public Optional<SessionLock> sessionLock() {
        return Optional.of(LOCK);
    }

    /**
     * As Alembic decides: with {@code Recreate.AUTO}, unless the batch only adds columns (without an expression
     * default or a stored generated value, which {@code ADD COLUMN} refuses), creates or drops indexes, and runs
     * operations that carry themselves out (a project's own, or with an implementation registered).
     */
    @Override
    public boolean recreatesInBatch(BatchAlterTableOp batch) {
        return switch (batch.options().recreate()) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> !batch.operations().stream().allMatch(SqliteImpl::alterable);
        };
    }

    private static boolean alterable(MigrateOperation operation) {
        if (!changesDefinition(operation)) {
            return true;
        }
        if (operation instanceof PositionedColumnOp positioned) {
            return alterable(positioned.change());
        }
        if (operation instanceof AddColumnOp add) {
            ColumnDefinition column = add.column();
            return !(column.defaultValue() instanceof DefaultValue.Expression)
                    && (column.computed() == null || !column.computed().stored());
        }
        return operation instanceof CreateIndexOp || operation instanceof DropIndexOp;
    }

    /** None: SQLite names constraints per table, and cannot drop them anyway. */
    @Override
    protected boolean namesConstraintInSchema(TableElement constraint) {
        return false;
    }

    /** Never to {@code JSON}, which SQLite keeps as text (as Alembic). */
    @Override
    protected boolean castsOnCopy(SqlType from, SqlType to) {
        return to.kind() != SqlType.Kind.JSON && super.castsOnCopy(from, to);
    }

    @Override
    protected DdlCompiler newCompiler() {
        return new SqliteCompiler(this);
    }

    @Override
    public Inspector inspector() {
        return new SqliteInspector(this);
    }
}
