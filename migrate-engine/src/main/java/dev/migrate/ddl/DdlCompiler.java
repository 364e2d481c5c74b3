package dev.migrate.ddl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.UUID;

import dev.migrate.MigrateException;
import dev.migrate.operations.ColumnDefinition;
import dev.migrate.operations.DefaultValue;
import dev.migrate.operations.ForeignKeyReference;
import dev.migrate.operations.ops.AddColumnOp;
import dev.migrate.operations.ops.AddConstraintOp;
import dev.migrate.operations.ops.AlterColumnOp;
import dev.migrate.operations.ops.BulkInsertOp;
import dev.migrate.operations.ops.CreateExcludeConstraintOp;
import dev.migrate.operations.ops.CreateIndexOp;
import dev.migrate.operations.ops.CreateTableOp;
import dev.migrate.operations.ops.DropColumnOp;
import dev.migrate.operations.ops.DropConstraintOp;
import dev.migrate.operations.ops.DropIndexOp;
import dev.migrate.operations.ops.DropTableOp;
import dev.migrate.operations.ops.ExecuteSqlOp;
import dev.migrate.operations.ops.RenameTableOp;
import dev.migrate.operations.ops.TableCommentOp;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Identity;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexElement;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.TableElement;
import dev.migrate.schema.UniqueConstraint;

/**
 * Renders operations, column types and literal values as one database's SQL (Alembic's {@code DefaultImpl} together
 * with SQLAlchemy's DDL compiler). What is written here is the ANSI SQL most databases accept, spelled as
 * PostgreSQL does; each dialect package overrides the methods where its database differs. Every identifier goes
 * through {@link DdlImpl#quote(String)} and every value through {@link #literal(Object)}, so no name or value can
 * change the statement.
 */
public class DdlCompiler {

