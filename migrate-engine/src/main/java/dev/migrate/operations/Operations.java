package dev.migrate.operations;

/**
 * The {@code op} object a migration receives: builds operations and hands them to the dialect, which runs them
 * against the database or renders them as SQL. The directives arrive with the operations issue; until then a
 * migration can be declared and ordered but has nothing to call.
 */
public class Operations {

    protected Operations() {
    }
}
