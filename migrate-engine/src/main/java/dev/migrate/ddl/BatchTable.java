package dev.migrate.ddl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import dev.migrate.MigrateException;
import dev.migrate.operations.ColumnDefinition;
import dev.migrate.operations.ColumnPosition;
import dev.migrate.operations.DefaultValue;
import dev.migrate.operations.MigrateOperation;
import dev.migrate.operations.NamingConvention;
import dev.migrate.operations.ops.AddColumnOp;
import dev.migrate.operations.ops.AddConstraintOp;
import dev.migrate.operations.ops.AlterColumnOp;
import dev.migrate.operations.ops.ConstraintType;
import dev.migrate.operations.ops.CreateIndexOp;
import dev.migrate.operations.ops.DropColumnOp;
import dev.migrate.operations.ops.DropConstraintOp;
import dev.migrate.operations.ops.DropIndexOp;
import dev.migrate.operations.ops.PositionedColumnOp;
import dev.migrate.operations.ops.TableCommentOp;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexElement;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import dev.migrate.schema.TableElement;
import dev.migrate.schema.UniqueConstraint;

/**
 * A table as the operations of a batch change it, before it is recreated (Alembic's {@code ApplyBatchImpl}): its
 * columns in order, each remembering the old column its values are copied from, its primary key, constraints,
 * indexes and comment. It keeps the old table's named constraints, its unnamed ones except {@code CHECK}s read from
 * the database, and its indexes; a constraint or index left without one of its columns goes. Names are kept as the
 * catalog keeps them ({@link DdlImpl#catalogName}), so that an operation naming {@code id} finds H2's {@code ID}.
 */
final class BatchTable {

    /**
     * A column of the new table.
     *
     * @param definition how the new table declares it
     * @param source     the old column its values come from, or {@code null} for a new column
     * @param sourceType the old column's type, or {@code null}
     * @param retyped    whether the batch changed its type
     */
    record Entry(ColumnDefinition definition, String source, SqlType sourceType, boolean retyped) {

        String name() {
            return definition.name();
        }

        Entry with(UnaryOperator<ColumnDefinition> change) {
            return new Entry(change.apply(definition), source, sourceType, retyped);
        }
    }

    private final DdlImpl dialect;
    private final String table;
    private final List<Entry> columns = new ArrayList<>();
    private PrimaryKey primaryKey;
    private final Map<String, TableElement> namedConstraints = new LinkedHashMap<>();
    private final List<TableElement> unnamedConstraints = new ArrayList<>();
    private final Map<String, Index> indexes = new LinkedHashMap<>();
    private String comment;

    /**
     * The table as it is.
     *
     * @param reflected  whether it was read from the database: its column types are then kept as the database spells
     *                   them, and its unnamed checks are left out as Alembic does
     * @param convention names for its constraints without one; a check it names is kept
     * @throws MigrateException when the convention cannot name a constraint, or names two alike
     */
    BatchTable(DdlImpl dialect, Table table, boolean reflected, NamingConvention convention) {
        this.dialect = dialect;
        this.table = table.name();
        for (Column column : table.columns()) {
            SqlType type = reflected ? SqlType.of(SqlType.Kind.OTHER, column.type().databaseType()) : column.type();
            ColumnDefinition definition = ColumnDefinition.from(column);
            columns.add(new Entry(declared(definition, type, column.autoIncrement() ? null
                    : definition.defaultValue()), column.name(), column.type(), false));
        }
        primaryKey = namedKey(table.primaryKey(), convention);
        table.uniqueConstraints().forEach(unique -> keep(unique, convention));
        table.foreignKeys().forEach(fk -> keep(sameSchema(fk, table.schema()), convention));
        table.checkConstraints().stream()
            .map(check -> check.name() == null ? conventionallyNamed(check, convention) : check)
            .filter(check -> check.name() != null || !reflected)
            .forEach(this::keep);
        table.indexes().forEach(index -> indexes.put(index.name(), index));
        comment = table.comment();
    }

