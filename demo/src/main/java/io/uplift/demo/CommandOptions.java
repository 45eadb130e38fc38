package io.uplift.demo;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code --name value} options of the demo's commands (simulator, load test, soak): each option takes a value, an
 * unknown one is refused naming the known ones, and a value that does not parse is refused quoting it.
 */
public final class CommandOptions {

    private final Map<String, String> values;

    private CommandOptions(Map<String, String> values) {
        this.values = values;
    }

    /** @throws IllegalArgumentException for an option without a value or one not in {@code known} */
    public static CommandOptions parse(String[] args, String... known) {
        List<String> names = Arrays.asList(known);
        Map<String, String> values = new LinkedHashMap<String, String>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + a + " needs a value");
            }
            if (!names.contains(a)) {
                throw new IllegalArgumentException("unknown option: '" + a + "' (known: " + String.join(", ", names)
                        + ")");
            }
            values.put(a, args[++i]);
        }
        return new CommandOptions(values);
    }

    /** The option's text, or {@code fallback} when it was not given. */
    public String text(String name, String fallback) {
        String v = values.get(name);
        return v == null ? fallback : v;
    }

    /**
     * The option's value as {@code parse} reads it, or {@code fallback} when it was not given.
     *
     * @param what what the value must be, for the message ("a whole number")
     * @throws IllegalArgumentException quoting a value {@code parse} refuses with a {@link NumberFormatException}
     */
    public <T> T value(String name, T fallback, Function<String, T> parse, String what) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return parse.apply(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs " + what + ": '" + v + "'");
        }
    }
}
