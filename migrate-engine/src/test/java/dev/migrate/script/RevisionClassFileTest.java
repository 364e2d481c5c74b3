package dev.migrate.script;

import static dev.migrate.script.Javac.WITHOUT_PROCESSOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionClassFileTest {

    @TempDir
    Path work;

    @Test
    void readsTheRevisionOfAClassFullOfOtherConstantsAndAnnotations() throws IOException {
        Path out = compile("""
                package db.migrate;

                import java.lang.annotation.ElementType;
                import java.lang.annotation.Retention;
                import java.lang.annotation.RetentionPolicy;
                import java.util.function.Supplier;

                import dev.migrate.Migration;
                import dev.migrate.Revision;
                import dev.migrate.operations.Operations;

                @Deprecated(since = "2", forRemoval = true)
                @Busy(kind = ElementType.TYPE, type = String.class, nested = @Retention(RetentionPolicy.RUNTIME),
                        numbers = {1, 2}, flag = true, letter = 'x', big = 1L << 40, ratio = 2.5)
                @Revision(id = "f00d", down = {"a", "b"}, dependsOn = "c", branchLabels = {"l1", "l2"},
                        message = "caf\\u00e9 \\ud83d\\ude00")
                @SuppressWarnings("all")
                public class Vf00d_Busy implements Migration {
                    static final long LONG = 1L << 50;
                    static final double DOUBLE = Math.PI;
                    static final float FLOAT = 1.5f;
                    static final Supplier<String> LAMBDA = () -> "x" + System.nanoTime();
                    Object record = new Object() { };

                    public void upgrade(Operations op) {
                        Runnable reference = System.out::println;
                    }

                    public void downgrade(Operations op) {
                    }
                }

                @Retention(RetentionPolicy.RUNTIME)
                @interface Busy {
                    ElementType kind();
                    Class<?> type();
                    Retention nested();
                    int[] numbers();
                    boolean flag();
                    char letter();
                    long big();
                    double ratio();
                }
                """);

        assertThat(read(out.resolve("db/migrate/Vf00d_Busy.class"))).contains(new Revision("f00d",
                List.of("a", "b"), List.of("c"), Set.of("l1", "l2"), "caf\u00e9 \ud83d\ude00", "db.migrate.Vf00d_Busy",
                "db.migrate"));
        assertThat(read(out.resolve("db/migrate/Busy.class"))).isEmpty();
        assertThat(read(out.resolve("db/migrate/Vf00d_Busy$1.class"))).isEmpty();
    }

    @Test
    void rejectsWhatIsNotAClassFile() {
        assertThatThrownBy(() -> RevisionClassFile.read(new ByteArrayInputStream(new byte[] { 1, 2, 3, 4 }), "x"))
            .isInstanceOf(IOException.class)
            .hasMessage("not a class file");
    }

    private Path compile(String source) {
        Path out = work.resolve("classes");
        assertThat(new Javac(work).compile(out, WITHOUT_PROCESSOR, source).errors()).isEmpty();
        return out;
    }

    private static Optional<Revision> read(Path classFile) throws IOException {
        try (InputStream in = Files.newInputStream(classFile)) {
            return RevisionClassFile.read(in, "db.migrate");
        }
    }
}
