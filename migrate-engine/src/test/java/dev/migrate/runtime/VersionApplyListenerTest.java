package dev.migrate.runtime;

import static dev.migrate.script.Rev.map;
import static dev.migrate.script.Rev.rev;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import dev.migrate.Migration;
import dev.migrate.ddl.Dialects;
import dev.migrate.script.MigrationStep;
import dev.migrate.script.Revision;
import dev.migrate.script.RevisionMap;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

/**
 * Version-apply listeners are told the same about each step whether the run applies it to a database or writes it
 * to a script, as Alembic calls {@code on_version_apply} in both modes.
 */
class VersionApplyListenerTest {

    /** b and c branch off a and merge in d: inserts, a merge's delete and update, an unmerge's update and insert. */
    private final RevisionMap merged = map(rev("a").message("make a"), rev("b").down("a").message("make b"),
            rev("c").down("a").message("make c"), rev("d").down("b", "c").message("merge"));

    @DatabaseTest({DatabaseKind.H2})
    void offlineRunsTellTheListenersWhatOnlineRunsTellThem(TestDatabase db) {
        Recorder online = new Recorder();
        Recorder offline = new Recorder();
        MigrationContext database = MigrationContext.configure(db.connect(),
                EnvironmentContext.builder().listener(online).build());
        OfflineMigrationContext script = OfflineMigrationContext.configure(Dialects.named("h2"),
                EnvironmentContext.builder().listener(offline).build(), new StringBuilder());

        List<String> heads = List.of();
        heads = script.run(merged, heads, current -> merged.upgradePlan(current, "d"),
                VersionApplyListenerTest::tables);
        database.run(merged, current -> merged.upgradePlan(current, "d"), VersionApplyListenerTest::tables);
        heads = script.run(merged, heads, current -> merged.downgradePlan(current, "a"),
                VersionApplyListenerTest::tables);
        database.run(merged, current -> merged.downgradePlan(current, "a"), VersionApplyListenerTest::tables);
        heads = script.stamp(merged, heads, List.of("d"));
        database.stamp(merged, List.of("d"), false);
        heads = script.stamp(merged, heads, List.of("base"));
        database.stamp(merged, List.of("base"), false);

        assertThat(heads).isEqualTo(database.currentHeads()).isEmpty();
        assertThat(online.events).as("what the online run told its listener").containsExactly(
                "begin upgrade  -> a, make a",
                "applied upgrade=true stamp=false up=[a] down=[] source=[] destination=[a] revision=a heads=[a]",
                "begin upgrade a -> c, make c",
                "applied upgrade=true stamp=false up=[c] down=[a] source=[a] destination=[c] revision=c heads=[c]",
                "begin upgrade a -> b, make b",
                "applied upgrade=true stamp=false up=[b] down=[a] source=[a] destination=[b] revision=b heads=[b, c]",
                "begin upgrade b, c -> d, merge",
                "applied upgrade=true stamp=false up=[d] down=[b, c] source=[b, c] destination=[d] revision=d "
                        + "heads=[d]",
                "begin downgrade d -> b, c, merge",
                "applied upgrade=false stamp=false up=[d] down=[b, c] source=[d] destination=[b, c] revision=d "
                        + "heads=[b, c]",
                "begin downgrade b -> a, make b",
                "applied upgrade=false stamp=false up=[b] down=[a] source=[b] destination=[a] revision=b heads=[c]",
                "begin downgrade c -> a, make c",
                "applied upgrade=false stamp=false up=[c] down=[a] source=[c] destination=[a] revision=c heads=[a]",
                "begin stamp_revision a -> d",
                "applied upgrade=true stamp=true up=[d] down=[a] source=[a] destination=[d] revision=none heads=[d]",
                "begin stamp_revision d -> ",
                "applied upgrade=false stamp=true up=[d] down=[] source=[d] destination=[] revision=none heads=[]");
        assertThat(offline.events).as("what the offline run told its listener").isEqualTo(online.events);
        assertThat(online.offline).hasSameSizeAs(online.events).containsOnly(false);
        assertThat(offline.offline).hasSameSizeAs(offline.events).containsOnly(true);
    }

    /** Each revision creates the table {@code t_<id>} and drops it on the way down. */
    private static Migration tables(Revision revision) {
        return SqlMigration.table("t_" + revision.id());
    }

    /** Writes down each step as it begins and what the listener is told once it is applied. */
    private static final class Recorder implements VersionApplyListener {

        final List<String> events = new ArrayList<>();
        final List<Boolean> offline = new ArrayList<>();

        @Override
        public void beforeVersionApply(RunContext context, MigrationStep step) {
            offline.add(context.offline());
            events.add("begin " + step.describe());
        }

        @Override
        public void onVersionApply(RunContext context, MigrationInfo info) {
            offline.add(context.offline());
            events.add("applied upgrade=" + info.isUpgrade() + " stamp=" + info.isStamp() + " up="
                    + info.upRevisionIds() + " down=" + info.downRevisionIds() + " source=" + info.sourceRevisionIds()
                    + " destination=" + info.destinationRevisionIds() + " revision="
                    + info.revision().map(Revision::id).orElse("none") + " heads="
                    + info.heads().stream().sorted().toList());
        }
    }
}
