package dev.migrate.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.javapoet.ClassName;

import db.migrate.V0a1b2c3d4e5f_CreateAccount;
import db.migrate.V1b2c3d4e5f6a_CreateInvoice;
import dev.migrate.autoconfigure.failing.Vabcdef012345_InsertIntoMissingTable;

/** What a native image of an application is told to keep, found by Spring's AOT processing of its context. */
class RevisionsAotProcessorTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class));

    @Test
    void keepsTheIndexAndTheMigrationClassesOfTheConfiguredLocations() {
        runner.withPropertyValues("spring.migrate.locations=db.migrate").prepare(context -> {
            RuntimeHints hints = processAheadOfTime(context.getSourceApplicationContext());
            assertThat(RuntimeHintsPredicates.resource().forResource("db/migrate/migrate-revisions.idx"))
                .accepts(hints);
            assertThat(RuntimeHintsPredicates.reflection().onType(V0a1b2c3d4e5f_CreateAccount.class)
                .withMemberCategory(MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS)).accepts(hints);
            assertThat(RuntimeHintsPredicates.reflection().onType(V1b2c3d4e5f6a_CreateInvoice.class)).accepts(hints);
            assertThat(RuntimeHintsPredicates.reflection().onType(Vabcdef012345_InsertIntoMissingTable.class))
                .as("another location's revision").rejects(hints);
        });
    }

    @Test
    void addsNothingWithoutMigrate() {
        runner.withPropertyValues("spring.migrate.enabled=false").prepare(context -> {
            RuntimeHints hints = processAheadOfTime(context.getSourceApplicationContext());
            assertThat(RuntimeHintsPredicates.reflection().onType(V0a1b2c3d4e5f_CreateAccount.class)).rejects(hints);
        });
    }

    private static RuntimeHints processAheadOfTime(ApplicationContext context) {
        DefaultGenerationContext generation = new DefaultGenerationContext(
                new ClassNameGenerator(ClassName.get("com.example", "App")),
                new InMemoryGeneratedFiles());
        new ApplicationContextAotGenerator().processAheadOfTime((GenericApplicationContext) context, generation);
        return generation.getRuntimeHints();
    }
}
