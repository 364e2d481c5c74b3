package db.migrate;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.operations.Operations;

/** The second revision: a greeting to show. */
@Revision(id = "8b61e0f4c2a9", down = "3f2a9c1d7e04", message = "add first greeting")
public class V8b61e0f4c2a9_AddFirstGreeting implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("INSERT INTO greeting (id, text) VALUES (1, 'Hello from revision 8b61e0f4c2a9')");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DELETE FROM greeting WHERE id = 1");
    }
}
