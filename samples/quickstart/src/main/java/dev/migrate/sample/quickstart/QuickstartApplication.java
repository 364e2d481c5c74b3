package dev.migrate.sample.quickstart;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Starts on an embedded H2 database, which Migrate upgrades to the head before {@link Greetings} can query it, and
 * prints the greetings.
 */
@SpringBootApplication
public class QuickstartApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuickstartApplication.class, args);
    }

    @Bean
    ApplicationRunner printGreetings(Greetings greetings) {
        return args -> greetings.all().forEach(System.out::println);
    }
}
