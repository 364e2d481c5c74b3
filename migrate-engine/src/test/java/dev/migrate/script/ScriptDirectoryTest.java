package dev.migrate.script;

import static dev.migrate.script.Javac.WITHOUT_PROCESSOR;
import static dev.migrate.script.Javac.WITH_PROCESSOR;
import static dev.migrate.script.Javac.revision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.MigrateException;
import dev.migrate.Migration;
import dev.migrate.config.Config;

class ScriptDirectoryTest {

    static final String FIRST = revision("V1975ea83b712_CreateAccount",
            "@Revision(id = \"1975ea83b712\", branchLabels = \"accounts\", message = \"create account\")");

    static final String SECOND = revision("Vae1027a6acf_AddEmail", """
            @Revision(id = "ae1027a6acf", down = "1975ea83b712", dependsOn = {"27c6a30d7c24", "reports"},
                    message = "add email")""");

    static final String OTHER = revision("db.other", "V27c6a30d7c24_Reports",
            "@Revision(id = \"27c6a30d7c24\", branchLabels = {\"reports\", \"analytics\"})", "");

    static final Revision FIRST_REVISION = new Revision("1975ea83b712", List.of(), List.of(), Set.of("accounts"),
            "create account", "db.migrate.V1975ea83b712_CreateAccount", "db.migrate");

    static final Revision SECOND_REVISION = new Revision("ae1027a6acf", List.of("1975ea83b712"),
            List.of("27c6a30d7c24", "reports"), Set.of(), "add email", "db.migrate.Vae1027a6acf_AddEmail",
            "db.migrate");

    static final Revision OTHER_REVISION = new Revision("27c6a30d7c24", List.of(), List.of(),
            Set.of("reports", "analytics"), "", "db.other.V27c6a30d7c24_Reports", "db.other");

    @TempDir
    Path work;

    Javac javac;

    List<URLClassLoader> loaders = new ArrayList<>();

    @BeforeEach
    void setUp() {
        javac = new Javac(work);
    }

    @AfterEach
    void closeLoaders() throws IOException {
        for (URLClassLoader loader : loaders) {
            loader.close();
        }
    }

    @Test
    void findsTheRevisionsOfTheIndexWithEveryAttribute() {
        Path out = compile("classes", WITH_PROCESSOR, SECOND, FIRST);

        try (StandardError err = StandardError.capture()) {
            ScriptDirectory scripts = ScriptDirectory.from(config(List.of("db.migrate"), out));

            assertThat(scripts.revisions()).containsExactly(FIRST_REVISION, SECOND_REVISION);
            assertThat(scripts.locations()).containsExactly("db.migrate");
            assertThat(err.text()).doesNotContain("WARN");
        }
    }

    @Test
    void findsTheRevisionsOfSeveralLocationsInConfiguredOrder() {
        Path out = compile("classes", WITH_PROCESSOR, FIRST, SECOND, OTHER);

        ScriptDirectory scripts = ScriptDirectory.from(config(List.of("db.other", "db.migrate", "db.other"), out));

        assertThat(scripts.locations()).containsExactly("db.other", "db.migrate");
        assertThat(scripts.revisions()).containsExactly(OTHER_REVISION, FIRST_REVISION, SECOND_REVISION);
    }

    @Test
    void combinesTheIndexesOfSeveralJarsContributingToOnePackage() throws IOException {
        Path one = Javac.jar(compile("one", WITH_PROCESSOR, FIRST), work.resolve("one.jar"));
        Path two = Javac.jar(compile("two", WITH_PROCESSOR, SECOND), work.resolve("two.jar"));

        ScriptDirectory scripts = ScriptDirectory.from(config(List.of("db.migrate"), one, two));

        assertThat(scripts.revisions()).containsExactly(FIRST_REVISION, SECOND_REVISION);
        assertThat(scripts.migration(SECOND_REVISION).getClass().getName())
            .isEqualTo("db.migrate.Vae1027a6acf_AddEmail");
    }

