package dev.migrate.ddl.sqlite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Computed;

/**
 * What SQLite's pragmas do not report about a table, read from its stored {@code CREATE TABLE} statement:
 * constraint names, check constraints, generation expressions, {@code AUTOINCREMENT} and foreign-key
 * deferrability.
 */
final class CreateTableSql {

    /** A foreign key's name and deferrability, as the statement declares them. */
    record ForeignKeyClause(String name, boolean deferrable, boolean initiallyDeferred) {
    }

    private String primaryKeyName;
    private final Map<List<String>, String> uniqueNames = new HashMap<>();
    private final Map<List<String>, ForeignKeyClause> foreignKeys = new HashMap<>();
    private final List<CheckConstraint> checks = new ArrayList<>();
    private final Map<String, Computed> computed = new HashMap<>();
    private final Set<String> autoIncrement = new HashSet<>();

    private CreateTableSql() {
    }

    /** Reads {@code sql}, a {@code CREATE TABLE} statement as {@code sqlite_master} keeps it. */
    static CreateTableSql parse(String sql) {
        CreateTableSql table = new CreateTableSql();
        SqlScanner scanner = new SqlScanner(sql);
        String token;
        while ((token = scanner.next()) != null && !token.startsWith("(")) {
            // skip CREATE [TEMP] TABLE [IF NOT EXISTS] name
        }
        if (token != null) {
            for (String item : SqlScanner.split(SqlScanner.inside(token))) {
                table.read(item);
            }
        }
        return table;
    }

    /** The primary key's name, or {@code null} when it has none. */
    String primaryKeyName() {
        return primaryKeyName;
    }

    /** The name of the unique constraint on {@code columns}, or {@code null}. */
    String uniqueName(List<String> columns) {
        return uniqueNames.get(columns);
    }

    /** The declared name and deferrability of the foreign key on {@code columns}. */
    ForeignKeyClause foreignKey(List<String> columns) {
        return foreignKeys.getOrDefault(columns, new ForeignKeyClause(null, false, false));
    }

    /** The check constraints, column-level ones included. */
    List<CheckConstraint> checks() {
        return checks;
    }

    /** The generation of {@code column}, or {@code null}. */
    Computed computed(String column) {
        return computed.get(column);
    }

    /** Whether {@code column} is an {@code INTEGER PRIMARY KEY AUTOINCREMENT}. */
    boolean autoIncrement(String column) {
        return autoIncrement.contains(column);
    }

    private void read(String item) {
        SqlScanner scanner = new SqlScanner(item);
        String first = scanner.next();
        boolean tableConstraint = SqlScanner.is(first, "CONSTRAINT") || SqlScanner.is(first, "PRIMARY")
                || SqlScanner.is(first, "UNIQUE") || SqlScanner.is(first, "CHECK") || SqlScanner.is(first, "FOREIGN");
        if (tableConstraint) {
            readTableConstraint(first, scanner);
        }
        else {
            readColumn(SqlScanner.unquote(first), scanner);
        }
    }

    private void readTableConstraint(String first, SqlScanner scanner) {
        String name = null;
        String kind = first;
        if (SqlScanner.is(first, "CONSTRAINT")) {
            name = SqlScanner.unquote(scanner.next());
            kind = scanner.next();
        }
        if (SqlScanner.is(kind, "PRIMARY")) {
            primaryKeyName = name;
        }
        else if (SqlScanner.is(kind, "UNIQUE")) {
            uniqueNames.put(SqlScanner.columns(scanner.next()), name);
        }
        else if (SqlScanner.is(kind, "CHECK")) {
            checks.add(new CheckConstraint(name, SqlScanner.inside(scanner.next())));
        }
        else if (SqlScanner.is(kind, "FOREIGN")) {
            scanner.next(); // KEY
            List<String> columns = SqlScanner.columns(scanner.next());
            foreignKeys.put(columns, foreignKeyClause(name, scanner.remaining()));
        }
    }

    private void readColumn(String column, SqlScanner scanner) {
        String name = null;
        String token;
        while ((token = scanner.next()) != null) {
            if (SqlScanner.is(token, "CONSTRAINT")) {
                name = SqlScanner.unquote(scanner.next());
                continue;
            }
            if (SqlScanner.is(token, "PRIMARY")) {
                primaryKeyName = name;
            }
            else if (SqlScanner.is(token, "UNIQUE")) {
                uniqueNames.put(List.of(column), name);
            }
            else if (SqlScanner.is(token, "CHECK")) {
                checks.add(new CheckConstraint(name, SqlScanner.inside(scanner.next())));
            }
            else if (SqlScanner.is(token, "REFERENCES")) {
                foreignKeys.put(List.of(column), foreignKeyClause(name, scanner.remaining()));
            }
            else if (SqlScanner.is(token, "AUTOINCREMENT")) {
                autoIncrement.add(column);
            }
            else if (SqlScanner.is(token, "AS")) {
                String expression = SqlScanner.inside(scanner.next());
                computed.put(column, new Computed(expression, SqlScanner.is(scanner.next(), "STORED")));
            }
            else {
                continue;
            }
            name = null;
        }
    }

    private static ForeignKeyClause foreignKeyClause(String name, String rest) {
        String upper = rest.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        boolean deferrable = upper.contains("DEFERRABLE") && !upper.contains("NOT DEFERRABLE");
        return new ForeignKeyClause(name, deferrable, deferrable && upper.contains("INITIALLY DEFERRED"));
    }
}
