package db.migrate;

import static dev.migrate.operations.Definitions.column;
import static dev.migrate.operations.Types.BIGINT;
import static dev.migrate.operations.Types.DATE;
import static dev.migrate.operations.Types.varchar;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.operations.Operations;

@Revision(id = "7f3c8e5a0b12", down = "4d1a6b2c9e01", message = "create pet")
public class V7f3c8e5a0b12_CreatePet implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("pet",
                column("id", BIGINT).identity().primaryKey(),
                column("name", varchar(30)).notNull(),
                column("birth_date", DATE),
                column("kind", varchar(20)).notNull().defaultValue("cat"),
                column("owner_id", BIGINT).notNull().references("owner", "id"));
        op.createIndex("ix_pet_owner_name", "pet", "owner_id", "name");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("pet");
    }
}
