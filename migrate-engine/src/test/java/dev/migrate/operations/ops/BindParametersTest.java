package dev.migrate.operations.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BindParametersTest {

    @Test
    void namedParametersBecomeQuestionMarksInOrder() {
        BindParameters binds = BindParameters.parse("UPDATE t SET a = :a, b = :b_2 WHERE id = :id AND c = :a");
        assertThat(binds.jdbcSql()).isEqualTo("UPDATE t SET a = ?, b = ? WHERE id = ? AND c = ?");
        assertThat(binds.names()).containsExactly("a", "b_2", "id", "a");
    }

    @Test
    void castsOfColumnsStayAndCastsOfParametersApplyToTheParameter() {
        BindParameters binds = BindParameters.parse("SELECT x::int, :value::bigint, :other::text[]");
        assertThat(binds.jdbcSql()).isEqualTo("SELECT x::int, ?::bigint, ?::text[]");
        assertThat(binds.names()).containsExactly("value", "other");
    }

    @Test
    void escapedColonsAndColonsInQuotesAreNotParameters() {
        BindParameters binds = BindParameters.parse("SELECT a[1\\:2], ':x', \":y\", `:z`, :p");
        assertThat(binds.jdbcSql()).isEqualTo("SELECT a[1:2], ':x', \":y\", `:z`, ?");
        assertThat(binds.names()).isEqualTo(List.of("p"));
    }

    @Test
    void aNameFollowedByASingleColonIsNotAParameter() {
        assertThat(BindParameters.parse("SELECT a[:lo:hi]").names()).isEmpty();
    }
}
