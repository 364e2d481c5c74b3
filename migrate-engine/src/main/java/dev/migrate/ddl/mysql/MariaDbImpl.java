package dev.migrate.ddl.mysql;

/** MariaDB: MySQL's dialect, with the words MariaDB reserves on top of MySQL's. */
public class MariaDbImpl extends MySqlImpl {

    public MariaDbImpl() {
        super("current_role delete_domain_id do_domain_ids general ignore_domain_ids ignore_server_ids "
                + "master_heartbeat_period offset page_checksum parse_vcol_expr position ref_system_id returning "
                + "slow stats_auto_recalc stats_persistent stats_sample_pages");
    }

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    protected boolean matchesProduct(String productName) {
        return "MariaDB".equalsIgnoreCase(productName);
    }

    @Override
    protected boolean matchesUrl(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:mariadb:");
    }
}
