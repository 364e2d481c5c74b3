package db.migrate;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.operations.Operations;

/** The head of the default location. */
@Revision(id = "1b2c3d4e5f6a", down = "0a1b2c3d4e5f", message = "create invoice")
public class V1b2c3d4e5f6a_CreateInvoice implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("CREATE TABLE invoice (id INT PRIMARY KEY, account_id INT REFERENCES account (id))");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DROP TABLE invoice");
    }
}