    /** {@code definition} of {@code type} and with {@code defaultValue}: a numbered column takes no default. */
    private static ColumnDefinition declared(ColumnDefinition definition, SqlType type, DefaultValue defaultValue) {
        return new ColumnDefinition(definition.name(), type, definition.nullable(), defaultValue,
                definition.isAutoIncrement(), definition.identityGeneration(), definition.computed(),
                definition.comment(), false, false, false, null);
    }

    /** A foreign key to a table of the same schema, written without the schema (SQLite allows no other). */
    private static ForeignKey sameSchema(ForeignKey fk, String schema) {
        return fk.targetSchema() != null && fk.targetSchema().equals(schema) ? fk.targetSchema(null) : fk;
    }

    /**
     * {@code key} named by {@code convention} when it has no name, but for a single numbered column, which SQLite
     * declares on the column, without a name.
     */
    private PrimaryKey namedKey(PrimaryKey key, NamingConvention convention) {
        if (key == null || key.name() != null || key.columns().size() == 1 && columns.stream()
            .anyMatch(entry -> entry.name().equals(key.columns().get(0)) && entry.definition().isAutoIncrement())) {
            return key;
        }
        String name = convention.nameFor(table, key);
        return name == null ? key : new PrimaryKey(name, key.columns());
    }

    private <T extends TableElement> T conventionallyNamed(T constraint, NamingConvention convention) {
        String name = convention.nameFor(table, constraint);
        @SuppressWarnings("unchecked")
        T named = name == null ? constraint : (T) ConstraintType.withName(constraint, name);
        return named;
    }

    private void keep(TableElement constraint, NamingConvention convention) {
        keep(ConstraintType.nameOf(constraint) == null ? conventionallyNamed(constraint, convention) : constraint);
    }

    private void keep(TableElement constraint) {
        String name = ConstraintType.nameOf(constraint);
        if (name == null) {
            unnamedConstraints.add(constraint);
        }
        else if (namedConstraints.putIfAbsent(name, constraint) != null
                || primaryKey != null && name.equals(primaryKey.name())) {
            throw new MigrateException("Two constraints of " + table + " are named " + name + ": "
                    + namedConstraints.get(name) + " and " + constraint + "; give them names of their own (a "
                    + "BatchOptions.namingConvention names those without one: use tokens that tell them apart)");
        }
    }

    // ---------------------------------------------------------------- operations

    /**
     * Whether a batch that recreates its table carries out {@code operation} by changing the new table's definition:
     * the built-in operations on columns, indexes, constraints and the comment. Others (operation types of a
     * project's own, or with an implementation registered) run their own statements once the table is recreated.
     */
    static boolean changesDefinition(MigrateOperation operation) {
        return operation instanceof PositionedColumnOp || operation instanceof AddColumnOp
                || operation instanceof DropColumnOp || operation instanceof AlterColumnOp
                || operation instanceof CreateIndexOp || operation instanceof DropIndexOp
                || operation instanceof AddConstraintOp || operation instanceof DropConstraintOp
                || operation instanceof TableCommentOp;
    }

    /**
     * Applies one operation of the batch that {@link #changesDefinition changes the definition}.
     *
     * @throws MigrateException for a column, constraint or index that is not there, or a constraint added without a
     *                          name
     */
    void apply(MigrateOperation operation) {
        if (operation instanceof PositionedColumnOp positioned) {
            apply(positioned.change());
            place(name(positioned.column()), positioned.position());
        }
        else if (operation instanceof AddColumnOp add) {
            addColumn(add.column());
        }
        else if (operation instanceof DropColumnOp drop) {
            dropColumn(name(drop.column()));
        }
        else if (operation instanceof AlterColumnOp alter) {
            alterColumn(alter);
        }
        else if (operation instanceof CreateIndexOp create) {
            Index index = create.index();
            indexes.put(name(index.name()), named(index));
        }
        else if (operation instanceof DropIndexOp drop) {
            if (indexes.remove(name(drop.name())) == null) {
                throw new MigrateException("No such index: '" + drop.name() + "' on " + table);
            }
        }
        else if (operation instanceof AddConstraintOp add) {
            addConstraint(add);
        }
        else if (operation instanceof DropConstraintOp drop) {
            dropConstraint(name(drop.name()), drop.name());
        }
        else if (operation instanceof TableCommentOp change) {
            comment = change.comment();
        }
        else {
            throw new IllegalArgumentException(operation + " does not change the definition of " + table);
        }
    }

