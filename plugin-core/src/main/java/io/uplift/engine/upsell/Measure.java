package io.uplift.engine.upsell;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A measured attribute value such as {@code 256 GB}, {@code 1 TB}, {@code 4,400 mAh} or {@code 6.1 in}: a number and
 * a unit, normalised so that values of one family compare (1 TB = 1024 GB). Values that are not a number with an
 * optional unit ({@code OLED}, {@code 6-core}) do not parse.
 */
public final class Measure {

    private static final Pattern VALUE = Pattern.compile("\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*([A-Za-z]{0,4})\\s*");

    /** Units that scale into a base unit of the same kind. */
    private static final Map<String, Object[]> UNITS = new HashMap<String, Object[]>();

    static {
        unit("kb", "b", 1024d);
        unit("mb", "b", 1024d * 1024);
        unit("gb", "b", 1024d * 1024 * 1024);
        unit("tb", "b", 1024d * 1024 * 1024 * 1024);
        unit("mah", "mah", 1);
        unit("ah", "mah", 1000);
        unit("w", "w", 1);
        unit("kw", "w", 1000);
        unit("mp", "mp", 1);
        unit("in", "in", 1);
        unit("h", "h", 1);
        unit("g", "g", 1);
        unit("kg", "g", 1000);
        unit("mm", "mm", 1);
        unit("cm", "mm", 10);
        unit("m", "mm", 1000);
        unit("hz", "hz", 1);
        unit("ghz", "hz", 1e9);
    }

    private static void unit(String name, String base, double factor) {
        UNITS.put(name, new Object[] {base, factor});
    }

    private final double value;
    private final String kind;

    private Measure(double value, String kind) {
        this.value = value;
        this.kind = kind;
    }

    /** Texts parsed before and their measures ({@link #NONE} for none): a shop has a few hundred attribute values. */
    private static final ConcurrentHashMap<String, Measure> PARSED = new ConcurrentHashMap<String, Measure>();
    /** The most texts remembered; beyond that a text is parsed each time (a bound against unusual catalogs). */
    static final int MAX_REMEMBERED = 10000;
    private static final Measure NONE = new Measure(0, "");

    /**
     * The measure, or {@code null} when the text is not a number with an optional known unit. Pure: the answer for
     * a text is remembered (measures are immutable), since every comparison table and cart upgrade on every page
     * parses its cells.
     */
    public static Measure parse(String text) {
        if (text == null) {
            return null;
        }
        Measure known = PARSED.get(text);
        if (known == null) {
            known = parseNow(text);
            if (known == null) {
                known = NONE;
            }
            if (PARSED.size() < MAX_REMEMBERED) {
                PARSED.put(text, known);
            }
        }
        return known == NONE ? null : known;
    }

    private static Measure parseNow(String text) {
        Matcher m = VALUE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        double number = Double.parseDouble(m.group(1).replace(",", "") + (m.group(2) == null ? "" : "." + m.group(2)));
        if (m.group(3).equals("G")) {
            return null; // "5G" is a network generation, not 5 grams
        }
        String unit = m.group(3).toLowerCase(Locale.ROOT);
        if (unit.isEmpty()) {
            return new Measure(number, "");
        }
        Object[] known = UNITS.get(unit);
        if (known == null) {
            return null;
        }
        return new Measure(number * (Double) known[1], (String) known[0]);
    }

    /** this / other, or {@code null} when the two are of different kinds or the other is zero. */
    public Double ratioTo(Measure other) {
        if (other == null || !kind.equals(other.kind) || other.value == 0) {
            return null;
        }
        return value / other.value;
    }

    public double getValue() {
        return value;
    }

    public String getKind() {
        return kind;
    }
}
