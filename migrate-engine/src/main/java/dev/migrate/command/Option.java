package dev.migrate.command;

import java.util.List;

/**
 * One option or positional argument of a command, as the parser and the help text see it.
 *
 * @param names      the spellings ({@code -m}, {@code --message}); empty for a positional argument
 * @param key        the name its values are stored under
 * @param metavar    the placeholder shown in help, or {@code null} for a flag that takes no value
 * @param repeatable whether it may be given several times (positionals: whether it takes several values)
 * @param required   whether it must be given
 * @param help       one line of help
 */
record Option(List<String> names, String key, String metavar, boolean repeatable, boolean required, String help) {

    static Option flag(String key, String help, String... names) {
        return new Option(List.of(names), key, null, false, false, help);
    }

    static Option value(String key, String metavar, String help, String... names) {
        return new Option(List.of(names), key, metavar, false, false, help);
    }

    static Option repeated(String key, String metavar, String help, String... names) {
        return new Option(List.of(names), key, metavar, true, false, help);
    }

    static Option positional(String key, boolean required, boolean many, String help) {
        return new Option(List.of(), key, key, many, required, help);
    }

    boolean isPositional() {
        return names.isEmpty();
    }

    boolean takesValue() {
        return metavar != null;
    }

    /** How the option appears in a usage line. */
    String usage() {
        if (isPositional()) {
            String text = many() ? key + " [" + key + " ...]" : key;
            return required ? text : "[" + text + "]";
        }
        return "[" + names.get(0) + (takesValue() ? " " + metavar : "") + "]";
    }

    /** How the option appears in the option list of the help text. */
    String signature() {
        if (isPositional()) {
            return key;
        }
        String value = takesValue() ? " " + metavar : "";
        StringBuilder text = new StringBuilder();
        for (String name : names) {
            text.append(text.isEmpty() ? "" : ", ").append(name).append(value);
        }
        return text.toString();
    }

    private boolean many() {
        return repeatable;
    }
}