    @Test
    void readsClassFilesOfAFolderWithoutIndexAndWarns() {
        Path indexed = compile("indexed", WITH_PROCESSOR, FIRST, SECOND, OTHER);
        Path plain = compile("plain", WITHOUT_PROCESSOR, FIRST, SECOND, OTHER);

        List<Revision> fromIndex = ScriptDirectory.from(config(List.of("db.migrate", "db.other"), indexed))
            .revisions();
        try (StandardError err = StandardError.capture()) {
            List<Revision> fromClassFiles = ScriptDirectory.from(config(List.of("db.migrate", "db.other"), plain))
                .revisions();

            assertThat(fromClassFiles).isEqualTo(fromIndex).hasSize(3);
            assertThat(err.text()).contains("WARN", "Location db.migrate has no revision index in "
                    + Javac.url(plain.resolve("db/migrate")).toString().replaceFirst("/$", "")
                    + "; read 2 revision(s) from its class files instead",
                    "Location db.other has no revision index", RevisionIndexProcessor.class.getName());
        }
    }

    @Test
    void readsClassFilesOfAJarWithoutIndex() throws IOException {
        Path jar = Javac.jar(compile("plain", WITHOUT_PROCESSOR, FIRST, SECOND), work.resolve("plain.jar"));

        try (StandardError err = StandardError.capture()) {
            ScriptDirectory scripts = ScriptDirectory.from(config(List.of("db.migrate"), jar));

            assertThat(scripts.revisions()).containsExactly(FIRST_REVISION, SECOND_REVISION);
            assertThat(err.text()).contains("WARN", "Location db.migrate has no revision index in jar:");
        }
    }

    @Test
    void readsClassFilesOnlyWhereTheIndexIsMissing() throws IOException {
        Path jar = Javac.jar(compile("indexed", WITH_PROCESSOR, FIRST), work.resolve("indexed.jar"));
        Path plain = compile("plain", WITHOUT_PROCESSOR, SECOND);

        try (StandardError err = StandardError.capture()) {
            ScriptDirectory scripts = ScriptDirectory.from(config(List.of("db.migrate"), jar, plain));

            assertThat(scripts.revisions()).containsExactly(FIRST_REVISION, SECOND_REVISION);
            assertThat(err.text()).contains("read 1 revision(s) from its class files").doesNotContain("jar:");
        }
    }

    @Test
    void aLocationWithoutRevisionsGivesNoRevisionsAndNoWarning() {
        Path out = compile("classes", WITHOUT_PROCESSOR, "package db.migrate; public class Helper { }");

        try (StandardError err = StandardError.capture()) {
            ScriptDirectory scripts = ScriptDirectory.from(config(List.of("db.migrate", "db.missing"), out));

            assertThat(scripts.revisions()).isEmpty();
            assertThat(err.text()).doesNotContain("WARN");
        }
    }

    @Test
    void findsTheRevisionsTheBuildIndexed() {
        String location = "dev.migrate.script.fixture";
        Config config = Config.builder().locations(List.of(location)).classLoader(getClass().getClassLoader())
            .build();

        assertThat(getClass().getClassLoader().getResource(ScriptDirectory.indexResource(location))).isNotNull();
        assertThat(ScriptDirectory.from(config).revisions()).extracting(Revision::id, Revision::down)
            .containsExactly(tuple("1a2b3c4d5e6f", List.of()),
                    tuple("9f8e7d6c5b4a", List.of("1a2b3c4d5e6f")));
    }

    @Test
    void loadsOnlyTheClassOfTheRequestedRevision() throws IOException {
        Path out = compile("classes", WITH_PROCESSOR, FIRST,
                revision("db.migrate", "V2_Boom", "@Revision(id = \"2\", down = \"1975ea83b712\")",
                        "    static final int BOOM = Integer.parseInt(\"boom\");"));
        RecordingClassLoader loader = new RecordingClassLoader(out);
        Config config = Config.builder().locations(List.of("db.migrate")).classLoader(loader).build();

        ScriptDirectory scripts = ScriptDirectory.from(config);
        assertThat(scripts.revisions()).extracting(Revision::id).containsExactly("1975ea83b712", "2");
        assertThat(loader.loaded()).isEmpty();

        Migration migration = scripts.migration(scripts.revisions().get(0));

        assertThat(migration.getClass().getName()).isEqualTo("db.migrate.V1975ea83b712_CreateAccount");
        assertThat(loader.loaded()).containsExactly("db.migrate.V1975ea83b712_CreateAccount");
        assertThatThrownBy(() -> scripts.migration(scripts.revisions().get(1)))
            .isInstanceOf(MigrateException.class)
            .hasMessageStartingWith("Class db.migrate.V2_Boom of revision 2 failed to initialise: "
                    + "java.lang.NumberFormatException");
    }

