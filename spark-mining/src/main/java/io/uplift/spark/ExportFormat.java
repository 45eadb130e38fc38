package io.uplift.spark;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The basket export files the job reads: one order per line, products separated by commas and/or white space
 * (the FIMI {@code retail.dat} and the Groceries {@code groceries.csv} layouts, the same separators as the
 * evaluation's {@code BasketFile}). An order's id is its 1-based line number and its submit time 0 (an export
 * carries neither); an empty line is no order.
 * <ul>
 *   <li>{@link #IDS}: every product is the shop's product id, a whole number (retail.dat);</li>
 *   <li>{@link #NAMES}: products are names (groceries.csv); each name gets the id 1 + its rank by the number of
 *       lines containing it, descending, then by name ({@link String#compareTo}), as the evaluation's item ids.</li>
 * </ul>
 * A token that is not allowed stops the job with a {@link BadLineException} quoting the file, line and text.
 */
public enum ExportFormat {
    IDS, NAMES;

    private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");
    /** Longest line quoted in an error message. */
    private static final int QUOTE = 200;

    public static ExportFormat of(String name) {
        for (ExportFormat f : values()) {
            if (f.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("--format must be ids or names: '" + name + "'");
    }

    /** The distinct tokens of a line, first occurrence kept, line order kept; empty for a blank line. */
    static List<String> tokens(String line, String file, long lineNumber) {
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\r') {
                throw new BadLineException(file, lineNumber, line,
                        String.format("control character U+%04X at column %d", (int) c, i + 1));
            }
        }
        Set<String> tokens = new LinkedHashSet<>();
        for (String token : SEPARATORS.split(line)) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return new ArrayList<>(tokens);
    }

    /** The product ids of a line of an {@link #IDS} file; empty for a blank line. */
    static long[] ids(String line, String file, long lineNumber) {
        List<String> tokens = tokens(line, file, lineNumber);
        long[] ids = new long[tokens.size()];
        for (int i = 0; i < ids.length; i++) {
            String t = tokens.get(i);
            try {
                ids[i] = Long.parseLong(t);
            } catch (NumberFormatException e) {
                throw new BadLineException(file, lineNumber, line, "'" + t + "' is not a product id (a whole number;"
                        + " use --format names for a file of product names)");
            }
        }
        return ids;
    }

    /** A line that cannot be read: the message names the file and line and quotes the line. */
    public static final class BadLineException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        BadLineException(String file, long lineNumber, String line, String problem) {
            super(file + ":" + lineNumber + ": " + problem + ": \"" + quote(line) + "\"");
        }

        private static String quote(String line) {
            String s = line.length() > QUOTE ? line.substring(0, QUOTE) + "..." : line;
            StringBuilder b = new StringBuilder();
            for (char c : s.toCharArray()) {
                if (Character.isISOControl(c)) {
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
            return b.toString();
        }
    }
}
