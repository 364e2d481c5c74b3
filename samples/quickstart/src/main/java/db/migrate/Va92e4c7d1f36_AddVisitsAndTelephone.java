package db.migrate;

import static dev.migrate.operations.Definitions.column;
import static dev.migrate.operations.Definitions.foreignKey;
import static dev.migrate.operations.Types.BIGINT;
import static dev.migrate.operations.Types.DATE;
import static dev.migrate.operations.Types.varchar;

import java.util.List;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.operations.Operations;
import dev.migrate.schema.ReferentialAction;

@Revision(id = "a92e4c7d1f36", down = "7f3c8e5a0b12", message = "add visits and owner telephone")
public class Va92e4c7d1f36_AddVisitsAndTelephone implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("visit",
                column("id", BIGINT).identity().primaryKey(),
                column("pet_id", BIGINT).notNull(),
                column("visit_date", DATE).notNull(),
                column("description", varchar(255)),
                foreignKey("fk_visit_pet", List.of("pet_id"), "pet", List.of("id"))
                    .onDelete(ReferentialAction.CASCADE));
        op.addColumn("owner", column("telephone", varchar(20)));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("owner", "telephone");
        op.dropTable("visit");
    }
}
