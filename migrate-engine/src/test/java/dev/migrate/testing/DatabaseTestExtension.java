package dev.migrate.testing;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/** Runs a {@link DatabaseTest} once per database, creating its {@link TestDatabase} before and dropping it after. */
final class DatabaseTestExtension implements TestTemplateInvocationContextProvider {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
        .create(DatabaseTestExtension.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return AnnotationSupport.isAnnotated(context.getTestMethod(), DatabaseTest.class);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        DatabaseKind[] kinds = AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), DatabaseTest.class)
            .orElseThrow()
            .value();
        return Arrays.stream(kinds).map(Invocation::new);
    }

    /** One run on one database. */
    private record Invocation(DatabaseKind kind) implements TestTemplateInvocationContext {

        @Override
        public String getDisplayName(int invocationIndex) {
            return kind.id();
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new DatabaseProvider(kind));
        }
    }

    /** Creates the database before the test (skipping it when unavailable) and hands it to the test. */
    private record DatabaseProvider(DatabaseKind kind) implements BeforeEachCallback, ParameterResolver {

        @Override
        public void beforeEach(ExtensionContext context) {
            context.getStore(NAMESPACE).put(TestDatabase.class, TestDatabase.create(kind));
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getStore(NAMESPACE).get(TestDatabase.class, TestDatabase.class);
        }
    }
}
