package dev.migrate.autoconfigure;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;

import dev.migrate.config.Config;
import dev.migrate.runtime.EnvironmentContext;

/**
 * The engine's {@link Config} and {@link EnvironmentContext} made from {@code spring.migrate.*}, then adjusted by the
 * application's {@link MigrateConfigurationCustomizer}s. What the commands print is discarded, since the engine logs
 * each step it runs; a customizer can set {@link Config.Builder#out} to see it.
 */
record EngineSettings(Config config, EnvironmentContext environment) {

    /**
     * Settings from {@code properties}, loading revisions with {@code classLoader}, customized in stream order.
     * {@code url}, the JDBC URL of the migrated database when it is known, tells offline commands the dialect
     * unless {@code spring.migrate.dialect} does; connections always come from the DataSource.
     */
    static EngineSettings from(MigrateProperties properties, String url, ClassLoader classLoader,
            Stream<MigrateConfigurationCustomizer> customizers) {
        Config.Builder config = Config.builder()
            .url(url)
            .dialect(properties.getDialect())
            .locations(properties.getLocations())
            .versionTable(properties.getVersionTable())
            .versionTableSchema(properties.getVersionTableSchema())
            .sourceDirectory(Path.of(properties.getSourceDirectory()))
            .truncateSlugLength(properties.getTruncateSlugLength())
            .classLoader(classLoader)
            .out(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
        EnvironmentContext.Builder environment = EnvironmentContext.builder()
            .versionTable(properties.getVersionTable())
            .versionTableSchema(properties.getVersionTableSchema())
            .transactionPerMigration(properties.isTransactionPerMigration())
            .lockEnabled(properties.getLock().isEnabled())
            .lockTimeout(properties.getLock().getTimeout());
        customizers.forEachOrdered(customizer -> customizer.customize(config, environment));
        return new EngineSettings(config.build(), environment.build());
    }
}
