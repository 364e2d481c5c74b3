package dev.migrate.sample.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class QuickstartApplicationTest {

    @Autowired
    private Greetings greetings;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void theSchemaComesFromTheRevisions() {
        assertThat(greetings.all()).containsExactly("Hello from revision 8b61e0f4c2a9");
        assertThat(jdbc.sql("SELECT version_num FROM migrate_version").query(String.class).list())
            .containsExactly("8b61e0f4c2a9");
    }
}
