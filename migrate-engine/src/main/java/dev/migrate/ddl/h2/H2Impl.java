package dev.migrate.ddl.h2;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

import dev.migrate.ddl.DdlCompiler;
import dev.migrate.ddl.DdlImpl;
import dev.migrate.ddl.InProcessLock;
import dev.migrate.ddl.Inspector;
import dev.migrate.ddl.SessionLock;

/**
 * H2: upper-case folding, and DDL that commits the open transaction (so, like MySQL, not transactional: a
 * revision's DDL cannot be rolled back). H2 has no session lock of its own; the lock is kept in this JVM
 * ({@link InProcessLock}), which is where an embedded H2 database lives — H2 itself keeps a second process out of
 * its files.
 */
public class H2Impl extends DdlImpl {

    private static final String RESERVED = """
            all and any array as asymmetric authorization between both case cast check constraint cross
            current_catalog current_date current_path current_role current_schema current_time current_timestamp
            current_user day default distinct else end except exists false fetch for foreign from full group groups
            having hour if ilike in inner intersect interval is join key leading left like limit localtime
            localtimestamp minus minute month natural not null offset on or order over partition primary qualify range
            regexp right row rownum rows second select session_user set some symmetric system_user table to top
            trailing true uescape union unique unknown user using value values when where window with year _rowid_
            """;

    /** Table or view not found: plain, in an empty database, with candidates. */
    private static final Set<String> MISSING_TABLE_STATES = Set.of("42S02", "42S03", "42S04");

    private static final SessionLock LOCK = new InProcessLock();

    public H2Impl() {
        super("h2", "H2", "jdbc:h2:", false, RESERVED);
    }

    @Override
    protected boolean foldsToUpperCase() {
        return true;
    }

    @Override
    public boolean isMissingTable(SQLException ex) {
        return MISSING_TABLE_STATES.contains(ex.getSQLState());
    }

    @Override
    protected DdlCompiler newCompiler() {
        return new H2Compiler(this);
    }

    @Override
    public Inspector inspector() {
        return new H2Inspector(this);
    }

    @Override
    public Optional<SessionLock> sessionLock() {
        return Optional.of(LOCK);
    }
}
