package db.migrate;

import java.util.List;
import java.util.Map;

import dev.migrate.Migration;
import dev.migrate.Revision;
import dev.migrate.operations.Operations;

@Revision(id = "c5b0d3e8f247", down = "a92e4c7d1f36", message = "seed owners and pets")
public class Vc5b0d3e8f247_SeedOwnersAndPets implements Migration {

    private static final String ADD_PET = "INSERT INTO pet (name, kind, birth_date, owner_id) "
            + "SELECT :name, :kind, CAST(:born AS DATE), id FROM owner WHERE last_name = :owner";

    @Override
    public void upgrade(Operations op) {
        op.bulkInsert("owner", List.of(
                Map.of("first_name", "George", "last_name", "Franklin", "city", "Madison"),
                Map.of("first_name", "Betty", "last_name", "Davis", "city", "Sun Prairie")));
        op.execute(ADD_PET, Map.of("name", "Leo", "kind", "cat", "born", "2020-09-07", "owner", "Franklin"));
        op.execute(ADD_PET, Map.of("name", "Basil", "kind", "hamster", "born", "2022-08-06", "owner", "Davis"));
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DELETE FROM pet WHERE name IN ('Leo', 'Basil')");
        op.execute("DELETE FROM owner WHERE last_name IN ('Franklin', 'Davis')");
    }
}
