package dev.migrate.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * One command of the command line: its name, help, options, and what it does with the parsed arguments. Parses
 * arguments the way Alembic's argparse-based command line does: options and positionals in any order,
 * {@code --name=value}, {@code --} to end options, and negative numbers ({@code downgrade -1}) as positionals.
 */
record CommandSpec(String name, String summary, List<Option> options, BiConsumer<Commands, ParsedArguments> action) {

    ParsedArguments parse(List<String> args) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<String> positionals = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !isOptionLike(arg)) {
                positionals.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            String name = arg;
            String inlineValue = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                inlineValue = arg.substring(equals + 1);
            }
            Option option = option(name);
            List<String> given = values.computeIfAbsent(option.key(), key -> new ArrayList<>());
            if (!option.repeatable() && !given.isEmpty()) {
                throw new UsageException(this, "argument " + option.signature() + ": may be given only once");
            }
            if (!option.takesValue()) {
                if (inlineValue != null) {
                    throw new UsageException(this, "argument " + name + ": ignored explicit argument '"
                            + inlineValue + "'");
                }
                given.add("true");
            }
            else if (inlineValue != null) {
                given.add(inlineValue);
            }
            else if (i + 1 < args.size() && !isOptionLike(args.get(i + 1))) {
                given.add(args.get(++i));
            }
            else {
                throw new UsageException(this, "argument " + option.signature() + ": expected one argument");
            }
        }
        assignPositionals(positionals, values);
        return new ParsedArguments(values);
    }

    private void assignPositionals(List<String> positionals, Map<String, List<String>> values) {
        int next = 0;
        for (Option option : options) {
            if (!option.isPositional()) {
                continue;
            }
            if (option.repeatable()) {
                List<String> rest = positionals.subList(next, positionals.size());
                if (!rest.isEmpty()) {
                    values.put(option.key(), new ArrayList<>(rest));
                }
                next = positionals.size();
            }
            else if (next < positionals.size()) {
                values.put(option.key(), List.of(positionals.get(next++)));
            }
            if (option.required() && !values.containsKey(option.key())) {
                throw new UsageException(this, "the following arguments are required: " + option.key());
            }
        }
        if (next < positionals.size()) {
            throw new UsageException(this, "unrecognized arguments: "
                    + String.join(" ", positionals.subList(next, positionals.size())));
        }
    }

    private Option option(String name) {
        for (Option option : options) {
            if (option.names().contains(name)) {
                return option;
            }
        }
        throw new UsageException(this, "unrecognized arguments: " + name);
    }

    /** {@code usage: migrate <name> [options] positionals}. */
    String usage() {
        StringBuilder usage = new StringBuilder("usage: migrate ").append(name).append(" [-h]");
        for (Option option : options) {
            usage.append(' ').append(option.usage());
        }
        return usage.toString();
    }

    /** The full help text of {@code migrate <name> --help}. */
    String help() {
        StringBuilder help = new StringBuilder(usage()).append("\n\n").append(summary).append('\n');
        List<Option> positionals = options.stream().filter(Option::isPositional).toList();
        if (!positionals.isEmpty()) {
            help.append("\npositional arguments:\n");
            positionals.forEach(option -> appendOption(help, option));
        }
        help.append("\noptions:\n");
        appendOption(help, Option.flag("help", "show this help message and exit", "-h", "--help"));
        options.stream().filter(option -> !option.isPositional()).forEach(option -> appendOption(help, option));
        return help.toString();
    }

    static void appendOption(StringBuilder help, Option option) {
        String signature = "  " + option.signature();
        help.append(signature);
        if (signature.length() >= 24) {
            help.append('\n').append(" ".repeat(24));
        }
        else {
            help.append(" ".repeat(24 - signature.length()));
        }
        help.append(option.help()).append('\n');
    }

    /** An option, unless it is a negative number such as the {@code -1} of {@code downgrade -1}. */
    private static boolean isOptionLike(String arg) {
        return arg.startsWith("-") && arg.length() > 1 && !arg.matches("-\\d+");
    }

    /** Wrong use of the command line: reported with the usage line and exit status 2, as argparse does. */
    static final class UsageException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient CommandSpec command;

        UsageException(CommandSpec command, String message) {
            super(message);
            this.command = command;
        }

        /** The command whose usage to show, or {@code null} for the global usage. */
        CommandSpec command() {
            return command;
        }
    }
}
