package db.migrate;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.operations.Operations;

/** The base revision in the default location. */
@Revision(id = "0a1b2c3d4e5f", message = "create account")
public class V0a1b2c3d4e5f_CreateAccount implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("CREATE TABLE account (id INT PRIMARY KEY, name VARCHAR(100))");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DROP TABLE account");
    }
}
