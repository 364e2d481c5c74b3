package dev.migrate.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CommandSpecTest {

    private final CommandSpec merge = spec("merge");
    private final CommandSpec revision = spec("revision");
    private final CommandSpec show = spec("show");

    @Test
    void optionsAndPositionalsMayComeInAnyOrder() {
        ParsedArguments parsed = merge.parse(List.of("-m", "join them", "ae10", "--rev-id=abc123", "27c6"));

        assertThat(parsed.values("revisions")).containsExactly("ae10", "27c6");
        assertThat(parsed.value("message")).isEqualTo("join them");
        assertThat(parsed.value("rev_id")).isEqualTo("abc123");
        assertThat(parsed.flag("splice")).isFalse();
    }

    @Test
    void repeatableOptionsKeepEveryValueInOrder() {
        ParsedArguments parsed = revision.parse(List.of("--depends-on", "a1b2", "--depends-on", "networking"));

        assertThat(parsed.values("depends_on")).containsExactly("a1b2", "networking");
    }

    @Test
    void negativeNumbersArePositionalsNotOptions() {
        assertThat(show.parse(List.of("-1")).value("rev")).isEqualTo("-1");
    }

    @Test
    void doubleDashEndsOptions() {
        assertThat(show.parse(List.of("--", "-weird")).value("rev")).isEqualTo("-weird");
    }

    @Test
    void missingRequiredPositionalIsAUsageError() {
        assertThatThrownBy(() -> show.parse(List.of()))
            .isInstanceOf(CommandSpec.UsageException.class)
            .hasMessage("the following arguments are required: rev");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThatThrownBy(() -> show.parse(List.of("head", "--nope")))
            .isInstanceOf(CommandSpec.UsageException.class)
            .hasMessage("unrecognized arguments: --nope");
    }

    @Test
    void extraPositionalIsAUsageError() {
        assertThatThrownBy(() -> show.parse(List.of("head", "base")))
            .isInstanceOf(CommandSpec.UsageException.class)
            .hasMessage("unrecognized arguments: base");
    }

    @Test
    void optionWithoutItsValueIsAUsageError() {
        assertThatThrownBy(() -> revision.parse(List.of("-m")))
            .isInstanceOf(CommandSpec.UsageException.class)
            .hasMessage("argument -m MESSAGE, --message MESSAGE: expected one argument");
    }

    @Test
    void singleValuedOptionGivenTwiceIsAUsageError() {
        assertThatThrownBy(() -> revision.parse(List.of("-m", "a", "-m", "b")))
            .isInstanceOf(CommandSpec.UsageException.class)
            .hasMessageContaining("may be given only once");
    }

    @Test
    void helpDescribesEveryOption() {
        String help = revision.help();

        assertThat(help).startsWith("usage: migrate revision [-h] [-m MESSAGE]");
        for (Option option : revision.options()) {
            assertThat(help).contains(option.signature()).contains(option.help());
        }
    }

    private static CommandSpec spec(String name) {
        return CommandLine.Catalog.COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
