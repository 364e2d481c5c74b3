package dev.migrate.ddl.postgresql;

import java.sql.SQLException;
import java.util.Optional;

import dev.migrate.ddl.DdlCompiler;
import dev.migrate.ddl.DdlImpl;
import dev.migrate.ddl.Inspector;
import dev.migrate.ddl.SessionLock;

/** PostgreSQL: transactional DDL, lower-case folding, advisory locks. */
public class PostgresqlImpl extends DdlImpl {

    private static final String RESERVED = """
            all analyse analyze and any array as asc asymmetric authorization between binary both case cast check
            collate collation column concurrently constraint create cross current_catalog current_date current_role
            current_schema current_time current_timestamp current_user default deferrable desc distinct do else end
            except false fetch for foreign freeze from full grant group having ilike in initially inner intersect into
            is isnull join lateral leading left like limit localtime localtimestamp natural not notnull null offset on
            only or order outer overlaps placing primary references returning right select session_user similar some
            symmetric system_user table tablesample then to trailing true union unique user using variadic verbose
            when where window with
            """;

    public PostgresqlImpl() {
        super("postgresql", "PostgreSQL", "jdbc:postgresql:", true, RESERVED);
    }

    @Override
    public boolean isMissingTable(SQLException ex) {
        return "42P01".equals(ex.getSQLState());
    }

    @Override
    protected DdlCompiler newCompiler() {
        return new PostgresqlCompiler(this);
    }

    @Override
    public Inspector inspector() {
        return new PostgresqlInspector(this);
    }

    @Override
    public Optional<SessionLock> sessionLock() {
        return Optional.of(new AdvisoryLock());
    }
}
