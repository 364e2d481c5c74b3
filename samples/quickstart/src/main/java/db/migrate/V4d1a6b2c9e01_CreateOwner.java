package db.migrate;

import static dev.migrate.operations.Definitions.column;
import static dev.migrate.operations.Definitions.comment;
import static dev.migrate.operations.Types.BIGINT;
import static dev.migrate.operations.Types.varchar;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.operations.Operations;

@Revision(id = "4d1a6b2c9e01", message = "create owner")
public class V4d1a6b2c9e01_CreateOwner implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("owner",
                column("id", BIGINT).identity().primaryKey(),
                column("first_name", varchar(80)).notNull(),
                column("last_name", varchar(80)).notNull().index(),
                column("city", varchar(200)),
                comment("people who bring their pets to the clinic"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("owner");
    }
}
