package dev.migrate.runtime;

import java.util.Collection;
import java.util.List;

import dev.migrate.script.MigrationStep;
import dev.migrate.script.RevisionMap;

/**
 * What one run does, decided once the migration lock is held and the version table read: the steps, and the
 * version-row changes of each. {@link #of} keeps the rows with {@link HeadMaintainer}.
 */
public interface MigrationPlan {

    /** The steps to run, in order. */
    List<MigrationStep> steps();

    /** The version-row changes of {@code step}; called once per step, in the order of {@link #steps()}. */
    List<VersionChange> rowChanges(MigrationStep step);

    /** {@code steps} from {@code currentHeads}, with the rows kept by a {@link HeadMaintainer} over {@code map}. */
    static MigrationPlan of(RevisionMap map, Collection<String> currentHeads, List<MigrationStep> steps) {
        HeadMaintainer heads = new HeadMaintainer(map, currentHeads);
        List<MigrationStep> planned = List.copyOf(steps);
        return new MigrationPlan() {
            @Override
            public List<MigrationStep> steps() {
                return planned;
            }

            @Override
            public List<VersionChange> rowChanges(MigrationStep step) {
                return heads.apply(step);
            }
        };
    }
}
