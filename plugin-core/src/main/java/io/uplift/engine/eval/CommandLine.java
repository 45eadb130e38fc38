package io.uplift.engine.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --name value} arguments of the evaluation commands, checked against the options a command knows.
 * Immutable.
 */
final class CommandLine {

    /** Bad arguments: the message says which and why; the command prints it with its usage and exits with 2. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** A command's work, which may refuse its arguments or fail to read its basket file. */
    interface Body {
        int run() throws UsageException, BasketFileException;
    }

    private final Map<String, String> values;

    private CommandLine(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Runs a command's body with the commands' one error policy: bad arguments print their message and the usage
     * and exit with 2; an unreadable or malformed basket file prints its message (file and line) and exits with 1.
     *
     * @return the exit status
     */
    static int guarded(String usage, PrintStream err, Body body) {
        try {
            return body.run();
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(usage);
            return 2;
        } catch (BasketFileException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /**
     * @param known the option names without dashes, e.g. {@code input}
     */
    static CommandLine parse(String[] args, Set<String> known) throws UsageException {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || !known.contains(arg.substring(2))) {
                List<String> names = new ArrayList<>(known);
                Collections.sort(names);
                throw new UsageException("unknown argument: " + arg + " (known: --" + String.join(", --", names) + ")");
            }
            if (i + 1 >= args.length) {
                throw new UsageException(arg + " needs a value");
            }
            if (values.put(arg.substring(2), args[++i]) != null) {
                throw new UsageException(arg + " given twice");
            }
        }
        return new CommandLine(values);
    }

    /** The value of a required option. */
    String required(String name) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException("--" + name + " is required");
        }
        return value;
    }

    long longValue(String name, long fallback) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be an integer: " + value);
        }
    }

    /** A comma-separated list of whole numbers, e.g. {@code 500,1000}. */
    int[] ints(String name, int fallback) throws UsageException {
        double[] values = doubles(name, fallback);
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] != Math.rint(values[i]) || Math.abs(values[i]) > Integer.MAX_VALUE) {
                throw new UsageException("--" + name + " must be a comma-separated list of whole numbers: "
                        + values[i]);
            }
            out[i] = (int) values[i];
        }
        return out;
    }

    /** A comma-separated list of numbers, e.g. {@code 0.5,1,2}. */
    double[] doubles(String name, double fallback) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            return new double[] {fallback};
        }
        String[] parts = value.split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new UsageException("--" + name + " must be a comma-separated list of numbers: " + value);
            }
            if (Double.isNaN(out[i]) || Double.isInfinite(out[i])) {
                throw new UsageException("--" + name + " must be finite: " + value);
            }
        }
        return out;
    }
}
