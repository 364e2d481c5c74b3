package dev.migrate.runtime;

import static dev.migrate.script.Rev.map;
import static dev.migrate.script.Rev.rev;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import dev.migrate.Migration;
import dev.migrate.operations.Operations;
import dev.migrate.script.RevisionMap;

/**
 * A second process for {@link KilledProcessLockTest}: connects to the PostgreSQL database named by the environment
 * ({@value #URL}, {@value #USER}, {@value #PASSWORD}), takes the migration lock and upgrades to the heads of
 * {@link #MAP}. Each revision creates its table, prints {@value #RUNNING} and then sleeps in the database for a
 * minute: the process is there to be killed inside r1.
 */
final class SlowRevisionProcess {

    static final String URL = "MIGRATE_CHILD_URL";
    static final String USER = "MIGRATE_CHILD_USER";
    static final String PASSWORD = "MIGRATE_CHILD_PASSWORD";

    /** What the process prints once revision r1 is running, holding the lock. */
    static final String RUNNING = "revision r1 is running";

    /** r1 → r2; each creates the table {@code t_<id>}. */
    static final RevisionMap MAP = map(rev("r1"), rev("r2").down("r1"));

    private SlowRevisionProcess() {
    }

    public static void main(String[] args) throws SQLException {
        Connection connection = DriverManager.getConnection(System.getenv(URL), System.getenv(USER),
                System.getenv(PASSWORD));
        try (Statement statement = connection.createStatement()) {
            // Without it PostgreSQL notices that the client died only when the running statement ends; the lock and
            // the transaction would then outlive the kill by the rest of the sleep.
            statement.execute("SET client_connection_check_interval = 100");
        }
        MigrationContext context = MigrationContext.configure(connection, EnvironmentContext.builder().build());
        context.run(MAP, heads -> MAP.upgradePlan(heads, "heads"), revision -> new Migration() {
            @Override
            public void upgrade(Operations op) {
                op.execute("CREATE TABLE t_" + revision.id() + " (id INT)");
                System.out.println(RUNNING);
                System.out.flush();
                op.execute("SELECT pg_sleep(60)");
            }

            @Override
            public void downgrade(Operations op) {
            }
        });
    }
}
