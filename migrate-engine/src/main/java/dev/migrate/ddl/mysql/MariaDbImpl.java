package dev.migrate.ddl.mysql;

import dev.migrate.ddl.DdlCompiler;
import dev.migrate.ddl.Inspector;

/** MariaDB: MySQL's dialect, with the words MariaDB reserves on top of MySQL's. */
public class MariaDbImpl extends MySqlImpl {

    public MariaDbImpl() {
        super("mariadb", "MariaDB", "jdbc:mariadb:", "current_role delete_domain_id do_domain_ids general "
                + "ignore_domain_ids ignore_server_ids master_heartbeat_period offset page_checksum parse_vcol_expr position ref_system_id returning "
                + "slow stats_auto_recalc stats_persistent stats_sample_pages");
    }

    @Override
    protected DdlCompiler newCompiler() {
        return new MySqlCompiler(this, true);
    }

    @Override
    public Inspector inspector() {
        return new MySqlInspector(this, true);
    }
}
