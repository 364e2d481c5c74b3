package dev.migrate.autoconfigure.failing;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.operations.Operations;

/** A revision the database rejects. */
@Revision(id = "abcdef012345", message = "insert into missing table")
public class Vabcdef012345_InsertIntoMissingTable implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("INSERT INTO missing_table VALUES (1)");
    }

    @Override
    public void downgrade(Operations op) {
        // nothing was done
    }
}