    /** How timestamp literals write a date and time: {@code 2024-05-01 10:15:30.500000}. */
    protected static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]");

    /** The dialect this compiler writes for. */
    protected final DdlImpl dialect;

    public DdlCompiler(DdlImpl dialect) {
        this.dialect = dialect;
    }

    // ---------------------------------------------------------------- names

    /** {@code name}, quoted as the database needs. */
    protected String quote(String name) {
        return dialect.quote(name);
    }

    /** {@code schema.table}, each part quoted as needed. */
    protected String table(String schema, String table) {
        return dialect.qualify(schema, table);
    }

    /** The names, quoted and separated by commas. */
    protected String columnList(List<String> columns) {
        StringJoiner list = new StringJoiner(", ");
        columns.forEach(column -> list.add(quote(column)));
        return list.toString();
    }

    // ---------------------------------------------------------------- tables

    /** {@code CREATE TABLE}, then the indexes and the comments not written inline. */
    public List<String> createTable(CreateTableOp op) {
        List<String> body = new ArrayList<>();
        List<String> pkColumns = new ArrayList<>();
        boolean primaryKeyInline = primaryKeyInline(op);
        for (ColumnDefinition column : op.columns()) {
            body.add(columnSpec(column, primaryKeyInline && column.isPrimaryKey()));
            if (column.isPrimaryKey()) {
                pkColumns.add(column.name());
            }
        }
        List<Index> indexes = new ArrayList<>();
        boolean explicitPrimaryKey = false;
        for (TableElement element : op.constraints()) {
            if (element instanceof Index index) {
                indexes.add(index);
            }
            else {
                explicitPrimaryKey |= element instanceof PrimaryKey;
                body.add(constraintClause(element));
            }
        }
        if (!pkColumns.isEmpty() && !explicitPrimaryKey && !primaryKeyInline) {
            body.add(constraintClause(new PrimaryKey(null, pkColumns)));
        }
        for (ColumnDefinition column : op.columns()) {
            if (column.isUnique()) {
                body.add(constraintClause(new UniqueConstraint(null, List.of(column.name()), false)));
            }
            if (column.references() != null) {
                body.add(constraintClause(foreignKey(column)));
            }
            if (column.isIndexed()) {
                indexes.add(Index.on(columnIndexName(op.table(), column.name()), false, column.name()));
            }
        }
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TABLE " + (op.ifNotExists() ? "IF NOT EXISTS " : "") + table(op.schema(), op.table())
                + " (\n    " + String.join(",\n    ", body) + "\n)" + tableSuffix(op));
        for (Index index : indexes) {
            statements.addAll(createIndex(new CreateIndexOp(op.schema(), op.table(), index, false, false, null)));
        }
        if (!commentsInline()) {
            if (op.comment() != null) {
                statements.add(tableCommentStatement(op.schema(), op.table(), op.comment()));
            }
            for (ColumnDefinition column : op.columns()) {
                if (column.comment() != null) {
                    statements.add(columnCommentStatement(op.schema(), op.table(), column.name(), column.comment()));
                }
            }
        }
        return statements;
    }

    /**
     * Whether the table's primary key is declared on its column ({@code id INTEGER PRIMARY KEY}) rather than as a
     * constraint (SQLite's auto-increment key).
     */
    protected boolean primaryKeyInline(CreateTableOp op) {
        return false;
    }

    /** What follows the closing parenthesis of {@code CREATE TABLE}: nothing, or a table comment where inline. */
    protected String tableSuffix(CreateTableOp op) {
        return "";
    }

    /** The name of the index {@code column(…).index()} declares: {@code ix_<table>_<column>}, as in Alembic. */
    protected String columnIndexName(String table, String column) {
        return "ix_" + table + "_" + column;
    }

    /** {@code DROP TABLE}. */
    public List<String> dropTable(DropTableOp op) {
        return List.of("DROP TABLE " + (op.ifExists() ? "IF EXISTS " : "") + table(op.schema(), op.table()));
    }

    /** {@code ALTER TABLE … RENAME TO …}, the new name unqualified. */
    public List<String> renameTable(RenameTableOp op) {
        return List.of("ALTER TABLE " + table(op.schema(), op.oldName()) + " RENAME TO " + quote(op.newName()));
    }

    /** Sets or drops a table comment. */
    public List<String> tableComment(TableCommentOp op) {
        return List.of(tableCommentStatement(op.schema(), op.table(), op.comment()));
    }

    /** {@code COMMENT ON TABLE … IS …}; {@code comment} {@code null} drops it. */
    protected String tableCommentStatement(String schema, String table, String comment) {
        return "COMMENT ON TABLE " + table(schema, table) + " IS " + commentLiteral(comment);
    }

    /** {@code COMMENT ON COLUMN … IS …}; {@code comment} {@code null} drops it. */
    protected String columnCommentStatement(String schema, String table, String column, String comment) {
        return "COMMENT ON COLUMN " + table(schema, table) + "." + quote(column) + " IS " + commentLiteral(comment);
    }

    /** A comment as a literal, or {@code NULL}. */
    protected String commentLiteral(String comment) {
        return comment == null ? "NULL" : literal(comment);
    }

    /** Whether comments are part of the column and table definitions (MySQL) rather than separate statements. */
    protected boolean commentsInline() {
        return false;
    }

    // ---------------------------------------------------------------- columns

    /**
     * A column's definition: name, type, generation, default, nullability, and, where the database writes them
     * inline, its comment and (for {@code ADD COLUMN}) its primary key.
     */
    protected String columnSpec(ColumnDefinition column, boolean inlinePrimaryKey) {
        StringBuilder spec = new StringBuilder(quote(column.name())).append(' ').append(columnType(column));
        if (column.computed() != null) {
            spec.append(' ').append(computed(column));
        }
        Identity identity = identityOf(column);
        if (identity != null) {
            spec.append(' ').append(identity(identity));
        }
        if (column.defaultValue() != null) {
            spec.append(" DEFAULT ").append(defaultValue(column.defaultValue()));
        }
        if (!column.nullable()) {
            spec.append(" NOT NULL");
        }
        if (inlinePrimaryKey) {
            spec.append(" PRIMARY KEY");
        }
        if (commentsInline() && column.comment() != null) {
            spec.append(" COMMENT ").append(literal(column.comment()));
        }
        return spec.toString();
    }

    /** The column's type as written in its definition: its {@link #type(SqlType)}, or the auto-increment form. */
    protected String columnType(ColumnDefinition column) {
        return type(column.type());
    }

    /**
     * The identity generation the column is declared with, {@code GENERATED BY DEFAULT} for an auto-increment column
     * where {@link #autoIncrementIsIdentity()}, or {@code null}.
     */
    protected Identity identityOf(ColumnDefinition column) {
        if (column.identityGeneration() == null && column.isAutoIncrement() && autoIncrementIsIdentity()) {
            return new Identity(false, null, null, null, null, false, null);
        }
        return column.identityGeneration();
    }

    /** Whether the database numbers {@link ColumnDefinition#autoIncrement() auto-increment} columns as identity. */
    protected boolean autoIncrementIsIdentity() {
        return false;
    }

    /** {@code GENERATED ALWAYS AS (expression) STORED} or without {@code STORED}. */
    protected String computed(ColumnDefinition column) {
        return "GENERATED ALWAYS AS (" + column.computed().expression() + ")"
                + (column.computed().stored() ? " STORED" : "");
    }

    /** {@code GENERATED {ALWAYS | BY DEFAULT} AS IDENTITY (options)}. */
    protected String identity(Identity identity) {
        List<String> options = identityOptions(identity);
        return "GENERATED " + (identity.always() ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY"
                + (options.isEmpty() ? "" : " (" + String.join(" ", options) + ")");
    }

    /** The sequence options an identity sets: {@code START WITH 1}, {@code INCREMENT BY 1}, …, {@code CYCLE}. */
    protected static List<String> identityOptions(Identity identity) {
        List<String> options = new ArrayList<>();
        if (identity.start() != null) {
            options.add("START WITH " + identity.start());
        }
        if (identity.increment() != null) {
            options.add("INCREMENT BY " + identity.increment());
        }
        if (identity.minValue() != null) {
            options.add("MINVALUE " + identity.minValue());
        }
        if (identity.maxValue() != null) {
            options.add("MAXVALUE " + identity.maxValue());
        }
        if (identity.cache() != null) {
            options.add("CACHE " + identity.cache());
        }
        if (identity.cycle()) {
            options.add("CYCLE");
        }
        return options;
    }

    /** A server default: a literal rendered by {@link #literal(Object)}, an expression as given. */
    protected String defaultValue(DefaultValue value) {
        if (value instanceof DefaultValue.Literal literal) {
            return literal(literal.value());
        }
        return ((DefaultValue.Expression) value).sql();
    }

    /** {@code ALTER TABLE … ADD COLUMN}, then its foreign key, index and comment unless inline. */
    public List<String> addColumn(AddColumnOp op) {
        ColumnDefinition column = op.column();
        StringBuilder add = new StringBuilder("ALTER TABLE ").append(table(op.schema(), op.table())).append(' ')
            .append(addColumnKeyword()).append(op.ifNotExists() ? " IF NOT EXISTS " : " ")
            .append(columnSpec(column, op.inlinePrimaryKey() && column.isPrimaryKey()));
        boolean inlineReference = op.inlineReferences() && column.references() != null;
        if (inlineReference) {
            ForeignKeyReference reference = column.references();
            add.append(" REFERENCES ").append(table(reference.targetSchema(), reference.targetTable())).append(" (")
                .append(quote(reference.targetColumn())).append(')');
        }
        List<String> statements = new ArrayList<>();
        statements.add(add.toString());
        if (column.references() != null && !inlineReference) {
            statements.addAll(addConstraint(new AddConstraintOp(op.schema(), op.table(), foreignKey(column), null,
                    false)));
        }
        if (column.isIndexed()) {
            statements.addAll(createIndex(new CreateIndexOp(op.schema(), op.table(),
                    Index.on(columnIndexName(op.table(), column.name()), false, column.name()), false, false, null)));
        }
        if (!commentsInline() && column.comment() != null) {
            statements.add(columnCommentStatement(op.schema(), op.table(), column.name(), column.comment()));
        }
        return statements;
    }

    /** The words that add a column: {@code ADD COLUMN}, or {@code ADD} where the database says only that. */
    protected String addColumnKeyword() {
        return "ADD COLUMN";
    }

    /** {@code ALTER TABLE … DROP COLUMN}. */
    public List<String> dropColumn(DropColumnOp op) {
        return List.of("ALTER TABLE " + table(op.schema(), op.table()) + " DROP COLUMN "
                + (op.ifExists() ? "IF EXISTS " : "") + quote(op.column()));
    }

    /**
     * The statements of {@code op.alterColumn}, in Alembic's order: nullability, default, type, comment, and the
     * rename last.
     */
    public List<String> alterColumn(AlterColumnOp op) {
        if (op.postgresqlUsing() != null && op.type() == null) {
            throw new MigrateException("alterColumn of " + op.table() + "." + op.column() + ": postgresqlUsing "
                    + "must be used with a new type");
        }
        List<String> statements = new ArrayList<>();
        String alter = alterColumnStart(op);
        if (op.nullable() != null) {
            statements.add(alter + nullabilityClause(op.nullable()));
        }
        if (op.serverDefault() != null) {
            statements.add(alter + defaultClause(op.serverDefault().value()));
        }
        if (op.identity() != null) {
            statements.addAll(alterIdentity(op));
        }
        if (op.type() != null) {
            statements.add(alter + alterTypeClause(op));
        }
        if (op.comment() != null) {
            statements.add(columnCommentStatement(op.schema(), op.table(), op.column(), op.comment().value()));
        }
        if (op.newName() != null) {
            statements.add(renameColumn(op.schema(), op.table(), op.column(), op.newName()));
        }
        return statements;
    }

    /**
     * The statements that add, change or remove the column's identity generation; by default an error, as most
     * databases cannot change it on an existing column.
     */
    protected List<String> alterIdentity(AlterColumnOp op) {
        throw new MigrateException("alterColumn of " + op.table() + "." + op.column() + ": Adding, removing or "
                + "modifying an \"identity\" construct, e.g. GENERATED AS IDENTITY, to or from an existing column is "
                + "not supported in this dialect (" + dialect.name() + "). Recreate the column, or the table with "
                + "batchAlterTable(..., recreate ALWAYS)");
    }

    /** {@code ALTER TABLE t ALTER COLUMN c }, which the clauses that change one setting of the column follow. */
    protected String alterColumnStart(AlterColumnOp op) {
        return "ALTER TABLE " + table(op.schema(), op.table()) + " ALTER COLUMN " + quote(op.column()) + " ";
    }

    /** The clause that makes the column accept {@code NULL} or not: {@code DROP NOT NULL}, {@code SET NOT NULL}. */
    protected String nullabilityClause(boolean nullable) {
        return nullable ? "DROP NOT NULL" : "SET NOT NULL";
    }

    /** The clause that sets the server default, or drops it when {@code value} is {@code null}. */
    protected String defaultClause(DefaultValue value) {
        return value == null ? "DROP DEFAULT" : "SET DEFAULT " + defaultValue(value);
    }

    /** The clause after {@link #alterColumnStart} that changes the column's type: {@code TYPE …}. */
    protected String alterTypeClause(AlterColumnOp op) {
        return "TYPE " + type(op.type());
    }

    /** {@code ALTER TABLE … RENAME COLUMN … TO …}. */
    protected String renameColumn(String schema, String table, String column, String newName) {
        return "ALTER TABLE " + table(schema, table) + " RENAME COLUMN " + quote(column) + " TO " + quote(newName);
    }

    /**
     * The statements that make table {@code to} number {@code column} on from where table {@code from} numbers it,
     * after batch mode copied {@code from}'s rows into {@code to} with their values; none here, where the database
     * does so itself.
     */
    public List<String> carryNumbering(String schema, String from, String to, String column) {
        return List.of();
    }

    // ---------------------------------------------------------------- types

    /** The type as this database writes it in DDL. */
    public String type(SqlType type) {
        String name = switch (type.kind()) {
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case SMALLINT -> "SMALLINT";
            case BOOLEAN -> "BOOLEAN";
            case VARCHAR -> sized("VARCHAR", type.length());
            case CHAR -> sized("CHAR", type.length());
            case TEXT -> "TEXT";
            case NUMERIC -> numeric("NUMERIC", type);
            case REAL -> "REAL";
            case DOUBLE -> "DOUBLE PRECISION";
            case DATE -> "DATE";
            case TIME -> sized("TIME", type.precision()) + (type.withTimeZone() ? " WITH TIME ZONE" : "");
            case TIMESTAMP -> sized("TIMESTAMP", type.precision()) + (type.withTimeZone() ? " WITH TIME ZONE" : "");
            case UUID -> "UUID";
            case BINARY -> sized("BINARY", type.length());
            case VARBINARY -> sized("VARBINARY", type.length());
            case BLOB -> "BLOB";
            case JSON -> "JSON";
            case ENUM, OTHER -> type.databaseType();
        };
        if (type.array()) {
            throw new MigrateException("Array columns are not supported on " + dialect.name() + "; use another "
                    + "type or a table of values");
        }
        return name;
    }

    /** {@code name(size)}, or {@code name} without a size. */
    protected static String sized(String name, Integer size) {
        return size == null ? name : name + "(" + size + ")";
    }

    /** {@code name(precision, scale)}, {@code name(precision)} or {@code name}. */
    protected static String numeric(String name, SqlType type) {
        if (type.precision() == null) {
            return name;
        }
        return name + "(" + type.precision() + (type.scale() == null ? "" : ", " + type.scale()) + ")";
    }

    // ---------------------------------------------------------------- constraints

    /** A constraint as written in {@code CREATE TABLE} and after {@code ALTER TABLE … ADD}. */
    protected String constraintClause(TableElement constraint) {
        if (constraint instanceof PrimaryKey pk) {
            return named(pk.name()) + "PRIMARY KEY (" + columnList(pk.columns()) + ")";
        }
        if (constraint instanceof UniqueConstraint unique) {
            return named(unique.name()) + "UNIQUE " + (unique.nullsNotDistinct() ? "NULLS NOT DISTINCT " : "") + "("
                    + columnList(unique.columns()) + ")";
        }
        if (constraint instanceof ForeignKey fk) {
            return named(fk.name()) + foreignKeyClause(fk, null);
        }
        CheckConstraint check = (CheckConstraint) constraint;
        return named(check.name()) + "CHECK (" + check.expression() + ")";
    }

    /** {@code CONSTRAINT name } before a constraint, or nothing for an unnamed one. */
    protected String named(String name) {
        return name == null ? "" : "CONSTRAINT " + quote(name) + " ";
    }

    /** {@code FOREIGN KEY(…) REFERENCES t (…)} with its {@code MATCH}, actions and deferrability. */
    protected String foreignKeyClause(ForeignKey fk, String match) {
        return "FOREIGN KEY(" + columnList(fk.columns()) + ") " + referencesClause(fk, match);
    }

    /** {@code REFERENCES t (…)} with its {@code MATCH}, actions and deferrability. */
    protected String referencesClause(ForeignKey fk, String match) {
        StringBuilder clause = new StringBuilder("REFERENCES ").append(table(fk.targetSchema(), fk.targetTable()))
            .append(" (").append(columnList(fk.targetColumns())).append(')');
        if (match != null) {
            clause.append(" MATCH ").append(match.toUpperCase(Locale.ROOT));
        }
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            clause.append(" ON DELETE ").append(action(fk.onDelete()));
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            clause.append(" ON UPDATE ").append(action(fk.onUpdate()));
        }
        if (fk.deferrable()) {
            clause.append(" DEFERRABLE");
        }
        if (fk.initiallyDeferred()) {
            clause.append(" INITIALLY DEFERRED");
        }
        return clause.toString();
    }

    private static String action(ReferentialAction action) {
        return action.name().replace('_', ' ');
    }

    /** The foreign key declared on a column. */
    protected static ForeignKey foreignKey(ColumnDefinition column) {
        ForeignKeyReference reference = column.references();
        return new ForeignKey(reference.name(), List.of(column.name()), reference.targetSchema(),
                reference.targetTable(), List.of(reference.targetColumn()), reference.onDelete(), reference.onUpdate(),
                false, false);
    }

    /** {@code ALTER TABLE … ADD [CONSTRAINT name] …}. */
    public List<String> addConstraint(AddConstraintOp op) {
        String clause = op.constraint() instanceof ForeignKey fk
                ? named(fk.name()) + foreignKeyClause(fk, op.match())
                : constraintClause(op.constraint());
        return List.of("ALTER TABLE " + table(op.schema(), op.table()) + " ADD " + clause
                + (op.notValid() ? " NOT VALID" : ""));
    }

    /**
     * An exclusion constraint, which only PostgreSQL has.
     *
     * @throws MigrateException always, here
     */
    public List<String> createExcludeConstraint(CreateExcludeConstraintOp op) {
        throw new MigrateException("Exclude constraint " + op.name() + " on " + op.table() + " is PostgreSQL only; "
                + dialect.name() + " has no EXCLUDE constraints. Run it only on PostgreSQL (check op.dialect()) or "
                + "use a unique constraint or trigger instead");
    }

    /** {@code ALTER TABLE … DROP CONSTRAINT …}. */
    public List<String> dropConstraint(DropConstraintOp op) {
        return List.of("ALTER TABLE " + table(op.schema(), op.table()) + " DROP CONSTRAINT "
                + (op.ifExists() ? "IF EXISTS " : "") + quote(op.name()));
    }

    // ---------------------------------------------------------------- indexes

    /** {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] name ON t [USING m] (…) [INCLUDE (…)] [WHERE …]}. */
    public List<String> createIndex(CreateIndexOp op) {
        Index index = op.index();
        StringBuilder sql = new StringBuilder("CREATE ").append(index.unique() ? "UNIQUE " : "").append("INDEX ")
            .append(op.concurrently() ? "CONCURRENTLY " : "").append(op.ifNotExists() ? "IF NOT EXISTS " : "")
            .append(quote(index.name())).append(" ON ").append(table(op.schema(), op.table()));
        if (op.using() != null) {
            sql.append(" USING ").append(identifierWord(op.using()));
        }
        StringJoiner keys = new StringJoiner(", ", " (", ")");
        index.elements().forEach(element -> keys.add(indexKey(element)));
        sql.append(keys);
        if (!index.include().isEmpty()) {
            sql.append(" INCLUDE (").append(columnList(index.include())).append(')');
        }
        if (index.where() != null) {
            sql.append(" WHERE ").append(index.where());
        }
        return List.of(sql.toString());
    }

    /** One index key: the quoted column or the parenthesised expression, its direction and {@code NULLS} order. */
    protected String indexKey(IndexElement element) {
        String key = element.column() != null ? quote(element.column()) : "(" + element.expression() + ")";
        if (element.descending()) {
            key += " DESC";
        }
        return switch (element.nulls()) {
            case DEFAULT -> key;
            case FIRST -> key + " NULLS FIRST";
            case LAST -> key + " NULLS LAST";
        };
    }

    /** {@code DROP INDEX [CONCURRENTLY] [IF EXISTS] [schema.]name}. */
    public List<String> dropIndex(DropIndexOp op) {
        return List.of("DROP INDEX " + (op.concurrently() ? "CONCURRENTLY " : "") + (op.ifExists() ? "IF EXISTS " : "")
                + table(op.schema(), op.name()));
    }

    /**
     * {@code DROP INDEX [IF EXISTS] name ON table}, for databases whose index names are per table.
     *
     * @throws MigrateException when the operation does not name the table
     */
    protected List<String> dropIndexOnTable(DropIndexOp op) {
        if (op.table() == null) {
            throw new MigrateException("Cannot drop index " + op.name() + " on " + dialect.name() + " without its "
                    + "table: call op.dropIndex(\"" + op.name() + "\", table)");
        }
        return List.of("DROP INDEX " + (op.ifExists() ? "IF EXISTS " : "") + quote(op.name()) + " ON "
                + table(op.schema(), op.table()));
    }

    /** A keyword given by the user, such as an index access method: letters, digits and underscores only. */
    protected static String identifierWord(String word) {
        if (!word.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new MigrateException("'" + word + "' is not a valid keyword here");
        }
        return word;
    }

    // ---------------------------------------------------------------- data

    /** The text of {@code op.execute}, with any parameters written as literals. */
    public List<String> execute(ExecuteSqlOp op) {
        if (op.parameters().isEmpty()) {
            return List.of(op.sql());
        }
        return List.of(op.inlined(this::literal));
    }

    /** One {@code INSERT} with literal values per row. */
    public List<String> bulkInsert(BulkInsertOp op) {
        String insert = "INSERT INTO " + table(op.schema(), op.table()) + " (" + columnList(op.columns())
                + ") VALUES (";
        List<String> statements = new ArrayList<>(op.rows().size());
        for (List<Object> row : op.rows()) {
            StringJoiner values = new StringJoiner(", ", insert, ")");
            row.forEach(value -> values.add(literal(value)));
            statements.add(values.toString());
        }
        return statements;
    }

    /** {@code INSERT INTO t (columns) VALUES (?, …)}, for binding. */
    public String insertStatement(String schema, String table, List<String> columns) {
        StringJoiner marks = new StringJoiner(", ", "(", ")");
        columns.forEach(column -> marks.add("?"));
        return "INSERT INTO " + table(schema, table) + " (" + columnList(columns) + ") VALUES " + marks;
    }

    /**
     * {@code value} as an SQL literal: {@code NULL}, a number, a boolean, a quoted string (dates, times and UUIDs in
     * their ISO form), or binary data in hexadecimal.
     *
     * @throws MigrateException for a value of another type
     */
    public String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Boolean bool) {
            return booleanLiteral(bool);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new MigrateException(value + " has no SQL literal; bind it online instead");
            }
            return BigDecimal.valueOf(d).toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return stringLiteral(value.toString());
        }
        if (value instanceof UUID uuid) {
            return uuidLiteral(uuid);
        }
        if (value instanceof LocalDate || value instanceof LocalTime || value instanceof OffsetTime) {
            return temporalLiteral(value, value.toString());
        }
        if (value instanceof LocalDateTime dateTime) {
            return temporalLiteral(value, TIMESTAMP.format(dateTime));
        }
        if (value instanceof OffsetDateTime dateTime) {
            return temporalLiteral(value, TIMESTAMP.format(dateTime)
                    + dateTime.getOffset().getId().replace("Z", "+00:00"));
        }
        if (value instanceof byte[] bytes) {
            return binaryLiteral(HexFormat.of().formatHex(bytes));
        }
        throw new MigrateException("Cannot write a " + value.getClass().getName() + " as an SQL literal; give a "
                + "string, number, boolean, date, time, UUID or byte[]");
    }

    /** A UUID in its text form, quoted. */
    protected String uuidLiteral(UUID value) {
        return stringLiteral(value.toString());
    }

    /**
     * A date, time or timestamp: {@code text}, its ISO form ({@code 2024-05-01}, {@code 2024-05-01 10:15:30.5},
     * {@code 2024-05-01 10:15:30+02:00}), quoted.
     */
    protected String temporalLiteral(Object value, String text) {
        return stringLiteral(text);
    }

    /** {@code TRUE} or {@code FALSE}. */
    protected String booleanLiteral(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    /** The string in single quotes, quotes inside doubled. */
    protected String stringLiteral(String value) {
        if (value.indexOf('\0') >= 0) {
            throw new MigrateException("A string literal must not contain a NUL character");
        }
        return "'" + value.replace("'", "''") + "'";
    }

    /** Binary data given as hexadecimal digits: {@code X'…'}. */
    protected String binaryLiteral(String hex) {
        return "X'" + hex + "'";
    }
}
