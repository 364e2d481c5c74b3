package dev.migrate.sample.quickstart;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small pet clinic whose schema comes from Migrate revisions (package {@code db.migrate}). On startup Migrate
 * upgrades the database to the head before JPA starts; Hibernate then validates the entities against the migrated
 * schema. Runs on embedded H2 by default, on PostgreSQL or MariaDB with the profile of that name.
 */
@SpringBootApplication
public class QuickstartApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuickstartApplication.class, args);
    }
}
