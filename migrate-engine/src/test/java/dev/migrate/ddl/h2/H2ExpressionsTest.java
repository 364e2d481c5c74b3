package dev.migrate.ddl.h2;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class H2ExpressionsTest {

    @Test
    void unicodeEscapedStringsAndNamesAreSpelledPlainly() {
        assertThat(H2Expressions.plain("U&'\\20ac'")).isEqualTo("'€'");
        assertThat(H2Expressions.plain("U&\"\\20acuro\" * 2")).isEqualTo("\"€uro\" * 2");
        assertThat(H2Expressions.plain("U&'it''s \\00fc \\\\ \\+01F600'")).isEqualTo("'it''s ü \\ \uD83D\uDE00'");
        assertThat(H2Expressions.plain("U&\"a\"\"b\\00e9\" > U&'x'")).isEqualTo("\"a\"\"bé\" > 'x'");
    }

    @Test
    void expressionsWithoutUnicodeEscapesAreLeftAsTheyAre() {
        assertThat(H2Expressions.plain("'U&' || \"A\"")).isEqualTo("'U&' || \"A\"");
        assertThat(H2Expressions.plain("CURRENT_TIMESTAMP")).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(H2Expressions.plain(null)).isNull();
    }
}
