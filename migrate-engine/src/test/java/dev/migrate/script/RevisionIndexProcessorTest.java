package dev.migrate.script;

import static dev.migrate.script.Javac.WITHOUT_PROCESSOR;
import static dev.migrate.script.Javac.WITH_PROCESSOR;
import static dev.migrate.script.Javac.revision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;

import javax.annotation.processing.Processor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RevisionIndexProcessorTest {

    @TempDir
    Path work;

    Javac javac;

    Path out;

    @BeforeEach
    void setUp() {
        javac = new Javac(work);
        out = work.resolve("classes");
    }

    @Test
    void writesOneIndexPerPackageWithEveryAttribute() throws IOException {
        Javac.Result result = javac.compile(out, WITH_PROCESSOR,
                revision("V2_Second", """
                        @Revision(id = "2", down = {"1", "1b"}, dependsOn = "other@head", branchLabels = {"b", "a"},
                                message = "tab\\there, comma, back\\\\slash\\nnew line \\"quoted\\" caf\u00e9")"""),
                revision("V1_First", "@Revision(id = \"1\")"),
                revision("db.other", "Outer", "", """
                        @Revision(id = "o1", message = "nested")
                        public static class Nested implements Migration {
                            public void upgrade(Operations op) {
                            }

                            public void downgrade(Operations op) {
                            }
                        }
                        """));

        assertThat(result.errors()).isEmpty();
        assertThat(index("db/migrate")).containsExactly(
                new Revision("1", List.of(), List.of(), Set.of(), "", "db.migrate.V1_First", "db.migrate"),
                new Revision("2", List.of("1", "1b"), List.of("other@head"), Set.of("a", "b"),
                        "tab\there, comma, back\\slash\nnew line \"quoted\" caf\u00e9", "db.migrate.V2_Second",
                        "db.migrate"));
        assertThat(index("db/other")).containsExactly(
                new Revision("o1", List.of(), List.of(), Set.of(), "nested", "db.other.Outer$Nested", "db.other"));
        assertThat(Files.readAllLines(out.resolve("db/migrate/migrate-revisions.idx")))
            .filteredOn(line -> !line.startsWith("#"))
            .containsExactly("migrate-revision-index 1",
                    "db.migrate.V1_First\t1\t\t\t\t",
                    "db.migrate.V2_Second\t2\t1,1b\tother@head\ta,b\t"
                            + "tab\\there\\, comma\\, back\\\\slash\\nnew line \"quoted\" caf\u00e9");
    }

    @Test
    void writesNoIndexForPackagesWithoutRevisions() {
        Javac.Result result = javac.compile(out, WITH_PROCESSOR, revision("V1_First", "@Revision(id = \"1\")"),
                "package db.plain; public class Plain { }");

        assertThat(result.errors()).isEmpty();
        assertThat(out.resolve("db/plain/Plain.class")).exists();
        assertThat(out.resolve("db/plain/migrate-revisions.idx")).doesNotExist();
    }

    static Stream<Arguments> invalidRevisions() {
        return Stream.of(
                Arguments.of("""
                        package db.migrate;

                        @dev.migrate.Revision(id = "1")
                        public class NoMigration {
                        }
                        """, "NoMigration.java:4: @Revision class db.migrate.NoMigration must implement "
                        + "dev.migrate.Migration"),
                Arguments.of(revision("V1_Hidden", "@Revision(id = \"1\")").replace("public class", "class"),
                        "V1_Hidden.java:8: @Revision class db.migrate.V1_Hidden must be public"),
                Arguments.of(revision("V1_Abstract", "@Revision(id = \"1\")").replace("public class",
                        "public abstract class"),
                        "V1_Abstract.java:8: @Revision class db.migrate.V1_Abstract must not be abstract"),
                Arguments.of(revision("db.migrate", "V1_WithArgument", "@Revision(id = \"1\")",
                        "    public V1_WithArgument(String name) { }"),
                        "V1_WithArgument.java:8: @Revision class db.migrate.V1_WithArgument must have a public "
                                + "constructor without parameters"),
                Arguments.of(revision("db.migrate", "V1_PrivateConstructor", "@Revision(id = \"1\")",
                        "    private V1_PrivateConstructor() { }"),
                        "V1_PrivateConstructor.java:8: @Revision class db.migrate.V1_PrivateConstructor must have "
                                + "a public constructor without parameters"),
                Arguments.of(revision("V1_Dashes", "@Revision(id = \"no-dashes\")"),
                        "V1_Dashes.java:7: Character(s) '-' not allowed in revision identifier 'no-dashes'"),
                Arguments.of(revision("V1_Symbols", "@Revision(id = \"a@b+c:d-e\")"),
                        "V1_Symbols.java:7: Character(s) '+, -, :, @' not allowed in revision identifier "
                                + "'a@b+c:d-e'"),
                Arguments.of(revision("V1_EmptyId", "@Revision(id = \"\")"),
                        "V1_EmptyId.java:7: @Revision class db.migrate.V1_EmptyId has an empty id"),
                Arguments.of(revision("V1_EmptyParent", "@Revision(id = \"1\", down = {\"0\", \"\"})"),
                        "V1_EmptyParent.java:8: @Revision class db.migrate.V1_EmptyParent has an empty entry in down"),
                Arguments.of(revision("db.migrate", "Outer", "", """
                        @Revision(id = "1")
                        public class Inner implements Migration {
                            public void upgrade(Operations op) {
                            }

                            public void downgrade(Operations op) {
                            }
                        }
                        """), "Outer.java:10: @Revision class db.migrate.Outer.Inner must be static: an inner class "
                        + "cannot be created without an instance of db.migrate.Outer"),
                Arguments.of("""
                        package db.migrate;

                        @dev.migrate.Revision(id = "1")
                        public interface Contract extends dev.migrate.Migration {
                        }
                        """, "Contract.java:4: @Revision can only be placed on a class, not on interface "
                        + "db.migrate.Contract"));
    }

    @ParameterizedTest
    @MethodSource("invalidRevisions")
    void rejectsInvalidRevisionClassAtTheElement(String source, String error) {
        Javac.Result result = javac.compile(out, WITH_PROCESSOR, source);

        assertThat(result.success()).isFalse();
        assertThat(result.errors()).containsExactly(error);
    }

    @Test
    void leavesAnAttributeValueThatDoesNotCompileToJavac() {
        Javac.Result result = javac.compile(out, WITH_PROCESSOR, revision("V1_Missing", "@Revision(id = MISSING)"));

        assertThat(result.errors()).singleElement().asString().startsWith("V1_Missing.java:7: cannot find symbol");
    }

    @Test
    void rejectsAnIdDeclaredTwiceInOneCompilation() {
        Javac.Result result = javac.compile(out, WITH_PROCESSOR,
                revision("V1_First", "@Revision(id = \"1\")"),
                revision("db.other", "V1_Again", "@Revision(id = \"1\")", ""));

        assertThat(result.errors()).singleElement().asString()
            .matches("V1_(First|Again)\\.java:7: Duplicate revision id '1': declared by "
                    + "db\\.(migrate\\.V1_First|other\\.V1_Again) and by db\\.(migrate\\.V1_First|other\\.V1_Again)");
    }

    @Test
    void incrementalCompilationReplacesEntriesOfRecompiledClassesAndKeepsTheOthers() throws IOException {
        javac.compile(out, WITH_PROCESSOR,
                revision("V1_First", "@Revision(id = \"1\")"),
                revision("V2_Second", "@Revision(id = \"2\", down = \"1\", message = \"before\")"),
                revision("V3_Third", "@Revision(id = \"3\", down = \"2\")"));

        Javac.Result result = javac.compile(out, WITH_PROCESSOR,
                revision("V2_Second", "@Revision(id = \"2\", down = \"1\", message = \"after\")"),
                revision("V3_Third", "").replace("implements Migration", ""),
                revision("V4_Fourth", "@Revision(id = \"4\", down = \"2\")"));

        assertThat(result.errors()).isEmpty();
        assertThat(index("db/migrate")).extracting(Revision::className, Revision::message)
            .containsExactly(
                    tuple("db.migrate.V1_First", ""),
                    tuple("db.migrate.V2_Second", "after"),
                    tuple("db.migrate.V4_Fourth", ""));
    }

    @Test
    void incrementalCompilationDropsEntriesWhoseClassFileIsGone() throws IOException {
        javac.compile(out, WITH_PROCESSOR,
                revision("V1_First", "@Revision(id = \"1\")"),
                revision("V2_Second", "@Revision(id = \"2\", down = \"1\")"));
        Files.delete(out.resolve("db/migrate/V2_Second.class"));

        javac.compile(out, WITH_PROCESSOR, revision("V3_Third", "@Revision(id = \"3\", down = \"1\")"));

        assertThat(index("db/migrate")).extracting(Revision::id).containsExactly("1", "3");
    }

    @Test
    void incrementalCompilationRejectsAnIdOfAClassCompiledEarlier() {
        javac.compile(out, WITH_PROCESSOR, revision("V1_First", "@Revision(id = \"1\")"));

        Javac.Result result = javac.compile(out, WITH_PROCESSOR, revision("V1_Copy", "@Revision(id = \"1\")"));

        assertThat(result.errors()).containsExactly("V1_Copy.java:7: Duplicate revision id '1': declared by "
                + "db.migrate.V1_Copy and by db.migrate.V1_First, compiled earlier (if db.migrate.V1_First was "
                + "renamed or deleted, clean the build output)");
    }

    @Test
    void unreadableIndexInTheOutputIsReplaced() throws IOException {
        Files.createDirectories(out.resolve("db/migrate"));
        Files.writeString(out.resolve("db/migrate/migrate-revisions.idx"), "migrate-revision-index 99\n");

        Javac.Result result = javac.compile(out, WITH_PROCESSOR, revision("V1_First", "@Revision(id = \"1\")"));

        assertThat(result.errors()).isEmpty();
        assertThat(index("db/migrate")).extracting(Revision::id).containsExactly("1");
    }

    @Test
    void withoutTheProcessorNoIndexIsWritten() {
        javac.compile(out, WITHOUT_PROCESSOR, revision("V1_First", "@Revision(id = \"1\")"));

        assertThat(out.resolve("db/migrate/V1_First.class")).exists();
        assertThat(out.resolve("db/migrate/migrate-revisions.idx")).doesNotExist();
    }

    @Test
    void isRegisteredAsAnAnnotationProcessorService() {
        assertThat(ServiceLoader.load(Processor.class, getClass().getClassLoader()).stream())
            .extracting(provider -> provider.type().getName())
            .contains(RevisionIndexProcessor.class.getName());
    }

    private List<Revision> index(String folder) throws IOException {
        String location = folder.replace('/', '.');
        return RevisionIndex.read(Files.readString(out.resolve(folder).resolve(RevisionIndex.FILE_NAME)), location,
                folder);
    }
}