    @Test
    void namesTheRevisionAndClassWhenTheClassIsGone() throws IOException {
        Path out = compile("classes", WITH_PROCESSOR, FIRST);
        Files.delete(out.resolve("db/migrate/V1975ea83b712_CreateAccount.class"));
        ScriptDirectory scripts = ScriptDirectory.from(config(List.of("db.migrate"), out));

        assertThatThrownBy(() -> scripts.migration(scripts.revisions().get(0)))
            .isInstanceOf(MigrateException.class)
            .hasMessage("Revision 1975ea83b712 is listed in the index of db.migrate but class "
                    + "db.migrate.V1975ea83b712_CreateAccount is not on the classpath; rebuild the project");
    }

    @Test
    void rejectsAClassThatDoesNotImplementMigration() {
        Path out = compile("classes", WITHOUT_PROCESSOR,
                "package db.migrate; @dev.migrate.Revision(id = \"1\") public class V1_Plain { }");
        ScriptDirectory scripts = ScriptDirectory.from(config(List.of("db.migrate"), out));

        assertThatThrownBy(() -> scripts.migration(scripts.revisions().get(0)))
            .isInstanceOf(MigrateException.class)
            .hasMessage("Class db.migrate.V1_Plain of revision 1 does not implement dev.migrate.Migration; "
                    + "implement it with upgrade and downgrade");
    }

    @Test
    void rejectsAClassWithoutPublicNoArgumentConstructor() {
        Path out = compile("classes", WITHOUT_PROCESSOR, revision("db.migrate", "V1_Argument",
                "@Revision(id = \"1\")", "    public V1_Argument(String name) { }"));
        ScriptDirectory scripts = ScriptDirectory.from(config(List.of("db.migrate"), out));

        assertThatThrownBy(() -> scripts.migration(scripts.revisions().get(0)))
            .isInstanceOf(MigrateException.class)
            .hasMessage("Class db.migrate.V1_Argument of revision 1 has no public constructor without parameters; "
                    + "add one");
    }

    @Test
    void rejectsAClassThatIsNotPublic() {
        Path out = compile("classes", WITHOUT_PROCESSOR,
                revision("V1_Hidden", "@Revision(id = \"1\")").replace("public class", "class"));
        ScriptDirectory scripts = ScriptDirectory.from(config(List.of("db.migrate"), out));

        assertThatThrownBy(() -> scripts.migration(scripts.revisions().get(0)))
            .isInstanceOf(MigrateException.class)
            .hasMessage("Class db.migrate.V1_Hidden of revision 1 is not public; make it public");
    }

    @Test
    void rejectsAnAbstractClass() {
        Path out = compile("classes", WITHOUT_PROCESSOR,
                revision("V1_Abstract", "@Revision(id = \"1\")").replace("public class", "public abstract class"));
        ScriptDirectory scripts = ScriptDirectory.from(config(List.of("db.migrate"), out));

        assertThatThrownBy(() -> scripts.migration(scripts.revisions().get(0)))
            .isInstanceOf(MigrateException.class)
            .hasMessage("Class db.migrate.V1_Abstract of revision 1 is abstract; make it a concrete class");
    }

    @Test
    void reportsAFailingConstructor() {
        Path out = compile("classes", WITHOUT_PROCESSOR, revision("db.migrate", "V1_Failing", "@Revision(id = \"1\")",
                "    public V1_Failing() { throw new IllegalStateException(\"no database\"); }"));
        ScriptDirectory scripts = ScriptDirectory.from(config(List.of("db.migrate"), out));

        assertThatThrownBy(() -> scripts.migration(scripts.revisions().get(0)))
            .isInstanceOf(MigrateException.class)
            .hasMessage("The constructor of db.migrate.V1_Failing (revision 1) failed: "
                    + "java.lang.IllegalStateException: no database");
    }

