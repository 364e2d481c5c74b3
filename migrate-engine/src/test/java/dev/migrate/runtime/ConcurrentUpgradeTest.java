package dev.migrate.runtime;

import static dev.migrate.script.Rev.map;
import static dev.migrate.script.Rev.rev;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.migrate.Migration;
import dev.migrate.ddl.Dialects;
import dev.migrate.operations.Operations;
import dev.migrate.script.Rev;
import dev.migrate.script.RevisionMap;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

/** Instances that boot at once: each runs the same pending revisions, and the lock lets each revision run once. */
class ConcurrentUpgradeTest {

    private static final int INSTANCES = 8;
    private static final int REVISIONS = 20;

    @DatabaseTest({DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB})
    void concurrentRunsApplyEachRevisionExactlyOnce(TestDatabase db) throws Exception {
        RevisionMap map = line(REVISIONS);
        Map<String, AtomicInteger> upgrades = new ConcurrentHashMap<>();
        EnvironmentContext environment = EnvironmentContext.builder().lockTimeout(Duration.ofSeconds(60)).build();
        CountDownLatch start = new CountDownLatch(1);

        ExecutorService instances = Executors.newFixedThreadPool(INSTANCES);
        List<Future<List<String>>> results = new ArrayList<>();
        try {
            for (int i = 0; i < INSTANCES; i++) {
                MigrationContext context = MigrationContext.configure(db.connect(), environment);
                results.add(instances.submit(() -> {
                    start.await();
                    return context.run(map, heads -> map.upgradePlan(heads, "heads"), revision -> new Migration() {
                        @Override
                        public void upgrade(Operations op) {
                            upgrades.computeIfAbsent(revision.id(), id -> new AtomicInteger()).incrementAndGet();
                            op.execute("CREATE TABLE t_" + revision.id() + " (id INT)");
                        }

                        @Override
                        public void downgrade(Operations op) {
                        }
                    });
                }));
            }
            start.countDown();
            for (Future<List<String>> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).containsExactly("r" + REVISIONS);
            }
        }
        finally {
            instances.shutdownNow();
        }
        assertThat(upgrades).hasSize(REVISIONS);
        assertThat(upgrades.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(MigrationContextTest.tables(db)).filteredOn(name -> name.startsWith("t_r")).hasSize(REVISIONS);
        Connection reader = db.connect();
        VersionTable versionTable = VersionTable.of(Dialects.detect(reader), environment);
        assertThat(versionTable.heads(reader)).containsExactly("r" + REVISIONS);
    }

    /** Revisions {@code r1 … rN}, each on the one before. */
    private static RevisionMap line(int size) {
        Rev[] revisions = new Rev[size];
        for (int i = 0; i < size; i++) {
            revisions[i] = i == 0 ? rev("r1") : rev("r" + (i + 1)).down("r" + i);
        }
        return map(revisions);
    }
}
