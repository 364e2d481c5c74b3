package dev.migrate.autoconfigure.branched;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.operations.Operations;

/** One of three revisions that end in two heads. */
@Revision(id = "c3c3c3c3c3c3", down = "a1a1a1a1a1a1", message = "right branch")
public class Vc3c3c3c3c3c3_RightBranch implements Migration {

    @Override
    public void upgrade(Operations op) {
        // nothing to do
    }

    @Override
    public void downgrade(Operations op) {
        // nothing to do
    }
}
