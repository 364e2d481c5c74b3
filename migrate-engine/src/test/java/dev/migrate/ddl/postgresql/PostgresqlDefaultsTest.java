package dev.migrate.ddl.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostgresqlDefaultsTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
        "'abc'::character varying => 'abc'",
        "'it''s'::text => 'it''s'",
        "'-1'::integer => -1",
        "'2.50'::numeric => 2.50",
        "'{}'::integer[] => '{}'",
        "'2020-01-01 00:00:00'::timestamp without time zone => '2020-01-01 00:00:00'",
        "nextval('\"Odd\"''s_seq'::regclass) => nextval('\"Odd\"''s_seq')",
        "now() => now()",
        "(('a'::text || 'b'::text)) => (('a' || 'b'))"})
    void takesTheCastsOffLiterals(String raw, String normalized) {
        assertThat(PostgresqlDefaults.normalize(raw)).isEqualTo(normalized);
    }
}
