package dev.migrate.benchmarks.postgresql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/**
 * Plain JDBC, the floor: the benchmark's statements on one connection with one commit per statement, and, as the
 * nothing-pending baseline, a new JVM that connects and reads the one row of Migrate's version table.
 */
final class PlainJdbc implements Contender {

    private static final String STATEMENTS = "db/plain/statements.sql";

    @Override
    public String name() {
        return "plain JDBC";
    }

    @Override
    public String schema() {
        return "bench_jdbc";
    }

    @Override
    public int migrate(Target target) throws Exception {
        List<String> statements = statements();
        try (Connection connection = target.connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                    connection.commit();
                }
            }
        }
        return statements.size();
    }

    /** The benchmark's statements, one a line, as the build wrote them. */
    static List<String> statements() {
        try (InputStream in = PlainJdbc.class.getClassLoader().getResourceAsStream(STATEMENTS)) {
            if (in == null) {
                throw new IllegalStateException(STATEMENTS + " is not on the class path; build the benchmarks module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(s -> !s.isBlank()).toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public Class<?> nothingPendingMain() {
        return PlainJdbc.class;
    }

    /** Connects to the target on the command line (Migrate's schema) and reads the one row of its version table. */
    public static void main(String[] args) throws Exception {
        Target target = Target.fromArguments(args);
        try (Connection connection = target.connect(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT version_num FROM migrate_version")) {
            if (!row.next()) {
                throw new IllegalStateException("The version table of " + target.url() + " is empty");
            }
            System.out.println(row.getString(1));
        }
    }
}
