package dev.migrate.script;

import static dev.migrate.script.Javac.WITH_PROCESSOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.MigrateException;
import dev.migrate.Migration;
import dev.migrate.config.Config;

class RevisionWriterTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T09:26:53.589Z"), ZoneOffset.UTC);

    @TempDir
    Path work;

    Path sources;

    Config config;

    @BeforeEach
    void setUp() {
        sources = work.resolve("src/main/java");
        config = Config.builder().sourceDirectory(sources).locations(List.of("db.migrate", "db.other")).build();
    }

    @Test
    void writtenRevisionCompilesAndIsFoundWithEveryAttribute() throws IOException {
        String message = "add \"phone\" column */ @since C:\\temp \\u0041 caf\u00e9 & <b>\ttab";
        Revision revision = new Revision("1975ea83b712", List.of("ae1027a6acf", "27c6a30d7c24"),
                List.of("reports"), Set.of("contacts", "phones"), message, null, null);

        Path file = new RevisionWriter(config, CLOCK).write(revision, List.of(), List.of());

        assertThat(file).isEqualTo(
                sources.resolve("db/migrate/V1975ea83b712_AddPhoneColumnSinceCTempU0041Caf\u00e9BTab.java"));
        Path classes = work.resolve("classes");
        Javac.Result result = new Javac(work).compileTree(sources, classes, WITH_PROCESSOR);
        assertThat(result.errors()).isEmpty();
        try (URLClassLoader loader = Javac.loader(classes)) {
            ScriptDirectory scripts = ScriptDirectory.from(config.toBuilder().classLoader(loader).build());
            assertThat(scripts.revisions()).containsExactly(new Revision("1975ea83b712",
                    List.of("ae1027a6acf", "27c6a30d7c24"), List.of("reports"), Set.of("contacts", "phones"),
                    message, "db.migrate.V1975ea83b712_AddPhoneColumnSinceCTempU0041Caf\u00e9BTab", "db.migrate"));
            assertThat(scripts.migration(scripts.revisions().get(0))).isNotNull();
        }
    }

    @Test
    void writesTheHeaderAnnotationAndEmptyBodies() throws IOException {
        Revision revision = new Revision("1975ea83b712", List.of("ae1027a6acf"), List.of(), Set.of(),
                "create account table", null, null);

        String source = Files.readString(new RevisionWriter(config, CLOCK).write(revision, List.of(), List.of()));

        assertThat(source).isEqualTo("""
                package db.migrate;

                import dev.migrate.Migration;
                import dev.migrate.Revision;
                import dev.migrate.operations.Operations;

                /**
                 * create account table
                 *
                 * <p>Revision ID: 1975ea83b712<br>
                 * Revises: ae1027a6acf<br>
                 * Create Date: 2026-03-14T09:26:53.589
                 */
                @Revision(id = "1975ea83b712", down = "ae1027a6acf", message = "create account table")
                public class V1975ea83b712_CreateAccountTable implements Migration {

                    @Override
                    public void upgrade(Operations op) {
                        // nothing to do
                    }

                    @Override
                    public void downgrade(Operations op) {
                        // nothing to do
                    }
                }
                """);
    }

    @Test
    void aBaseRevisionWithoutMessageHasOnlyItsId() throws IOException {
        Revision revision = new Revision("27c6a30d7c24", List.of(), List.of(), Set.of(), "", null, "db.other");

        Path file = new RevisionWriter(config, CLOCK).write(revision, List.of(), List.of());

        assertThat(file).isEqualTo(sources.resolve("db/other/V27c6a30d7c24.java"));
        assertThat(Files.readString(file))
            .contains("package db.other;", " * <p>Revision ID: 27c6a30d7c24<br>\n * Revises: <br>\n",
                    "@Revision(id = \"27c6a30d7c24\")\npublic class V27c6a30d7c24 implements Migration {")
            .doesNotContain("create account");
    }

    @Test
    void statementsBecomeTheBodiesThatRun() throws IOException {
        Revision revision = Revision.of("ab12", List.of());
        String property = "migrate.test." + getClass().getSimpleName();

        new RevisionWriter(config, CLOCK).write(revision,
                List.of("System.setProperty(\"" + property + "\", \"up\");",
                        "if (op != null) {\n    throw new IllegalStateException();\n}"),
                List.of("System.clearProperty(\"" + property + "\");"));

        Path classes = work.resolve("classes");
        assertThat(new Javac(work).compileTree(sources, classes, WITH_PROCESSOR).errors()).isEmpty();
        try (URLClassLoader loader = Javac.loader(classes)) {
            ScriptDirectory scripts = ScriptDirectory.from(config.toBuilder().classLoader(loader).build());
            Migration migration = scripts.migration(scripts.revisions().get(0));
            migration.upgrade(null);
            assertThat(System.getProperty(property)).isEqualTo("up");
            migration.downgrade(null);
            assertThat(System.getProperty(property)).isNull();
        }
        finally {
            System.clearProperty(property);
        }
    }

    @Test
    void refusesToOverwriteAnExistingFile() throws IOException {
        RevisionWriter writer = new RevisionWriter(config, CLOCK);
        Revision revision = new Revision("1975ea83b712", List.of(), List.of(), Set.of(), "create", null, null);
        Path file = writer.write(revision, List.of(), List.of());
        Files.writeString(file, "edited by hand");

        assertThatThrownBy(() -> writer.write(revision, List.of("op = null;"), List.of()))
            .isInstanceOf(MigrateException.class)
            .hasMessage("Revision file " + file + " already exists; it is not overwritten. Choose another revision "
                    + "id or message, or delete the file");
        assertThat(file).hasContent("edited by hand");
    }

    @Test
    void slugIsTheCapitalisedWordsOfTheMessage() {
        assertThat(RevisionWriter.slug("create account table", 40)).isEqualTo("CreateAccountTable");
        assertThat(RevisionWriter.slug("add_phone column", 40)).isEqualTo("AddPhoneColumn");
        assertThat(RevisionWriter.slug("Add 'phone' (nullable), v2!", 40)).isEqualTo("AddPhoneNullableV2");
        assertThat(RevisionWriter.slug("keep HTTP headers", 40)).isEqualTo("KeepHTTPHeaders");
        assertThat(RevisionWriter.slug("cr\u00e9er la table \u00e9t\u00e9", 40))
            .isEqualTo("Cr\u00e9erLaTable\u00c9t\u00e9");
        assertThat(RevisionWriter.slug(" -- ", 40)).isEmpty();
    }

    @Test
    void slugIsCutAtAWordBoundary() {
        assertThat(RevisionWriter.slug("create account table", 18)).isEqualTo("CreateAccountTable");
        assertThat(RevisionWriter.slug("create account table", 17)).isEqualTo("CreateAccount");
        assertThat(RevisionWriter.slug("create account table", 13)).isEqualTo("CreateAccount");
        assertThat(RevisionWriter.slug("create account table", 12)).isEqualTo("Create");
        assertThat(RevisionWriter.slug("internationalisation of names", 5)).isEqualTo("Inter");
    }

    @Test
    void classNameIsVRevisionAndSlugWithIllegalCharactersReplaced() {
        assertThat(RevisionWriter.className("1975ea83b712", "create account", 40))
            .isEqualTo("V1975ea83b712_CreateAccount");
        assertThat(RevisionWriter.className("1975ea83b712", "", 40)).isEqualTo("V1975ea83b712");
        assertThat(RevisionWriter.className("release.2024 01", "first", 40)).isEqualTo("Vrelease_2024_01_First");
        assertThat(RevisionWriter.className("v\u0000x", "", 40)).isEqualTo("Vv_x");
    }

    @Test
    void revisionIdsAreTwelveHexCharactersAndDiffer() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            ids.add(RevisionWriter.newRevisionId());
        }

        assertThat(ids).hasSize(100).allMatch(id -> id.matches("[0-9a-f]{12}"));
    }
}
