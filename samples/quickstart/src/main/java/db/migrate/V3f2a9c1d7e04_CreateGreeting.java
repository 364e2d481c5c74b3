package db.migrate;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.operations.Operations;

/** The first revision: the greeting table. */
@Revision(id = "3f2a9c1d7e04", message = "create greeting")
public class V3f2a9c1d7e04_CreateGreeting implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("CREATE TABLE greeting (id INT PRIMARY KEY, text VARCHAR(200) NOT NULL)");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DROP TABLE greeting");
    }
}
