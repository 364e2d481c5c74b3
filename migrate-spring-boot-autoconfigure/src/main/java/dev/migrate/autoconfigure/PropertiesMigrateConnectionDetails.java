package dev.migrate.autoconfigure;

/** {@link MigrateConnectionDetails} from {@code spring.migrate.url}, {@code user}, {@code password}. */
final class PropertiesMigrateConnectionDetails implements MigrateConnectionDetails {

    private final MigrateProperties properties;

    PropertiesMigrateConnectionDetails(MigrateProperties properties) {
        this.properties = properties;
    }

    @Override
    public String getUsername() {
        return properties.getUser();
    }

    @Override
    public String getPassword() {
        return properties.getPassword();
    }

    @Override
    public String getJdbcUrl() {
        return properties.getUrl();
    }

    @Override
    public String getDriverClassName() {
        String driverClassName = properties.getDriverClassName();
        return driverClassName != null ? driverClassName : MigrateConnectionDetails.super.getDriverClassName();
    }
}
