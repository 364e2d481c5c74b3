package dev.migrate.autoconfigure;

import java.time.Duration;

/**
 * Told about the startup run of a {@link MigrateInitializer}: as it starts, as each revision's migration ends, and as
 * it ends. Beans of this type are handed to the initializer the auto-configuration creates, in
 * {@link org.springframework.core.annotation.Order @Order}; Migrate's Micrometer metrics and observation are one.
 * Every method does nothing unless overridden.
 */
public interface MigrateRunListener {

    /** {@code initializer}'s startup action is about to run. */
    default void runStarting(MigrateInitializer initializer) {
    }

    /** One revision's migration ended, successfully or not. */
    default void revisionRun(MigrateInitializer initializer, RevisionRun run) {
    }

    /** The startup action ended; {@code failure} is {@code null} when it succeeded. */
    default void runFinished(MigrateInitializer initializer, Throwable failure) {
    }

    /**
     * One revision's migration as the startup action ran it.
     *
     * @param revision the revision's id
     * @param upgrade  whether it ran {@code upgrade} (or {@code downgrade})
     * @param time     how long the step took: the migration and its version-row changes
     * @param failure  why it failed, or {@code null} when it succeeded
     */
    record RevisionRun(String revision, boolean upgrade, Duration time, Throwable failure) {

        /** Whether the migration succeeded. */
        public boolean succeeded() {
            return failure == null;
        }
    }
}
