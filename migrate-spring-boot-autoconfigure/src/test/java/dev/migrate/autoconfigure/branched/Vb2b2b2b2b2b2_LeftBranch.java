package dev.migrate.autoconfigure.branched;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.operations.Operations;

/** One of three revisions that end in two heads. */
@Revision(id = "b2b2b2b2b2b2", down = "a1a1a1a1a1a1", branchLabels = "left", message = "left branch")
public class Vb2b2b2b2b2b2_LeftBranch implements Migration {

    @Override
    public void upgrade(Operations op) {
        // nothing to do
    }

    @Override
    public void downgrade(Operations op) {
        // nothing to do
    }
}
