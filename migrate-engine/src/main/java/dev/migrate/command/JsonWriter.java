package dev.migrate.command;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;

import dev.migrate.MigrateException;

/**
 * Writes records, collections, enums, strings, numbers and booleans as JSON, field by field in declaration order,
 * leaving out {@code null} fields. Enough for {@code inspect --format json} without a JSON library in the engine.
 */
final class JsonWriter {

    private JsonWriter() {
    }

    static String write(Object value) {
        StringBuilder json = new StringBuilder();
        write(value, json, "");
        return json.append('\n').toString();
    }

    private static void write(Object value, StringBuilder json, String indent) {
        if (value == null) {
            json.append("null");
        }
        else if (value instanceof Record record) {
            writeRecord(record, json, indent);
        }
        else if (value instanceof Collection<?> items) {
            writeArray(items, json, indent);
        }
        else if (value instanceof Number || value instanceof Boolean) {
            json.append(value);
        }
        else {
            writeString(value.toString(), json);
        }
    }

    private static void writeRecord(Record record, StringBuilder json, String indent) {
        String inner = indent + "  ";
        json.append('{');
        boolean first = true;
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object field = read(record, component);
            if (field == null) {
                continue;
            }
            json.append(first ? "\n" : ",\n").append(inner);
            writeString(component.getName(), json);
            json.append(": ");
            write(field, json, inner);
            first = false;
        }
        json.append(first ? "}" : "\n" + indent + "}");
    }

    private static void writeArray(Collection<?> items, StringBuilder json, String indent) {
        if (items.isEmpty()) {
            json.append("[]");
            return;
        }
        String inner = indent + "  ";
        json.append('[');
        boolean first = true;
        for (Object item : items) {
            json.append(first ? "\n" : ",\n").append(inner);
            write(item, json, inner);
            first = false;
        }
        json.append('\n').append(indent).append(']');
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        }
        catch (IllegalAccessException | InvocationTargetException ex) {
            throw new MigrateException("Could not read " + component.getName() + " of " + record.getClass()
                .getSimpleName() + ": " + ex.getMessage(), ex);
        }
    }

    private static void writeString(String text, StringBuilder json) {
        json.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
