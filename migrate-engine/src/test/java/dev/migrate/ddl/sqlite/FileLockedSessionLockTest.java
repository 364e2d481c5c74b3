package dev.migrate.ddl.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class FileLockedSessionLockTest {

    @Test
    void findsTheDatabaseFileOfAUrl() {
        assertThat(FileLockedSessionLock.databaseFile("jdbc:sqlite:/data/app.db")).contains(Path.of("/data/app.db"));
        assertThat(FileLockedSessionLock.databaseFile("jdbc:sqlite:file:/data/app.db?cache=shared"))
            .contains(Path.of("/data/app.db"));
        assertThat(FileLockedSessionLock.databaseFile("jdbc:sqlite:app.db"))
            .contains(Path.of("app.db").toAbsolutePath());
    }

    @Test
    void inMemoryDatabasesHaveNoFile() {
        assertThat(FileLockedSessionLock.databaseFile("jdbc:sqlite::memory:")).isEmpty();
        assertThat(FileLockedSessionLock.databaseFile("jdbc:sqlite:")).isEmpty();
        assertThat(FileLockedSessionLock.databaseFile("jdbc:sqlite:file:mem1?mode=memory&cache=shared")).isEmpty();
    }
}
