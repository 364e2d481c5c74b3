package dev.migrate.ddl;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.migrate.MigrateException;
import dev.migrate.ddl.h2.H2Impl;
import dev.migrate.ddl.mssql.MssqlImpl;
import dev.migrate.ddl.mysql.MariaDbImpl;
import dev.migrate.ddl.mysql.MySqlImpl;
import dev.migrate.ddl.oracle.OracleImpl;
import dev.migrate.ddl.postgresql.PostgresqlImpl;
import dev.migrate.ddl.sqlite.SqliteImpl;

/**
 * The known dialects, and finding the one of a connection, a JDBC URL or a name. The lookups are plain loops: the
 * connection's runs on every start, before the JIT has compiled anything.
 */
public final class Dialects {

    private static final List<DdlImpl> ALL = List.of(new PostgresqlImpl(), new MySqlImpl(), new MariaDbImpl(),
            new H2Impl(), new SqliteImpl(), new MssqlImpl(), new OracleImpl());

    private Dialects() {
    }

    /** Every known dialect. */
    public static List<DdlImpl> all() {
        return ALL;
    }

    /** The dialect of the database {@code connection} is connected to, from its {@code DatabaseMetaData}. */
    public static DdlImpl detect(Connection connection) {
        String product;
        try {
            DatabaseMetaData metaData = connection.getMetaData();
            product = metaData.getDatabaseProductName();
        }
        catch (SQLException ex) {
            throw new MigrateException("Could not read the database product from the connection: " + ex.getMessage(),
                    ex);
        }
        for (DdlImpl dialect : ALL) {
            if (dialect.matchesProduct(product)) {
                return dialect;
            }
        }
        throw new MigrateException("No dialect for database '" + product + "'; supported are " + names());
    }

    /** The dialect of the database {@code url} names ({@code jdbc:postgresql:…}, {@code jdbc:mariadb:…}, …). */
    public static DdlImpl forUrl(String url) {
        for (DdlImpl dialect : ALL) {
            if (dialect.matchesUrl(url)) {
                return dialect;
            }
        }
        throw new MigrateException("No dialect for JDBC URL '" + url + "'; supported are " + names());
    }

    /** The dialect called {@code name}, in any case. */
    public static DdlImpl named(String name) {
        for (DdlImpl dialect : ALL) {
            if (dialect.name().equals(name.toLowerCase(Locale.ROOT))) {
                return dialect;
            }
        }
        throw new MigrateException("No dialect named '" + name + "'; known are " + names());
    }

    private static String names() {
        return ALL.stream().map(DdlImpl::name).collect(Collectors.joining(", "));
    }
}
