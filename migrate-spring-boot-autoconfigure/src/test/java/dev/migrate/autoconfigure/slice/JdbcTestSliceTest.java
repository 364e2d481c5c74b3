package dev.migrate.autoconfigure.slice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code @JdbcTest} (and every slice that initializes its DataSource) runs the revisions first. */
@JdbcTest
class JdbcTestSliceTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theTestDatabaseIsAtTheHead() {
        assertThat(jdbc.queryForList("SELECT version_num FROM migrate_version", String.class))
            .containsExactly("1b2c3d4e5f6a");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM invoice", Integer.class)).isZero();
    }
}
