package dev.migrate.autoconfigure.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class MigrateCommandRunListenerTest {

    @Test
    void onlyArgumentsThatBeginWithMigrateAreACommand() {
        assertThat(MigrateCommandRunListener.commandLine(new String[0])).isNull();
        assertThat(MigrateCommandRunListener.commandLine(new String[] {"--server.port=0", "migrate", "current"}))
            .isNull();
        assertThat(MigrateCommandRunListener.commandLine(new String[] {"migrate"})).isEmpty();
        assertThat(MigrateCommandRunListener.commandLine(new String[] {"migrate", "history", "-r", "-2:", "-v"}))
            .containsExactly("history", "-r", "-2:", "-v");
    }

    @Test
    void bootPropertyArgumentsAreLeftToSpringBoot() {
        assertThat(MigrateCommandRunListener.commandLine(new String[] {"migrate", "upgrade", "--tag=v2", "heads",
                "--spring.profiles.active=prod", "--sql", "--logging.level.root=info"}))
            .containsExactly("upgrade", "--tag=v2", "heads", "--sql");
    }

    @Test
    void aCommandRunStartsNoWebServerInitialisesLazilyAndSkipsTheStartupUpgrade() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("commandLineArgs",
                Map.of("spring.main.web-application-type", "servlet", "spring.migrate.upgrade-on-startup", "true")));
        environment.getPropertySources().addLast(new MapPropertySource("applicationConfig",
                Map.of("logging.level.root", "debug")));

        listener("migrate", "current").environmentPrepared(null, environment);

        Binder binder = Binder.get(environment);
        assertThat(binder.bind("spring.main.web-application-type", WebApplicationType.class).get())
            .isEqualTo(WebApplicationType.NONE);
        assertThat(environment.getProperty("spring.main.lazy-initialization")).isEqualTo("true");
        assertThat(environment.getProperty("spring.migrate.upgrade-on-startup")).isEqualTo("false");
        assertThat(environment.getProperty("spring.main.banner-mode")).isEqualTo("off");
        assertThat(environment.getProperty("logging.level.root")).as("the application's own setting wins")
            .isEqualTo("debug");
    }

    @Test
    void anOrdinaryRunIsLeftAlone() {
        StandardEnvironment environment = new StandardEnvironment();
        int sources = environment.getPropertySources().size();

        listener("--server.port=0").environmentPrepared(null, environment);

        assertThat(environment.getPropertySources().size()).isEqualTo(sources);
    }

    private static MigrateCommandRunListener listener(String... args) {
        return new MigrateCommandRunListener(new SpringApplication(), args);
    }
}