    private void addColumn(ColumnDefinition column) {
        String name = name(column.name());
        if (find(name) >= 0) {
            throw new MigrateException("Cannot add column " + column.name() + " to " + table + ": it has one");
        }
        columns.add(new Entry(declared(column.renamed(name), column.type(), column.defaultValue()), null, null,
                false));
        addColumnConstraints(column, name);
    }

    /** The key, unique constraint, index and foreign key {@code column}, now called {@code name}, declares. */
    private void addColumnConstraints(ColumnDefinition column, String name) {
        if (column.isPrimaryKey() && (primaryKey == null || !primaryKey.columns().contains(name))) {
            List<String> keys = new ArrayList<>(primaryKey == null ? List.of() : primaryKey.columns());
            keys.add(name);
            primaryKey = new PrimaryKey(primaryKey == null ? null : primaryKey.name(), keys);
        }
        if (column.isUnique()) {
            unnamedConstraints.add(new UniqueConstraint(null, List.of(name), false));
        }
        if (column.isIndexed()) {
            String index = name(dialect.compiler().columnIndexName(table, column.name()));
            indexes.put(index, Index.on(index, false, name));
        }
        if (column.references() != null) {
            keep(named(DdlCompiler.foreignKey(column.renamed(name))));
        }
    }

    private void dropColumn(String name) {
        columns.remove(require(name));
        if (primaryKey != null && primaryKey.columns().contains(name)) {
            List<String> keys = primaryKey.columns().stream().filter(key -> !key.equals(name)).toList();
            primaryKey = keys.isEmpty() ? null : new PrimaryKey(primaryKey.name(), keys);
        }
    }

    private void alterColumn(AlterColumnOp alter) {
        int position = require(name(alter.column()));
        Entry entry = columns.get(position);
        ColumnDefinition now = entry.definition();
        SqlType type = alter.type() == null ? now.type() : alter.type();
        ColumnDefinition changed = new ColumnDefinition(now.name(), type,
                alter.nullable() == null ? now.nullable() : alter.nullable(),
                alter.serverDefault() == null ? now.defaultValue() : alter.serverDefault().value(),
                alter.autoIncrement() == null ? now.isAutoIncrement() : alter.autoIncrement(),
                now.identityGeneration(), now.computed(),
                alter.comment() == null ? now.comment() : alter.comment().value(), false, false, false, null);
        columns.set(position, new Entry(changed, entry.source(), entry.sourceType(),
                entry.retyped() || alter.type() != null));
        if (alter.newName() != null) {
            renameColumn(position, name(alter.newName()));
        }
    }

    /** Renames the column at {@code position} and every reference to it in the table's keys and indexes. */
    private void renameColumn(int position, String newName) {
        String oldName = columns.get(position).name();
        columns.set(position, columns.get(position).with(definition -> definition.renamed(newName)));
        UnaryOperator<String> rename = column -> column.equals(oldName) ? newName : column;
        if (primaryKey != null) {
            primaryKey = new PrimaryKey(primaryKey.name(), primaryKey.columns().stream().map(rename).toList());
        }
        namedConstraints.replaceAll((name, constraint) -> renamed(constraint, rename));
        unnamedConstraints.replaceAll(constraint -> renamed(constraint, rename));
        indexes.replaceAll((name, index) -> new Index(name, index.elements().stream()
            .map(key -> key.column() == null ? key
                    : new IndexElement(rename.apply(key.column()), null, key.descending(), key.nulls()))
            .toList(), index.unique(), index.where(), index.include().stream().map(rename).toList()));
    }

