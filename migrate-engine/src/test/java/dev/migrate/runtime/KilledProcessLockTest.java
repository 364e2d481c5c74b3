package dev.migrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.migrate.ddl.DdlImpl;
import dev.migrate.ddl.Dialects;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

/**
 * A migrating process killed inside a revision: the database drops its lock with its connection and rolls back its
 * transaction, so the next run takes the lock and applies that revision whole, once.
 */
class KilledProcessLockTest {

    private static final EnvironmentContext ENVIRONMENT = EnvironmentContext.builder()
        .lockTimeout(Duration.ofSeconds(10))
        .build();

    @DatabaseTest({DatabaseKind.POSTGRESQL})
    void aKilledProcessLeavesNeitherItsLockNorHalfARevision(TestDatabase db) throws Exception {
        Process child = start(db);
        try {
            awaitLine(child, SlowRevisionProcess.RUNNING, Duration.ofSeconds(15));
            Connection observer = db.connect();
            DdlImpl dialect = Dialects.detect(observer);
            assertThatThrownBy(() -> MigrationLock.acquire(observer, dialect, VersionTable.of(dialect, ENVIRONMENT),
                    Duration.ofMillis(100)))
                .hasMessageStartingWith("Could not take the migration lock");
        }
        finally {
            child.destroyForcibly();
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).as("the child process ended").isTrue();
        }

        MigrationContext context = MigrationContext.configure(db.connect(), ENVIRONMENT);
        List<String> ran = new ArrayList<>();
        List<String> heads = context.run(SlowRevisionProcess.MAP,
                current -> SlowRevisionProcess.MAP.upgradePlan(current, "heads"), revision -> {
                    ran.add(revision.id());
                    return SqlMigration.table("t_" + revision.id());
                });

        assertThat(ran).containsExactly("r1", "r2");
        assertThat(heads).containsExactly("r2");
        try (Connection reader = db.connect()) {
            assertThat(context.versionTable().heads(reader)).containsExactly("r2");
        }
        assertThat(MigrationContextTest.tables(db)).filteredOn(name -> name.startsWith("t_"))
            .containsExactlyInAnyOrder("t_r1", "t_r2");
    }

    /** A JVM running {@link SlowRevisionProcess} on {@code db}, with this JVM's class path. */
    private static Process start(TestDatabase db) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SlowRevisionProcess.class.getName()).redirectErrorStream(true);
        builder.environment().put(SlowRevisionProcess.URL, db.url());
        builder.environment().put(SlowRevisionProcess.USER, db.user());
        builder.environment().put(SlowRevisionProcess.PASSWORD, db.password() == null ? "" : db.password());
        return builder.start();
    }

    /** Reads the process's output until {@code expected}; fails with the output when it ends or times out first. */
    private static void awaitLine(Process process, String expected, Duration timeout) throws Exception {
        StringBuffer output = new StringBuffer();
        BufferedReader reader = process.inputReader();
        CompletableFuture<Boolean> seen = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    output.append(line).append('\n');
                    if (line.equals(expected)) {
                        return true;
                    }
                }
                return false;
            }
            catch (IOException ex) {
                output.append(ex).append('\n');
                return false;
            }
        });
        boolean found;
        try {
            found = seen.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (TimeoutException ex) {
            found = false;
        }
        assertThat(found).as("the child process printed '%s'; its output:%n%s", expected, output).isTrue();
    }
}
