package dev.migrate.runtime;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.migrate.script.MigrationStep;
import dev.migrate.script.Revision;

/**
 * What one applied step did (Alembic's {@code MigrationInfo}), handed to {@link VersionApplyListener}s.
 *
 * @param step  the step
 * @param heads the version table's heads after the step
 */
public record MigrationInfo(MigrationStep step, Set<String> heads) {

    public MigrationInfo {
        heads = Set.copyOf(heads);
    }

    public boolean isUpgrade() {
        return step.upgrade();
    }

    /** Whether the step only moved version rows. */
    public boolean isStamp() {
        return step instanceof MigrationStep.StampStep;
    }

    /** Whether the step ran a migration. */
    public boolean isMigration() {
        return !isStamp();
    }

    /** The newer side of the step: its target when upgrading, its start when downgrading. */
    public List<String> upRevisionIds() {
        return step.upgrade() ? step.to() : step.from();
    }

    /** The older side of the step: its start when upgrading, its target when downgrading. */
    public List<String> downRevisionIds() {
        return step.upgrade() ? step.from() : step.to();
    }

    /** The revisions the database was at before the step. */
    public List<String> sourceRevisionIds() {
        return step.from();
    }

    /** The revisions the database is at after the step. */
    public List<String> destinationRevisionIds() {
        return step.to();
    }

    /** The revision whose migration ran; empty for a stamp. */
    public Optional<Revision> revision() {
        return step instanceof MigrationStep.RevisionStep revisionStep
                ? Optional.of(revisionStep.revision())
                : Optional.empty();
    }
}
