package dev.migrate.script;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@link dev.migrate.Revision @Revision} of a class from its class-file bytes, without loading the class:
 * only the constant pool, the class name and the {@code RuntimeVisibleAnnotations} attribute are interpreted, the
 * rest is skipped. Used when a location has no {@link RevisionIndex index}.
 */
final class RevisionClassFile {

    private static final int MAGIC = 0xCAFEBABE;

    private static final String ANNOTATION = "L" + dev.migrate.Revision.class.getName().replace('.', '/') + ";";

    private static final String ANNOTATIONS_ATTRIBUTE = "RuntimeVisibleAnnotations";

    private final DataInputStream in;

    /** The constant pool: {@code String} for a Utf8 entry, {@code Integer} (its name index) for a Class entry. */
    private Object[] pool;

    private RevisionClassFile(InputStream in) {
        this.in = new DataInputStream(in);
    }

    /**
     * The revision the class file in {@code in} declares, with {@code location}, or empty when it carries no
     * {@code @Revision}.
     *
     * @throws IOException when the bytes are not a class file
     */
    static Optional<Revision> read(InputStream in, String location) throws IOException {
        return new RevisionClassFile(in).read(location);
    }

    private Optional<Revision> read(String location) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a class file");
        }
        in.skipNBytes(4); // minor and major version
        readConstantPool();
        in.skipNBytes(2); // access flags
        String className = className(in.readUnsignedShort());
        in.skipNBytes(2); // super class
        in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
        skipMembers(); // fields
        skipMembers(); // methods
        int attributes = in.readUnsignedShort();
        for (int i = 0; i < attributes; i++) {
            String name = utf8(in.readUnsignedShort());
            int length = in.readInt();
            if (name.equals(ANNOTATIONS_ATTRIBUTE)) {
                Map<String, Object> values = readRevisionAnnotation();
                if (values != null) {
                    return Optional.of(revision(values, className, location));
                }
            }
            else {
                in.skipNBytes(length & 0xFFFFFFFFL);
            }
        }
        return Optional.empty();
    }

    private void readConstantPool() throws IOException {
        int count = in.readUnsignedShort();
        pool = new Object[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> pool[i] = in.readUTF(); // Utf8
                case 7 -> pool[i] = in.readUnsignedShort(); // Class
                case 8, 16, 19, 20 -> in.skipNBytes(2); // String, MethodType, Module, Package
                case 15 -> in.skipNBytes(3); // MethodHandle
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4); // Integer, Float, refs, NameAndType, dynamic
                case 5, 6 -> { // Long, Double take two entries
                    in.skipNBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
            }
        }
    }

    private void skipMembers() throws IOException {
        int count = in.readUnsignedShort();
        for (int i = 0; i < count; i++) {
            in.skipNBytes(6); // access flags, name, descriptor
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                in.skipNBytes(2);
                in.skipNBytes(in.readInt() & 0xFFFFFFFFL);
            }
        }
    }

    /** The element values of {@code @Revision} among the annotations, or {@code null} when it is not there. */
    private Map<String, Object> readRevisionAnnotation() throws IOException {
        Map<String, Object> revision = null;
        int count = in.readUnsignedShort();
        for (int i = 0; i < count; i++) {
            boolean isRevision = utf8(in.readUnsignedShort()).equals(ANNOTATION);
            Map<String, Object> values = readElementValuePairs();
            if (isRevision) {
                revision = values;
            }
        }
        return revision;
    }

    private Map<String, Object> readElementValuePairs() throws IOException {
        Map<String, Object> values = new HashMap<>();
        int pairs = in.readUnsignedShort();
        for (int i = 0; i < pairs; i++) {
            String name = utf8(in.readUnsignedShort());
            values.put(name, readElementValue());
        }
        return values;
    }

    /** A {@code String} constant, a {@code List} for an array, {@code null} for any other value (not needed here). */
    private Object readElementValue() throws IOException {
        int tag = in.readUnsignedByte();
        switch (tag) {
            case 's' -> {
                return utf8(in.readUnsignedShort());
            }
            case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 'c' -> in.skipNBytes(2);
            case 'e' -> in.skipNBytes(4);
            case '@' -> {
                in.skipNBytes(2);
                readElementValuePairs();
            }
            case '[' -> {
                int count = in.readUnsignedShort();
                List<Object> items = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    items.add(readElementValue());
                }
                return items;
            }
            default -> throw new IOException("unknown annotation element tag '" + (char) tag + "'");
        }
        return null;
    }

    private String className(int index) throws IOException {
        if (index <= 0 || index >= pool.length || !(pool[index] instanceof Integer nameIndex)) {
            throw new IOException("constant pool entry " + index + " is not a Class entry");
        }
        return utf8(nameIndex).replace('/', '.');
    }

    private String utf8(int index) throws IOException {
        if (index <= 0 || index >= pool.length || !(pool[index] instanceof String value)) {
            throw new IOException("constant pool entry " + index + " is not a Utf8 entry");
        }
        return value;
    }

    private static Revision revision(Map<String, Object> values, String className, String location)
            throws IOException {
        if (!(values.get("id") instanceof String id)) {
            throw new IOException("@Revision of " + className + " has no id");
        }
        String message = values.get("message") instanceof String text ? text : "";
        return new Revision(id, strings(values.get("down")), strings(values.get("dependsOn")),
                new LinkedHashSet<>(strings(values.get("branchLabels"))), message, className, location);
    }

    /** An array value of strings; javac writes a single value given without braces as a one-element array. */
    private static List<String> strings(Object value) {
        if (!(value instanceof List<?> items)) {
            return List.of();
        }
        return items.stream().map(String.class::cast).toList();
    }
}
