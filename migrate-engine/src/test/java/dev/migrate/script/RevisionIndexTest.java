package dev.migrate.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.migrate.MigrateException;

class RevisionIndexTest {

    @Test
    void readsBackWhatItWrites() throws IOException {
        List<Revision> revisions = List.of(
                new Revision("b", List.of("a"), List.of("x,y", "tab\there"), Set.of("z", "back\\slash", "l,1"),
                        "line\r\nbreak, comma \\ backslash \\t not a tab", "db.migrate.B", "db.migrate"),
                new Revision("a", List.of(), List.of(), Set.of(), "", "db.migrate.A", "db.migrate"));
        StringWriter out = new StringWriter();

        RevisionIndex.write(revisions, out);

        assertThat(RevisionIndex.read(out.toString(), "db.migrate", "test"))
            .containsExactly(revisions.get(1), revisions.get(0));
        assertThat(out.toString()).contains("\ndb.migrate.B\tb\ta\tx\\,y,tab\\there\tback\\\\slash,l\\,1,z\t"
                + "line\\r\\nbreak\\, comma \\\\ backslash \\\\t not a tab\n");
    }

    @Test
    void readsEscapedAndPlainLinesInAnyOrderWithAnyLineEnding() {
        String text = "# written elsewhere\r\nmigrate-revision-index 1\r\n"
                + "db.migrate.A\ta\t\t\t\tplain\r\n"
                + "  \t \r\n"
                + "db.migrate.B\tb\ta\t\tl1,l2\tback\\\\slash\r"
                + "db.migrate.C\tc\tb\ta,b\t\tcomma\\, and tab\\t\n"
                + "db.migrate.D\td\tc\t\t\tplain again";

        assertThat(read(text)).containsExactly(
                new Revision("a", List.of(), List.of(), Set.of(), "plain", "db.migrate.A", "db.migrate"),
                new Revision("b", List.of("a"), List.of(), Set.of("l1", "l2"), "back\\slash", "db.migrate.B",
                        "db.migrate"),
                new Revision("c", List.of("b"), List.of("a", "b"), Set.of(), "comma, and tab\t", "db.migrate.C",
                        "db.migrate"),
                new Revision("d", List.of("c"), List.of(), Set.of(), "plain again", "db.migrate.D", "db.migrate"));
    }

    @Test
    void aHeaderAloneIsAnEmptyIndex() {
        assertThat(RevisionIndex.read("# comment\n\nmigrate-revision-index 1\n", "db.migrate", "test")).isEmpty();
    }

    @Test
    void rejectsAFileWithoutHeader() {
        assertThatThrownBy(() -> read("db.migrate.A\ta\t\t\t\t\n"))
            .isInstanceOf(MigrateException.class)
            .hasMessage("The revision index idx is not readable: it does not start with a 'migrate-revision-index' "
                    + "header; rebuild the project");
        assertThatThrownBy(() -> read(""))
            .hasMessage("The revision index idx is not readable: it has no 'migrate-revision-index' header; "
                    + "rebuild the project");
    }

    @Test
    void rejectsAnotherFormatVersion() {
        assertThatThrownBy(() -> read("migrate-revision-index 2\nanything\n"))
            .isInstanceOf(MigrateException.class)
            .hasMessage("The revision index idx has format version 2, but this version of Migrate reads version 1; "
                    + "rebuild the project with the Migrate version it runs with");
    }

    @Test
    void rejectsMalformedLines() {
        assertThatThrownBy(() -> read("migrate-revision-index 1\ndb.migrate.A\ta\t\t\n"))
            .hasMessage("The revision index idx is not readable: line 2 has 4 fields instead of 6; rebuild the "
                    + "project");
        assertThatThrownBy(() -> read("migrate-revision-index 1\n\ndb.migrate.A\ta\t\t\t\tbad \\q\n"))
            .hasMessage("The revision index idx is not readable: line 3 is invalid (unknown escape '\\q'); rebuild "
                    + "the project");
        assertThatThrownBy(() -> read("migrate-revision-index 1\ndb.migrate.A\tno-dashes\t\t\t\t\n"))
            .hasMessage("The revision index idx is not readable: line 2 is invalid (Character(s) '-' not allowed in "
                    + "revision identifier 'no-dashes'); rebuild the project");
    }

    @Test
    void namesTheIndexResourceOfALocation() {
        assertThat(RevisionIndex.resourceName("db.migrate")).isEqualTo("db/migrate/migrate-revisions.idx");
    }

    private static List<Revision> read(String text) {
        return RevisionIndex.read(text, "db.migrate", "idx");
    }
}
