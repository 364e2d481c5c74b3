package dev.migrate.autoconfigure;

import java.util.List;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.TypeReference;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import dev.migrate.config.Config;
import dev.migrate.script.Revision;
import dev.migrate.script.ScriptDirectory;

/**
 * Runtime hints for a native image, worked out at build time: the revision index of each location in
 * {@code spring.migrate.locations}, and each revision's migration class, which is created reflectively when its
 * revision runs. Locations set only by a {@link MigrateConfigurationCustomizer} are not seen. Registered in
 * {@code META-INF/spring/aot.factories}.
 */
class RevisionsAotProcessor implements BeanFactoryInitializationAotProcessor {

    @Override
    public BeanFactoryInitializationAotContribution processAheadOfTime(ConfigurableListableBeanFactory beanFactory) {
        if (beanFactory.getBeanNamesForType(MigrateInitializer.class, true, false).length == 0) {
            return null;
        }
        List<String> locations = Binder.get(beanFactory.getBean(Environment.class))
            .bind("spring.migrate.locations", Bindable.listOf(String.class))
            .orElse(List.of(Config.DEFAULT_LOCATION));
        ClassLoader classLoader = beanFactory.getBeanClassLoader();
        ScriptDirectory scripts = ScriptDirectory.from(Config.builder()
            .locations(locations)
            .classLoader(classLoader != null ? classLoader : getClass().getClassLoader())
            .build());
        return (generationContext, code) -> register(scripts, generationContext.getRuntimeHints());
    }

    private static void register(ScriptDirectory scripts, RuntimeHints hints) {
        scripts.locations().forEach(location -> hints.resources().registerPattern(
                ScriptDirectory.indexResource(location)));
        scripts.revisions().stream()
            .map(Revision::className)
            .filter(className -> className != null)
            .forEach(className -> hints.reflection().registerType(TypeReference.of(className),
                    MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS));
    }
}
