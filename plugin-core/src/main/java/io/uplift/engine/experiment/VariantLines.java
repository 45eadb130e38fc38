package io.uplift.engine.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * The variants of an experiment as the admin types them, one line per variant (the first is the control):
 * {@code name weight [count=N] [position=N] [sources=a,b] [title=words to the end of the line]}, for example
 * <pre>
 * three 50 count=3
 * five 50 count=5 title=More you may like
 * </pre>
 * Blank lines are ignored. Parsing checks each part with the engine's own rules ({@link Variant},
 * {@link VariantOverrides}); the message names the line and quotes the bad part. Stateless.
 */
public final class VariantLines {

    private VariantLines() {
    }

    /** @throws IllegalArgumentException naming the line and quoting the bad value */
    public static List<Variant> parse(String text) {
        List<Variant> variants = new ArrayList<Variant>();
        if (text == null) {
            throw new IllegalArgumentException("no variants: give one line per variant, e.g. 'three 50 count=3'");
        }
        String[] lines = text.split("\r?\n|\r");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            try {
                variants.add(line(line));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (i + 1) + " '" + line + "': " + e.getMessage(), e);
            }
        }
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("no variants: give one line per variant, e.g. 'three 50 count=3'");
        }
        return variants;
    }

    private static Variant line(String line) {
        String title = null;
        int t = line.indexOf("title=");
        String head = line;
        if (t >= 0) {
            title = line.substring(t + "title=".length()).trim();
            head = line.substring(0, t).trim();
            if (title.isEmpty()) {
                throw new IllegalArgumentException("title= needs words after it");
            }
        }
        String[] parts = head.split("\\s+");
        if (parts.length < 2) {
            throw new IllegalArgumentException("needs a name and a weight, e.g. 'three 50'");
        }
        String name = parts[0];
        int weight = number(parts[1], "weight");
        Integer count = null;
        Integer position = null;
        String sources = null;
        for (int p = 2; p < parts.length; p++) {
            String part = parts[p];
            if (part.startsWith("count=") && count == null) {
                count = number(part.substring(6), "count");
            } else if (part.startsWith("position=") && position == null) {
                position = number(part.substring(9), "position");
            } else if (part.startsWith("sources=") && sources == null) {
                sources = part.substring(8);
            } else {
                throw new IllegalArgumentException("unknown or repeated part '" + part
                        + "' (known: count=, position=, sources=, title=)");
            }
        }
        return new Variant(name, weight, new VariantOverrides(count, position, title, sources));
    }

    private static int number(String raw, String what) {
        if (!raw.matches("\\d{1,6}")) {
            throw new IllegalArgumentException(what + " must be a whole number: '" + raw + "'");
        }
        return Integer.parseInt(raw);
    }
}