    private TableElement renamed(TableElement constraint, UnaryOperator<String> rename) {
        if (constraint instanceof UniqueConstraint unique) {
            return new UniqueConstraint(unique.name(), unique.columns().stream().map(rename).toList(),
                    unique.nullsNotDistinct());
        }
        if (constraint instanceof ForeignKey fk) {
            List<String> targets = fk.targetTable().equals(table) && fk.targetSchema() == null
                    ? fk.targetColumns().stream().map(rename).toList() : fk.targetColumns();
            return new ForeignKey(fk.name(), fk.columns().stream().map(rename).toList(), fk.targetSchema(),
                    fk.targetTable(), targets, fk.onDelete(), fk.onUpdate(), fk.deferrable(), fk.initiallyDeferred());
        }
        return constraint;
    }

    private void place(String column, ColumnPosition position) {
        Entry entry = columns.remove(require(column));
        String neighbour = name(position.before() != null ? position.before() : position.after());
        int at = find(neighbour);
        if (at < 0) {
            throw new MigrateException("Cannot place column " + column + " " + position + ": " + table + " has no "
                    + "column " + neighbour);
        }
        columns.add(position.before() != null ? at : at + 1, entry);
    }

    private void addConstraint(AddConstraintOp add) {
        if (add.name() == null) {
            throw new MigrateException("Constraint must have a name: a batch that recreates " + table + " finds "
                    + "constraints by name; give the " + ConstraintType.of(add.constraint()) + " constraint one");
        }
        TableElement constraint = named(add.constraint());
        if (constraint instanceof PrimaryKey key) {
            primaryKey = key;
        }
        else {
            namedConstraints.put(ConstraintType.nameOf(constraint), constraint);
        }
    }

    private void dropConstraint(String name, String given) {
        if (primaryKey != null && name.equals(primaryKey.name())) {
            primaryKey = null;
        }
        else if (namedConstraints.remove(name) == null) {
            throw new MigrateException("No such constraint: '" + given + "' on " + table);
        }
    }

    /**
     * Takes {@code definitions} over the table as it is (Alembic's {@code reflect_args} and {@code table_args}): a
     * column replaces the table's own of that name, whose values it keeps without converting them; a primary key
     * replaces the table's; other constraints and indexes are added, a named one in place of one of the same name.
     *
     * @throws MigrateException when a column is not one of the table's
     */
    void override(List<TableElement> definitions) {
        for (TableElement definition : definitions) {
            if (definition instanceof ColumnDefinition column) {
                String name = name(column.name());
                int position = find(name);
                if (position < 0) {
                    throw new MigrateException("BatchOptions.override names column " + column.name() + ", which "
                            + table + " does not have; override only its columns (" + columns.stream()
                                .map(Entry::name).toList() + ") and add new ones with batch.addColumn");
                }
                columns.set(position, new Entry(declared(column.renamed(name), column.type(),
                        column.defaultValue()), columns.get(position).source(), column.type(), false));
                addColumnConstraints(column, name);
            }
            else if (definition instanceof Index index) {
                indexes.put(name(index.name()), named(index));
            }
            else if (definition instanceof PrimaryKey key) {
                primaryKey = (PrimaryKey) named(key);
            }
            else if (!(definition instanceof UniqueConstraint || definition instanceof ForeignKey
                    || definition instanceof CheckConstraint)) {
                throw new MigrateException("BatchOptions.override of " + table + " takes columns, constraints and "
                        + "indexes, not " + definition + "; change the table comment with batch.createTableComment");
            }
            else if (ConstraintType.nameOf(definition) == null) {
                unnamedConstraints.add(named(definition));
            }
            else {
                namedConstraints.put(name(ConstraintType.nameOf(definition)), named(definition));
            }
        }
    }

