package dev.migrate.autoconfigure.command.app;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** An application as a user writes it, started as a process by {@code MigrateCommandProcessTest}. */
@SpringBootApplication
public class CommandApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandApplication.class, args);
    }

    @Bean
    ApplicationRunner announce() {
        return args -> System.out.println("application runner ran");
    }
}
