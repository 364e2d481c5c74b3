package dev.migrate.sample.quickstart;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the greetings the revisions created. */
@Repository
public class Greetings {

    private final JdbcClient jdbc;

    public Greetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every greeting, in id order. */
    public List<String> all() {
        return jdbc.sql("SELECT text FROM greeting ORDER BY id").query(String.class).list();
    }
}