    /**
     * Orders the columns so that each of {@code orderings} holds (Alembic's {@code partial_reordering}): a stable
     * topological sort, which keeps the columns in their present order wherever the orderings allow.
     *
     * @throws MigrateException when an ordering names a column the table does not have, or the orderings contradict
     *                          each other
     */
    void reorder(List<List<String>> orderings) {
        Map<String, Set<String>> predecessors = new HashMap<>();
        for (List<String> ordering : orderings) {
            for (int i = 1; i < ordering.size(); i++) {
                String before = reorderedColumn(ordering.get(i - 1));
                String after = reorderedColumn(ordering.get(i));
                if (!before.equals(after)) {
                    predecessors.computeIfAbsent(after, column -> new HashSet<>()).add(before);
                }
            }
        }
        List<Entry> remaining = new ArrayList<>(columns);
        Set<String> placed = new HashSet<>();
        columns.clear();
        while (!remaining.isEmpty()) {
            Entry next = remaining.stream()
                .filter(entry -> placed.containsAll(predecessors.getOrDefault(entry.name(), Set.of())))
                .findFirst()
                .orElseThrow(() -> new MigrateException("Cannot reorder the columns of " + table + ": the partial "
                        + "reorderings " + orderings + " contradict each other for " + remaining.stream()
                            .map(Entry::name).toList() + "; give orderings that can all hold"));
            remaining.remove(next);
            placed.add(next.name());
            columns.add(next);
        }
    }

    private String reorderedColumn(String column) {
        String name = name(column);
        if (find(name) < 0) {
            throw new MigrateException("Cannot reorder the columns of " + table + ": it has no column '" + column
                    + "' once the batch ran; BatchOptions.partialReordering names columns of the new table");
        }
        return name;
    }

    // ---------------------------------------------------------------- names

    /** {@code name} as the catalog keeps it; {@code null} for none. */
    private String name(String name) {
        return name == null ? null : dialect.catalogName(name);
    }

    private List<String> names(List<String> names) {
        return names.stream().map(this::name).toList();
    }

    private Index named(Index index) {
        return new Index(name(index.name()), index.elements().stream().map(this::named).toList(), index.unique(),
                index.where(), names(index.include()));
    }

    private IndexElement named(IndexElement key) {
        return key.column() == null ? key : new IndexElement(name(key.column()), null, key.descending(), key.nulls());
    }

    /** {@code constraint} with its own, its columns' and its target's names as the catalog keeps them. */
    private TableElement named(TableElement constraint) {
        if (constraint instanceof PrimaryKey key) {
            return new PrimaryKey(name(key.name()), names(key.columns()));
        }
        if (constraint instanceof UniqueConstraint unique) {
            return new UniqueConstraint(name(unique.name()), names(unique.columns()), unique.nullsNotDistinct());
        }
        if (constraint instanceof ForeignKey fk) {
            return new ForeignKey(name(fk.name()), names(fk.columns()), fk.targetSchema(), name(fk.targetTable()),
                    names(fk.targetColumns()), fk.onDelete(), fk.onUpdate(), fk.deferrable(), fk.initiallyDeferred());
        }
        CheckConstraint check = (CheckConstraint) constraint;
        return new CheckConstraint(name(check.name()), check.expression());
    }

    private int find(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private int require(String name) {
        int position = find(name);
        if (position < 0) {
            throw new MigrateException("No such column: '" + name + "' in " + table);
        }
        return position;
    }

    // ---------------------------------------------------------------- the result

    /** The table's name. */
    String name() {
        return table;
    }

    /** The columns of the new table, in order. */
    List<Entry> columns() {
        return List.copyOf(columns);
    }

    /** The primary key of the new table, or {@code null}. */
    PrimaryKey primaryKey() {
        return primaryKey;
    }

    /** The unique, foreign key and check constraints of the new table: those whose columns it still has. */
    List<TableElement> constraints() {
        List<TableElement> kept = new ArrayList<>(namedConstraints.values());
        kept.addAll(unnamedConstraints);
        return kept.stream().filter(constraint -> hasColumns(columnsOf(constraint))).toList();
    }

    /** The indexes of the new table: those whose columns it still has. */
    List<Index> indexes() {
        return indexes.values().stream()
            .filter(index -> hasColumns(index.elements().stream().map(IndexElement::column)
                .filter(column -> column != null).toList()))
            .toList();
    }

    /** The new table's comment, or {@code null}. */
    String comment() {
        return comment;
    }

    private static List<String> columnsOf(TableElement constraint) {
        if (constraint instanceof UniqueConstraint unique) {
            return unique.columns();
        }
        return constraint instanceof ForeignKey fk ? fk.columns() : List.of();
    }

    private boolean hasColumns(List<String> names) {
        return names.stream().allMatch(name -> find(name) >= 0);
    }
}
