package dev.migrate.ddl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.migrate.MigrateException;
import dev.migrate.operations.BatchOptions;
import dev.migrate.operations.MigrateOperation;
import dev.migrate.operations.ops.BatchAlterTableOp;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.TableElement;

/**
 * One database's dialect (Alembic's {@code DefaultImpl}): what the database can do (transactional DDL, a session
 * lock), how it spells things (identifier quoting, statement terminators, the version table) and how operations
 * become SQL for it. A dialect says itself whether a connection or JDBC URL belongs to it; {@link Dialects} finds
 * it. Subclasses override what differs from the generic SQL written here.
 */
public abstract class DdlImpl {

    private final String name;
    private final String productName;
    private final String urlPrefix;
    private final boolean transactionalDdl;
    private final String reservedWordList;
    private volatile Set<String> reservedWords;
    private volatile DdlCompiler compiler;

    /**
     * @param name             the dialect's name, as {@link Dialects#named(String)} knows it
     * @param productName      the product name its databases report in {@code DatabaseMetaData}
     * @param urlPrefix        the start of its JDBC URLs, such as {@code jdbc:postgresql:}
     * @param transactionalDdl whether DDL runs inside transactions and is rolled back with them
     * @param reservedWords    the words the database reserves, separated by white space, in any case
     */
    protected DdlImpl(String name, String productName, String urlPrefix, boolean transactionalDdl,
            String reservedWords) {
        this.name = name;
        this.productName = productName;
        this.urlPrefix = urlPrefix;
        this.transactionalDdl = transactionalDdl;
        this.reservedWordList = reservedWords;
    }

    /** The dialect's name, as {@link Dialects#named(String)} knows it: {@code postgresql}, {@code mysql}, … */
    public final String name() {
        return name;
    }

    /** Whether DDL runs inside transactions and is rolled back with them. */
    public final boolean transactionalDdl() {
        return transactionalDdl;
    }

    /** Whether a database reporting {@code productName} in its {@code DatabaseMetaData} is this dialect's. */
    final boolean matchesProduct(String productName) {
        return this.productName.equalsIgnoreCase(productName);
    }

    /** Whether {@code jdbcUrl} names a database of this dialect. */
    final boolean matchesUrl(String jdbcUrl) {
        return jdbcUrl.startsWith(urlPrefix);
    }

    /**
     * The identifier as the database must see it: left as it is when the database reads it unquoted the same way,
     * quoted otherwise. Lower-case names made of letters, digits and underscores are the case-insensitive spelling
     * (the database folds them to its own case, as every unquoted reference does); anything else, and reserved
     * words, is quoted, with the quote character doubled inside so that no name can end the quoting.
     */
    public String quote(String name) {
        if (name == null || name.isEmpty()) {
            throw new MigrateException("An identifier must not be empty");
        }
        if (name.indexOf('\0') >= 0) {
            throw new MigrateException("Identifier '" + name.replace('\0', '?') + "' contains a NUL character");
        }
        if (!isCaseInsensitiveName(name)) {
            return quoteAlways(name);
        }
        if (isReserved(name)) {
            return quoteAlways(foldsToUpperCase() ? name.toUpperCase(Locale.ROOT) : name);
        }
        return name;
    }

    /**
     * The name the catalog keeps for an object created under {@code name} through {@link #quote(String)}: folded to
     * upper case where the database folds and {@code quote} left the name to fold, as written otherwise.
     */
    public String catalogName(String name) {
        return foldsToUpperCase() && isCaseInsensitiveName(name) ? name.toUpperCase(Locale.ROOT) : name;
    }

