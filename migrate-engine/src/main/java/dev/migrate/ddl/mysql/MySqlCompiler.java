package dev.migrate.ddl.mysql;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import dev.migrate.ddl.DdlCompiler;
import dev.migrate.ddl.DdlImpl;

/** MySQL's and MariaDB's SQL where it differs from the generic compiler's. */
class MySqlCompiler extends DdlCompiler {

    MySqlCompiler(DdlImpl dialect) {
        super(dialect);
    }

    /**
     * A backslash escapes in MySQL's string literals unless the session's {@code sql_mode} has
     * {@code NO_BACKSLASH_ESCAPES}, so a string holding one is written as its UTF-8 bytes, which read the same in
     * either mode.
     */
    @Override
    protected String stringLiteral(String value) {
        if (value.indexOf('\\') < 0) {
            return super.stringLiteral(value);
        }
        return "CONVERT(X'" + HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)) + "' USING utf8mb4)";
    }
}
