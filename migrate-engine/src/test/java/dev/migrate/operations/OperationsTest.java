package dev.migrate.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.migrate.MigrateException;
import dev.migrate.ddl.DdlImpl;
import dev.migrate.ddl.Dialects;
import dev.migrate.operations.ops.ExecuteSqlOp;

class OperationsTest {

    /** An executor that keeps what it is given, as an offline one would. */
    private static final class Recording implements OperationExecutor {

        final List<Object> events = new ArrayList<>();

        @Override
        public void execute(MigrateOperation operation) {
            events.add(operation);
        }

        @Override
        public void autocommitBlock(Runnable block) {
            events.add("autocommit on");
            block.run();
            events.add("autocommit off");
        }

        @Override
        public DdlImpl dialect() {
            return Dialects.named("postgresql");
        }

        @Override
        public Optional<Connection> connection() {
            return Optional.empty();
        }
    }

    @Test
    void executeBuildsAnOperationAndHandsItToTheExecutor() {
        Recording executor = new Recording();
        Operations op = new Operations(executor);
        op.execute("UPDATE account SET active = TRUE");
        op.autocommitBlock(() -> op.execute("CREATE INDEX CONCURRENTLY ix ON account (id)"));
        assertThat(executor.events).containsExactly(new ExecuteSqlOp("UPDATE account SET active = TRUE"),
                "autocommit on", new ExecuteSqlOp("CREATE INDEX CONCURRENTLY ix ON account (id)"), "autocommit off");
    }

    @Test
    void executeSqlIsRenderedAsGivenByEveryDialect() {
        ExecuteSqlOp op = new ExecuteSqlOp("DELETE FROM account WHERE id = 1");
        assertThat(Dialects.all()).allSatisfy(dialect -> assertThat(dialect.statements(op))
            .containsExactly("DELETE FROM account WHERE id = 1"));
    }

    @Test
    void executeSqlCannotBeReversed() {
        assertThatThrownBy(() -> new ExecuteSqlOp("DELETE FROM account").reverse())
            .isInstanceOf(MigrateException.class)
            .hasMessage("Operation ExecuteSqlOp[sql=DELETE FROM account, parameters={}] cannot be reversed; write its downgrade by "
                    + "hand");
    }
}
