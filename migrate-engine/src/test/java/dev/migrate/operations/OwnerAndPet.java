package dev.migrate.operations;

import static dev.migrate.operations.Definitions.check;
import static dev.migrate.operations.Definitions.column;
import static dev.migrate.operations.Definitions.comment;
import static dev.migrate.operations.Definitions.foreignKey;
import static dev.migrate.operations.Definitions.index;
import static dev.migrate.operations.Types.BIGINT;
import static dev.migrate.operations.Types.BLOB;
import static dev.migrate.operations.Types.BOOLEAN;
import static dev.migrate.operations.Types.DATE;
import static dev.migrate.operations.Types.DOUBLE;
import static dev.migrate.operations.Types.INTEGER;
import static dev.migrate.operations.Types.JSON;
import static dev.migrate.operations.Types.REAL;
import static dev.migrate.operations.Types.TEXT;
import static dev.migrate.operations.Types.TIMESTAMP;
import static dev.migrate.operations.Types.UUID;
import static dev.migrate.operations.Types.numeric;
import static dev.migrate.operations.Types.time;
import static dev.migrate.operations.Types.varbinary;
import static dev.migrate.operations.Types.varchar;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;

import dev.migrate.operations.ops.CreateTableOp;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.testing.TestDatabase;

/** The tables the per-database operations tests change, and one that declares a bit of everything. */
public final class OwnerAndPet {

    /**
     * visit: a column of every portable type (times without zones), a literal and an expression default, an
     * auto-increment key, a stored generated column, a unique column, a foreign key to pet, a check, an index and
     * comments.
     */
    public static final CreateTableOp VISIT = new CreateTableOp(null, "visit", List.of(
            column("id", BIGINT).autoIncrement().primaryKey(),
            column("pet_id", INTEGER).notNull(),
            column("code", varchar(12)).notNull().unique().comment("booking code"),
            column("paid", BOOLEAN).notNull().defaultValue(false),
            column("fee", numeric(8, 2)).defaultValue(new BigDecimal("12.50")),
            column("weight", REAL),
            column("ratio", DOUBLE),
            column("notes", TEXT),
            column("scan", BLOB),
            column("thumb", varbinary(16)),
            column("token", UUID),
            column("data", JSON),
            column("day", DATE),
            column("at", time(3)),
            column("created", TIMESTAMP).defaultSql("CURRENT_TIMESTAMP"),
            column("fee_cents", BIGINT).computed("fee * 100", true)),
            List.of(foreignKey("fk_visit_pet", List.of("pet_id"), "pet", List.of("id"))
                .onDelete(ReferentialAction.CASCADE),
                    check("ck_visit_fee", "fee >= 0"),
                    index("ix_visit_day", "day", "at")),
            "visits to the vet", false);

    private OwnerAndPet() {
    }

    /**
     * Creates owner (an auto-increment key, a comment) and pet (an indexed {@code owner_id}, a column with a
     * default) on a new connection to {@code db}, and returns the operations on that connection.
     */
    public static LiveOperations create(TestDatabase db) throws SQLException {
        LiveOperations live = new LiveOperations(db.connect(), db.schema());
        Operations op = live.op();
        op.createTable("owner",
                column("id", BIGINT).autoIncrement().primaryKey(),
                column("name", varchar(80)).notNull(),
                column("nickname", varchar(40)),
                column("updated", TIMESTAMP),
                comment("people"));
        op.createTable("pet",
                column("id", INTEGER).primaryKey(),
                column("owner_id", BIGINT).index(),
                column("name", varchar(30)),
                column("visits", INTEGER).notNull().defaultValue(0));
        return live;
    }
}
