package dev.migrate.ddl.oracle;

import java.sql.SQLException;
import java.util.Optional;

import dev.migrate.ddl.DdlCompiler;
import dev.migrate.ddl.DdlImpl;

/**
 * Oracle: DDL commits implicitly, upper-case folding, {@code VARCHAR2}, and offline statements without {@code ;}
 * followed by a {@code /} line.
 */
public class OracleImpl extends DdlImpl {

    private static final String RESERVED = """
            access add all alter and any as asc audit between by char check cluster column column_value comment
            compress connect create current date decimal default delete desc distinct drop else exclusive exists file
            float for from grant group having identified immediate in increment index initial insert integer intersect
            into is level like lock long maxextents minus mlslabel mode modify nested_table_id noaudit nocompress not
            nowait null number of offline on online option or order pctfree prior public raw rename resource revoke
            row rowid rownum rows select session set share size smallint start successful synonym sysdate table then
            to trigger uid union unique update user validate values varchar varchar2 view whenever where with
            """;

    public OracleImpl() {
        super("oracle", "Oracle", "jdbc:oracle:", false, RESERVED);
    }

    @Override
    protected DdlCompiler newCompiler() {
        return new OracleCompiler(this);
    }

    @Override
    protected boolean foldsToUpperCase() {
        return true;
    }

    @Override
    public String statementTerminator() {
        return "";
    }

    @Override
    public Optional<String> batchSeparator() {
        return Optional.of("/");
    }

    @Override
    public String beginTransactionSql() {
        return "SET TRANSACTION READ WRITE";
    }

    @Override
    protected String versionColumnType(int length) {
        return "VARCHAR2(" + length + " CHAR)";
    }

    /** ORA-00942: table or view does not exist. */
    @Override
    public boolean isMissingTable(SQLException ex) {
        return ex.getErrorCode() == 942;
    }
}
