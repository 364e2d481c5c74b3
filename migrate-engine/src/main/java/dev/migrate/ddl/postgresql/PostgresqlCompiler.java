package dev.migrate.ddl.postgresql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import dev.migrate.MigrateException;
import dev.migrate.ddl.DdlCompiler;
import dev.migrate.ddl.DdlImpl;
import dev.migrate.operations.ColumnDefinition;
import dev.migrate.operations.ops.AlterColumnOp;
import dev.migrate.operations.ops.CreateExcludeConstraintOp;
import dev.migrate.schema.Identity;
import dev.migrate.schema.SqlType;

/**
 * PostgreSQL's SQL: {@code BYTEA} for binary data, {@code JSONB} for JSON, {@code SERIAL} columns, arrays, and a type
 * change (with its {@code USING}) before the other changes of an {@code alterColumn}, as Alembic orders it.
 */
class PostgresqlCompiler extends DdlCompiler {

    PostgresqlCompiler(DdlImpl dialect) {
        super(dialect);
    }

    @Override
    public String type(SqlType type) {
        if (type.array()) {
            return type(SqlType.of(type.kind(), type.databaseType()).withLength(type.length())
                .withPrecision(type.precision(), type.scale())) + "[]";
        }
        return switch (type.kind()) {
            case BINARY, VARBINARY, BLOB -> "BYTEA";
            case JSON -> "JSONB";
            default -> super.type(type);
        };
    }

    /** {@code SMALLSERIAL}, {@code SERIAL} or {@code BIGSERIAL} for an auto-increment column. */
    @Override
    protected String columnType(ColumnDefinition column) {
        if (!column.isAutoIncrement()) {
            return super.columnType(column);
        }
        return switch (column.type().kind()) {
            case SMALLINT -> "SMALLSERIAL";
            case BIGINT -> "BIGSERIAL";
            default -> "SERIAL";
        };
    }

    /**
     * {@code GENERATED ALWAYS AS (expression) STORED}, or {@code VIRTUAL} for a column computed when read, which
     * PostgreSQL has from version 18 (earlier versions reject the word, rather than a bare closing parenthesis).
     */
    @Override
    protected String computed(ColumnDefinition column) {
        return column.computed().stored() ? super.computed(column)
                : "GENERATED ALWAYS AS (" + column.computed().expression() + ") VIRTUAL";
    }

    @Override
    public List<String> alterColumn(AlterColumnOp op) {
        if (op.type() == null) {
            return super.alterColumn(op);
        }
        List<String> statements = new ArrayList<>();
        statements.add(alterColumnStart(op) + alterTypeClause(op));
        statements.addAll(super.alterColumn(new AlterColumnOp(op.schema(), op.table(), op.column(), op.nullable(),
                op.serverDefault(), null, op.newName(), op.comment(), op.finalType(), op.existingServerDefault(),
                op.existingNullable(), op.existingComment(), op.autoIncrement(), op.existingAutoIncrement(), null,
                op.identity(), op.existingIdentity())));
        return statements;
    }

    /**
     * {@code ADD GENERATED … AS IDENTITY (…)} for a column that has no identity, {@code DROP IDENTITY} to remove it,
     * {@code SET GENERATED …} and {@code SET} of each option given to change it.
     */
    @Override
    protected List<String> alterIdentity(AlterColumnOp op) {
        Identity identity = op.identity().value();
        if (identity == null) {
            return List.of(alterColumnStart(op) + "DROP IDENTITY");
        }
        if (op.existingIdentity() == null) {
            return List.of(alterColumnStart(op) + "ADD " + identity(identity));
        }
        StringBuilder change = new StringBuilder(alterColumnStart(op)).append("SET GENERATED ")
            .append(identity.always() ? "ALWAYS" : "BY DEFAULT");
        identityOptions(identity).forEach(option -> change.append(" SET ").append(option));
        if (op.existingIdentity().cycle() && !identity.cycle()) {
            change.append(" SET NO CYCLE");
        }
        return List.of(change.toString());
    }

    /**
     * {@code ALTER TABLE t ADD CONSTRAINT name EXCLUDE USING gist (c WITH =, …) [WHERE (…)] [[NOT] DEFERRABLE]
     * [INITIALLY …]}, as SQLAlchemy writes it.
     *
     * @throws MigrateException for an operator that is not made of operator characters, or an {@code initially}
     *                          other than {@code DEFERRED} or {@code IMMEDIATE}
     */
    @Override
    public List<String> createExcludeConstraint(CreateExcludeConstraintOp op) {
        StringJoiner elements = new StringJoiner(", ", " (", ")");
        for (CreateExcludeConstraintOp.Element element : op.elements()) {
            if (!element.operator().matches("[-+*/<>=~!@#%^&|`?]{1,63}")) {
                throw new MigrateException("Exclude constraint " + op.name() + " on " + op.table() + ": '"
                        + element.operator() + "' is not an operator; give one such as =, && or <>");
            }
            elements.add(indexKey(element.key()) + " WITH " + element.operator());
        }
        StringBuilder sql = new StringBuilder("ALTER TABLE ").append(table(op.schema(), op.table()))
            .append(" ADD CONSTRAINT ").append(quote(op.name())).append(" EXCLUDE USING ")
            .append(identifierWord(op.using()).toLowerCase(Locale.ROOT)).append(elements);
        if (op.where() != null) {
            sql.append(" WHERE (").append(op.where()).append(')');
        }
        if (op.deferrable() != null) {
            sql.append(op.deferrable() ? " DEFERRABLE" : " NOT DEFERRABLE");
        }
        if (op.initially() != null) {
            if (!op.initially().matches("(?i)DEFERRED|IMMEDIATE")) {
                throw new MigrateException("Exclude constraint " + op.name() + " on " + op.table() + ": INITIALLY "
                        + op.initially() + " is neither DEFERRED nor IMMEDIATE");
            }
            sql.append(" INITIALLY ").append(op.initially().toUpperCase(Locale.ROOT));
        }
        return List.of(sql.toString());
    }

    /** {@code TYPE t}, with {@code USING expression} when given. */
    @Override
    protected String alterTypeClause(AlterColumnOp op) {
        return super.alterTypeClause(op) + (op.postgresqlUsing() == null ? "" : " USING " + op.postgresqlUsing());
    }

    /**
     * Sets the sequence of {@code to.column} to the next value of {@code from}'s (whose table is dropped next), or past
     * the largest value copied when that is larger or {@code from} had no sequence.
     */
    @Override
    public List<String> carryNumbering(String schema, String from, String to, String column) {
        return List.of("SELECT setval(" + sequenceOf(schema, to, column) + ", GREATEST(COALESCE(MAX(" + quote(column)
                + "), 0) + 1, COALESCE(nextval(" + sequenceOf(schema, from, column) + "), 1)), false) FROM "
                + table(schema, to));
    }

    private String sequenceOf(String schema, String table, String column) {
        return "pg_get_serial_sequence(" + literal(table(schema, table)) + ", " + literal(column) + ")";
    }

    /** {@code '\x…'::bytea}. */
    @Override
    protected String binaryLiteral(String hex) {
        return "'\\x" + hex + "'::bytea";
    }
}