    /** Whether {@code name} is {@code [a-z_][a-z0-9_]*}: the spelling databases fold to their own case. */
    private static boolean isCaseInsensitiveName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c == '_';
            if (!letter && (i == 0 || c < '0' || c > '9')) {
                return false;
            }
        }
        return !name.isEmpty();
    }

    /** {@code schema.name}, each part quoted as needed; just the name when {@code schema} is {@code null}. */
    public String qualify(String schema, String name) {
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }

    /** Whether {@code word} is reserved by this database, in any case. */
    public boolean isReserved(String word) {
        Set<String> words = reservedWords;
        if (words == null) {
            // built on first use: every dialect is created when one is detected, but only that one quotes names
            words = lowerCaseWords(reservedWordList);
            reservedWords = words;
        }
        return words.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> lowerCaseWords(String text) {
        Set<String> words = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean separator = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (separator && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            else if (!separator && start < 0) {
                start = i;
            }
        }
        return Set.copyOf(words);
    }

    /** Wraps {@code name} in the database's identifier quotes, escaping the closing quote. */
    protected String quoteAlways(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** Whether the database folds unquoted identifiers to upper case (H2, Oracle) rather than lower case. */
    protected boolean foldsToUpperCase() {
        return false;
    }

    /** What ends a statement in offline SQL output: {@code ;} except on Oracle. */
    public String statementTerminator() {
        return ";";
    }

    /** The line written after each statement in offline output ({@code GO} on SQL Server, {@code /} on Oracle). */
    public Optional<String> batchSeparator() {
        return Optional.empty();
    }

    /** One statement as offline output writes it: terminated, followed by the batch separator line if any. */
    public String offlineStatement(String sql) {
        return sql + statementTerminator() + "\n" + batchSeparator().map(separator -> separator + "\n").orElse("");
    }

    /** The statement that opens a transaction in offline output. */
    public String beginTransactionSql() {
        return "BEGIN";
    }

    /** The statement that commits a transaction in offline output. */
    public String commitSql() {
        return "COMMIT";
    }

    /** How offline output opens a transaction: {@link #beginTransactionSql()} as an {@link #offlineStatement}. */
    public String offlineBegin() {
        return offlineStatement(beginTransactionSql());
    }

    /** How offline output commits a transaction: {@link #commitSql()} as an {@link #offlineStatement}. */
    public String offlineCommit() {
        return offlineStatement(commitSql());
    }

    /** The column type of the version table's {@code version_num}. */
    protected String versionColumnType(int length) {
        return "VARCHAR(" + length + ")";
    }

    /**
     * The DDL of the version table: one {@code version_num} column of {@code columnLength} characters, with the
     * primary key {@code <table>_pkc} when {@code primaryKey} is set.
     */
    public String versionTableDdl(String schema, String table, int columnLength, boolean primaryKey) {
        if (columnLength < 1) {
            throw new MigrateException("The version column length must be at least 1, not " + columnLength);
        }
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(qualify(schema, table))
            .append(" (version_num ").append(versionColumnType(columnLength)).append(" NOT NULL");
        if (primaryKey) {
            sql.append(", CONSTRAINT ").append(quote(table + "_pkc")).append(" PRIMARY KEY (version_num)");
        }
        return sql.append(")").toString();
    }

    /** Whether {@code ex} says that the table queried does not exist. */
    public abstract boolean isMissingTable(SQLException ex);

    /** The schema unqualified names resolve to on {@code connection}. */
    public String currentSchema(Connection connection) throws SQLException {
        return connection.getSchema();
    }

    /** The database's session lock, which the database releases itself when the session ends, if it has one. */
    public Optional<SessionLock> sessionLock() {
        return Optional.empty();
    }

    /**
     * The inspector that reads this database's schemas into the neutral model.
     *
     * @throws MigrateException when reflection is not available for this database yet
     */
    public Inspector inspector() {
        throw new MigrateException("Reading the live schema is not supported on " + name + " yet");
    }

    /** The statements that carry out {@code operation} on this database, in order, values written as literals. */
    public List<String> statements(MigrateOperation operation) {
        return operation.toSql(this);
    }

    /** The renderer of this database's DDL, types and literals. */
    public DdlCompiler compiler() {
        DdlCompiler compiler = this.compiler;
        if (compiler == null) {
            compiler = newCompiler();
            this.compiler = compiler;
        }
        return compiler;
    }

    /** Creates the renderer {@link #compiler()} returns; dialects whose SQL differs return their subclass. */
    protected DdlCompiler newCompiler() {
        return new DdlCompiler(this);
    }

    /**
     * Runs {@code operation} on {@code connection}.
     *
     * @throws StatementFailedException naming the statement the database rejected
     */
    public void execute(Connection connection, MigrateOperation operation) {
        operation.run(this, connection);
    }

    /**
     * Runs {@code statements} on {@code connection}, one at a time.
     *
     * @throws StatementFailedException naming the statement the database rejected
     */
    public void executeStatements(Connection connection, List<String> statements) {
        for (String sql : statements) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
            catch (SQLException ex) {
                throw new StatementFailedException(sql, ex);
            }
        }
    }

    /**
     * Runs the prepared statement {@code sql} once per parameter row, as one batch when there are several.
     *
     * @throws StatementFailedException naming the statement the database rejected
     */
    public void executePrepared(Connection connection, String sql, List<Object[]> parameterRows) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : parameterRows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                if (parameterRows.size() > 1) {
                    statement.addBatch();
                }
            }
            if (parameterRows.size() > 1) {
                statement.executeBatch();
            }
            else {
                statement.execute();
            }
        }
        catch (SQLException ex) {
            throw new StatementFailedException(sql, ex);
        }
    }

    // ---------------------------------------------------------------- batch mode

    /**
     * Whether {@code batch} recreates its table ("move and copy") rather than running its operations as
     * {@code ALTER TABLE} statements: here, when it asks to always; a database whose {@code ALTER TABLE} cannot
     * make some changes (SQLite) also does when it must.
     */
    public boolean recreatesInBatch(BatchAlterTableOp batch) {
        return batch.options().recreate() == BatchOptions.Recreate.ALWAYS;
    }

    /**
     * Whether a batch that recreates its table carries out {@code operation} by changing the new table's definition,
     * rather than by running the operation's own statements once the table is recreated.
     */
    protected static boolean changesDefinition(MigrateOperation operation) {
        return BatchTable.changesDefinition(operation);
    }

    /**
     * Whether the name of {@code constraint} is the schema's to give once only, so that a batch recreating its table
     * must drop it from the old table before the new table takes it: here, every named constraint's.
     */
    protected boolean namesConstraintInSchema(TableElement constraint) {
        return true;
    }

    /**
     * Whether a batch that recreates a table converts a column's values with {@code CAST} when its type changes from
     * {@code from} to {@code to}: when the two are of different families (integers, decimal and floating-point
     * numbers, character data, binary data, …), as Alembic does with SQLAlchemy's type affinity.
     */
    protected boolean castsOnCopy(SqlType from, SqlType to) {
        return !typeFamily(from).equals(typeFamily(to));
    }

    private static String typeFamily(SqlType type) {
        return switch (type.kind()) {
            case INTEGER, BIGINT, SMALLINT -> "integer";
            case NUMERIC, REAL, DOUBLE -> "number";
            case VARCHAR, CHAR, TEXT, ENUM -> "string";
            case BINARY, VARBINARY, BLOB -> "binary";
            case OTHER -> type.databaseType().toLowerCase(Locale.ROOT);
            default -> type.kind().name();
        };
    }

    /**
     * The statements of {@code batch} for an offline script: its operations' own, or the move and copy from the
     * table {@link BatchOptions#copyFrom} gives.
     *
     * @throws MigrateException when the table must be recreated and no table to copy from is given
     */
    public List<String> batchStatements(BatchAlterTableOp batch) {
        if (!recreatesInBatch(batch)) {
            return alterStatements(batch);
        }
        if (batch.options().copyFrom() == null) {
            throw new MigrateException("This operation cannot proceed in --sql mode; batch mode with dialect " + name
                    + " requires a live database connection with which to reflect the table \"" + batch.table()
                    + "\". To generate a batch SQL migration script using table \"move and copy\", a complete Table "
                    + "should be passed as op.batchAlterTable(\"" + batch.table() + "\", BatchOptions.DEFAULTS"
                    + ".copyFrom(table), …) so that table reflection can be skipped.");
        }
        return new MoveAndCopy(this, batch.options().copyFrom(), false, batch).statements();
    }

    /**
     * Runs {@code batch} on {@code connection}: its operations' statements, or the move and copy of the table as
     * {@link BatchOptions#copyFrom} gives it or, by default, as it is read from the database.
     *
     * @throws StatementFailedException naming the statement the database rejected
     */
    public void executeBatch(Connection connection, BatchAlterTableOp batch) {
        if (!recreatesInBatch(batch)) {
            executeStatements(connection, alterStatements(batch));
        }
        else if (batch.options().copyFrom() != null) {
            new MoveAndCopy(this, batch.options().copyFrom(), false, batch).run(connection);
        }
        else {
            new MoveAndCopy(this, MoveAndCopy.reflect(this, connection, batch), true, batch).run(connection);
        }
    }

    /**
     * Every operation's statements, in order; all are written before any runs.
     *
     * @throws MigrateException when the batch reorders columns, which only a recreated table can
     */
    private List<String> alterStatements(BatchAlterTableOp batch) {
        if (!batch.options().partialReordering().isEmpty()) {
            throw new MigrateException("Can't reorder the columns of " + batch.table() + " when using ALTER; please "
                    + "recreate the table: op.batchAlterTable(\"" + batch.table() + "\", BatchOptions.recreate("
                    + "Recreate.ALWAYS).partialReordering(…), batch -> …)");
        }
        List<String> statements = new ArrayList<>();
        batch.operations().forEach(operation -> statements.addAll(operation.toSql(this)));
        return statements;
    }

    @Override
    public String toString() {
        return name();
    }
}
