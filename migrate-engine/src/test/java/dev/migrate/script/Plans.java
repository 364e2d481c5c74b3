package dev.migrate.script;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import dev.migrate.runtime.HeadMaintainer;

/** Runs plans through a {@link HeadMaintainer}, the way a migration run keeps the version table. */
public final class Plans {

    private Plans() {
    }

    /** The heads after running {@code steps} from {@code heads}. */
    public static Set<String> headsAfter(RevisionMap map, Collection<String> heads, List<MigrationStep> steps) {
        HeadMaintainer maintainer = new HeadMaintainer(map, heads);
        for (MigrationStep step : steps) {
            maintainer.apply(step);
        }
        return maintainer.heads();
    }

    public static Set<String> upgrade(RevisionMap map, Collection<String> heads, String destination) {
        return headsAfter(map, heads, map.upgradePlan(heads, destination));
    }

    public static Set<String> downgrade(RevisionMap map, Collection<String> heads, String destination) {
        return headsAfter(map, heads, map.downgradePlan(heads, destination));
    }

    public static Set<String> stamp(RevisionMap map, Collection<String> heads, String... destinations) {
        return headsAfter(map, heads, map.stampPlan(heads, List.of(destinations)));
    }
}