    @Test
    void detectsAStaleIndex() {
        Path out = compile("classes", WITH_PROCESSOR, FIRST, SECOND);
        javac.compile(out, WITHOUT_PROCESSOR, revision("Vae1027a6acf_AddEmail",
                "@Revision(id = \"ae1027a6acf\", down = \"0\", dependsOn = {\"27c6a30d7c24\", \"reports\"}, "
                        + "message = \"add email\")"));
        ScriptDirectory scripts = ScriptDirectory.from(config(List.of("db.migrate"), out));

        assertThatThrownBy(() -> scripts.migration(SECOND_REVISION))
            .isInstanceOf(MigrateException.class)
            .hasMessage("The index of db.migrate is stale: it lists revision ae1027a6acf (class "
                    + "db.migrate.Vae1027a6acf_AddEmail) with down = [1975ea83b712], but the class declares "
                    + "down = [0]; rebuild the project");
    }

    @Test
    void detectsAnIndexListingAClassWithoutRevision() {
        Path out = compile("classes", WITH_PROCESSOR, FIRST);
        javac.compile(out, WITHOUT_PROCESSOR, revision("V1975ea83b712_CreateAccount", ""));
        ScriptDirectory scripts = ScriptDirectory.from(config(List.of("db.migrate"), out));

        assertThatThrownBy(() -> scripts.migration(FIRST_REVISION))
            .isInstanceOf(MigrateException.class)
            .hasMessage("The index of db.migrate is stale: it lists class db.migrate.V1975ea83b712_CreateAccount "
                    + "as revision 1975ea83b712, but the class has no @Revision; rebuild the project");
    }

    @Test
    void rejectsAnUnreadableIndex() throws IOException {
        Path out = compile("classes", WITH_PROCESSOR, FIRST);
        Files.writeString(out.resolve("db/migrate/migrate-revisions.idx"), "migrate-revision-index 2\n");

        assertThatThrownBy(() -> ScriptDirectory.from(config(List.of("db.migrate"), out)))
            .isInstanceOf(MigrateException.class)
            .hasMessageEndingWith("/db/migrate/migrate-revisions.idx has format version 2, but this version of "
                    + "Migrate reads version 1; rebuild the project with the Migrate version it runs with");
    }

    @Test
    void buildsTheRevisionMapOfEveryLocation() {
        Path out = compile("classes", WITH_PROCESSOR, FIRST, SECOND, OTHER);
        ScriptDirectory scripts = ScriptDirectory.from(config(List.of("db.migrate", "db.other"), out));

        RevisionMap map = scripts.revisionMap();

        assertThat(map.heads()).extracting(Revision::id).containsExactlyInAnyOrder("ae1027a6acf", "27c6a30d7c24");
        assertThat(map.realHeads()).extracting(Revision::id).containsExactly("ae1027a6acf");
        assertThat(scripts.revisionMap()).isSameAs(map);
    }

    private Path compile(String folder, List<String> options, String... sources) {
        Path out = work.resolve(folder);
        Javac.Result result = javac.compile(out, options, sources);
        assertThat(result.errors()).isEmpty();
        return out;
    }

    private Config config(List<String> locations, Path... roots) {
        URLClassLoader loader = Javac.loader(roots);
        loaders.add(loader);
        return Config.builder().locations(locations).classLoader(loader).build();
    }

    /** A class loader over one folder that records which classes of {@code db.migrate} it was asked for. */
    static final class RecordingClassLoader extends URLClassLoader {

        private final List<String> loaded = Collections.synchronizedList(new ArrayList<>());

        RecordingClassLoader(Path root) {
            super(new URL[] { Javac.url(root) }, RecordingClassLoader.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("db.migrate.")) {
                loaded.add(name);
            }
            return super.loadClass(name, resolve);
        }

        List<String> loaded() {
            return List.copyOf(loaded);
        }
    }
}
