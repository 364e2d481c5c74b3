package dev.migrate.autoconfigure.command;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import dev.migrate.command.CommandLine;

/**
 * Turns an application started with {@code migrate <command> …} into a run of that command line. The application
 * then starts no web server, initialises its beans lazily (so schedulers, listeners and the like are not started),
 * skips the startup upgrade, lets neither Hibernate nor SQL init scripts create or validate the schema, and once the
 * context is refreshed runs the command with {@link MigrateCommandRunner}, closes the context and exits with the
 * command's status, before any {@code ApplicationRunner} runs. Its logging defaults to warnings and its banner is
 * off, so standard output holds the command's output.
 *
 * <p>Arguments of the form {@code --key.with.dots=value} are Spring Boot properties
 * ({@code --spring.profiles.active=prod}) and are not passed to the command line. Registered in
 * {@code META-INF/spring.factories}; ordered first so that the logging settings are in place before Boot reads them.
 */
public class MigrateCommandRunListener implements SpringApplicationRunListener, Ordered {

    /** The first argument that selects the command runner. */
    public static final String COMMAND = "migrate";

    /**
     * No web server, beans created only when used, no startup upgrade; and, since JPA's EntityManagerFactory is
     * created even so, neither Hibernate nor {@code schema.sql}/{@code data.sql} touch the schema the command moves.
     */
    private static final Map<String, Object> COMMAND_SETTINGS = Map.of(
            "spring.main.web-application-type", "none",
            "spring.main.lazy-initialization", "true",
            "spring.migrate.upgrade-on-startup", "false",
            "spring.jpa.hibernate.ddl-auto", "none",
            "spring.jpa.properties.hibernate.hbm2ddl.auto", "none",
            "spring.sql.init.mode", "never");

    private static final Map<String, Object> COMMAND_DEFAULTS = Map.of(
            "spring.main.banner-mode", "off",
            "spring.main.log-startup-info", "false",
            "logging.level.root", "warn");

    private final List<String> command;

    /** Created by Spring Boot for each run with the application's arguments. */
    public MigrateCommandRunListener(SpringApplication application, String[] args) {
        this.command = commandLine(args);
    }

    /**
     * The command line given after {@code migrate}, without Spring Boot property arguments; {@code null} when the
     * arguments do not begin with {@code migrate}.
     */
    static List<String> commandLine(String[] args) {
        if (args.length == 0 || !args[0].equals(COMMAND)) {
            return null;
        }
        return Arrays.stream(args).skip(1).filter(arg -> !isBootProperty(arg)).toList();
    }

    private static boolean isBootProperty(String arg) {
        int equals = arg.indexOf('=');
        return arg.startsWith("--") && equals > 0 && arg.substring(2, equals).contains(".");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext,
            ConfigurableEnvironment environment) {
        if (command == null) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("migrateCommand", COMMAND_SETTINGS));
        DefaultPropertiesPropertySource.addOrMerge(COMMAND_DEFAULTS, environment.getPropertySources());
    }

    @Override
    public void started(ConfigurableApplicationContext context, Duration timeTaken) {
        if (command == null) {
            return;
        }
        int status = run(context);
        System.exit(SpringApplication.exit(context, () -> status));
    }

    private int run(ConfigurableApplicationContext context) {
        MigrateCommandRunner runner = context.getBeanProvider(MigrateCommandRunner.class).getIfAvailable();
        if (runner == null) {
            System.err.println("FAILED: Migrate is not configured in this application, so 'migrate "
                    + String.join(" ", command) + "' cannot run: give it a database (spring.datasource.url or "
                    + "spring.migrate.url) and leave spring.migrate.enabled at true");
            return CommandLine.EXIT_FAILED;
        }
        return runner.run(command);
    }
}
