package dev.migrate.ddl;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
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
 * The known dialects, and finding the one of a connection, a JDBC URL or a name. The lookups are plain loops that
 * create each dialect only when they reach it: finding the connection's runs on every start, before the JIT has
 * compiled anything, and should not load every dialect to find the first.
 */
public final class Dialects {

    /** How many dialects {@link #create} knows. */
    private static final int COUNT = 7;

    /** Each dialect once created, by its number in {@link #create}. */
    private static final DdlImpl[] CREATED = new DdlImpl[COUNT];

    private Dialects() {
    }

    /** Every known dialect. */
    public static List<DdlImpl> all() {
        List<DdlImpl> all = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            all.add(dialect(i));
        }
        return List.copyOf(all);
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
        for (int i = 0; i < COUNT; i++) {
            if (dialect(i).matchesProduct(product)) {
                return dialect(i);
            }
        }
        throw new MigrateException("No dialect for database '" + product + "'; supported are " + names());
    }

    /** The dialect of the database {@code url} names ({@code jdbc:postgresql:…}, {@code jdbc:mariadb:…}, …). */
    public static DdlImpl forUrl(String url) {
        for (int i = 0; i < COUNT; i++) {
            if (dialect(i).matchesUrl(url)) {
                return dialect(i);
            }
        }
        throw new MigrateException("No dialect for JDBC URL '" + url + "'; supported are " + names());
    }

    /** The dialect called {@code name}, in any case. */
    public static DdlImpl named(String name) {
        for (int i = 0; i < COUNT; i++) {
            if (dialect(i).name().equals(name.toLowerCase(Locale.ROOT))) {
                return dialect(i);
            }
        }
        throw new MigrateException("No dialect named '" + name + "'; known are " + names());
    }

    private static synchronized DdlImpl dialect(int number) {
        DdlImpl dialect = CREATED[number];
        if (dialect == null) {
            dialect = create(number);
            CREATED[number] = dialect;
        }
        return dialect;
    }

    /** Dialect {@code number}, in the order the lookups try them: the databases applications use most first. */
    private static DdlImpl create(int number) {
        return switch (number) {
            case 0 -> new PostgresqlImpl();
            case 1 -> new MySqlImpl();
            case 2 -> new MariaDbImpl();
            case 3 -> new H2Impl();
            case 4 -> new SqliteImpl();
            case 5 -> new MssqlImpl();
            case 6 -> new OracleImpl();
            default -> throw new IllegalArgumentException("No dialect number " + number);
        };
    }

    private static String names() {
        return all().stream().map(DdlImpl::name).collect(Collectors.joining(", "));
    }
}
