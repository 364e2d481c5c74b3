package dev.migrate.ddl.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.DatabaseTest;
import dev.migrate.testing.TestDatabase;

class AdvisoryLockTest {

    /** The key the lock must use, so that every version of Migrate takes the same lock for the same name. */
    private static long sha256Key(String name) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest).getLong();
    }

    /** The advisory locks {@code connection}'s session holds, as the 64-bit keys they were taken with. */
    private static List<Long> heldKeys(Connection connection) throws SQLException {
        List<Long> keys = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT (classid::bigint << 32) | objid::bigint FROM pg_locks "
                        + "WHERE locktype = 'advisory' AND objsubid = 1 AND pid = pg_backend_pid()")) {
            while (rows.next()) {
                keys.add(rows.getLong(1));
            }
        }
        return keys;
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void theKeyIsTheStartOfTheSha256OfTheName(TestDatabase db) throws Exception {
        Connection connection = db.connect();
        AdvisoryLock lock = new AdvisoryLock();
        // keys of both signs, a name outside ASCII, and quotes and backslashes, which the statement must escape
        List<String> names = List.of("migrate:app.migrate_version", "migrate:public.migrate_version",
                "migrate:schéma.版本", "migrate:it's.a\\'; SELECT 1; --\\");

        for (String name : names) {
            assertThat(lock.tryAcquire(connection, name)).isTrue();
            assertThat(heldKeys(connection)).containsExactly(sha256Key(name));
            lock.release(connection, name);
            assertThat(heldKeys(connection)).isEmpty();
        }
    }
}
