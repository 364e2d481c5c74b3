package dev.migrate.autoconfigure;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Reports {@link MigrateInitializer} beans to Boot, which then makes JPA, {@code JdbcTemplate}, {@code JdbcClient}
 * and other database users depend on them. Registered in {@code META-INF/spring.factories}.
 */
public class MigrateDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    /** Where Migrate sits in Boot's chain of initializers: before {@code schema.sql} and {@code data.sql}. */
    private static final int ORDER = 1;

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(MigrateInitializer.class);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
