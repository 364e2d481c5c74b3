package dev.migrate.autoconfigure.command;

import java.io.PrintStream;
import java.util.List;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;

import dev.migrate.MigrateException;
import dev.migrate.autoconfigure.MigrateInitializer;
import dev.migrate.command.CommandLine;

/**
 * Runs a command line ({@code upgrade heads}, {@code history -v}, {@code downgrade -1}, …) with the engine's
 * {@link CommandLine} against the database Migrate migrates, with the settings of {@code spring.migrate.*} and the
 * application's customizers. Output goes to standard output; a failure prints {@code FAILED: <message>} on standard
 * error. Called by {@link MigrateCommandRunListener} when the application's arguments begin with {@code migrate}.
 */
public class MigrateCommandRunner {

    private final ObjectProvider<MigrateInitializer> initializers;

    /** A runner on the database of the application's single {@link MigrateInitializer}. */
    public MigrateCommandRunner(ObjectProvider<MigrateInitializer> initializers) {
        this.initializers = initializers;
    }

    /** Runs {@code args}, the command line after {@code migrate}, and returns its exit status. */
    public int run(List<String> args) {
        PrintStream err = System.err;
        MigrateInitializer initializer;
        try {
            initializer = initializers.getIfUnique();
        }
        catch (BeansException ex) {
            err.println("FAILED: " + reason(ex));
            return CommandLine.EXIT_FAILED;
        }
        if (initializer == null) {
            err.println("FAILED: The migrate command runs on one database, but the application defines several "
                    + "MigrateInitializer beans; mark the one to use @Primary");
            return CommandLine.EXIT_FAILED;
        }
        return new CommandLine(System.out, err).run(initializer.getConfig(), initializer.getEnvironment(),
                initializer.getDataSource(), args.toArray(String[]::new));
    }

    /** Migrate's own message when it caused the failure, else the innermost message. */
    private static String reason(Throwable failure) {
        Throwable innermost = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MigrateException) {
                return cause.getMessage();
            }
            innermost = cause;
        }
        return innermost.getMessage();
    }
}
