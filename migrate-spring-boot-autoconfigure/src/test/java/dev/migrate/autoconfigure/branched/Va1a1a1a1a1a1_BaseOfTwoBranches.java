package dev.migrate.autoconfigure.branched;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.operations.Operations;

/** One of three revisions that end in two heads. */
@Revision(id = "a1a1a1a1a1a1", message = "base of two branches")
public class Va1a1a1a1a1a1_BaseOfTwoBranches implements Migration {

    @Override
    public void upgrade(Operations op) {
        // nothing to do
    }

    @Override
    public void downgrade(Operations op) {
        // nothing to do
    }
}
