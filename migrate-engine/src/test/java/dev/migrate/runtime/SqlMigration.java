package dev.migrate.runtime;

import java.util.List;

import dev.migrate.Migration;
import dev.migrate.operations.Operations;

/** A test migration that executes fixed SQL up and down. */
record SqlMigration(List<String> up, List<String> down) implements Migration {

    /** Creates table {@code table} on upgrade and drops it on downgrade. */
    static SqlMigration table(String table) {
        return new SqlMigration(List.of("CREATE TABLE " + table + " (id INT)"), List.of("DROP TABLE " + table));
    }

    @Override
    public void upgrade(Operations op) {
        up.forEach(op::execute);
    }

    @Override
    public void downgrade(Operations op) {
        down.forEach(op::execute);
    }
}
