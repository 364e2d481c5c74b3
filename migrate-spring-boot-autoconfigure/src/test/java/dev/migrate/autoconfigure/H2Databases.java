package dev.migrate.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Named in-memory H2 databases that outlive application contexts, so a test can look at a database after its context
 * closed; each is dropped after the test.
 */
public final class H2Databases implements AfterEachCallback {

    private final List<String> urls = new ArrayList<>();

    /** The URL of a new, empty database. */
    public String newUrl() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        urls.add(url);
        return url;
    }

    /** A DataSource on a new, empty database. */
    public DataSource newDataSource() {
        return dataSource(newUrl());
    }

    /** A DataSource on a new database whose version table holds {@code revision}, as another build left it. */
    public DataSource newDataSourceAt(String revision) {
        DataSource dataSource = newDataSource();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE migrate_version (version_num VARCHAR(255) NOT NULL PRIMARY KEY)");
        jdbc.update("INSERT INTO migrate_version (version_num) VALUES (?)", revision);
        return dataSource;
    }

    public static DataSource dataSource(String url) {
        return new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "");
    }

    /** Whether the database has a table of this (upper-case) name. */
    public static boolean hasTable(DataSource dataSource, String table) {
        return new JdbcTemplate(dataSource).queryForObject(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = ?", Integer.class, table) == 1;
    }

    /** The revisions recorded in a version table. */
    public static List<String> versions(DataSource dataSource, String versionTable) {
        return new JdbcTemplate(dataSource).queryForList("SELECT version_num FROM " + versionTable, String.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        urls.forEach(url -> new JdbcTemplate(dataSource(url)).execute("SHUTDOWN"));
        urls.clear();
    }
}
