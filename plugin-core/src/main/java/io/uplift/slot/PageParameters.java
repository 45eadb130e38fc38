package io.uplift.slot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The page request's own parameters that widgets may read (those named {@code uplift...}, e.g. the bundle selection
 * {@code upliftBundle=12&upliftItem=3&upliftItem=5} of the no-JavaScript "update price" path), in a platform-free
 * form. Immutable. Anything the shopper can type into an address bar arrives here, so it is bounded on the way in
 * (other names, too many names or values, overlong values are dropped) and read only through typed accessors that
 * ignore what does not parse: a bad value never breaks a page, it just is not there.
 */
public final class PageParameters {

    /** No parameters. */
    public static final PageParameters EMPTY = new PageParameters(Collections.<String, List<String>>emptyMap());

    /** Names kept: the plugin's prefix, then letters and digits. */
    static final Pattern NAME = Pattern.compile("uplift[A-Za-z0-9]{1,30}");
    static final int MAX_NAMES = 16;
    static final int MAX_VALUES = 16;
    static final int MAX_VALUE_LENGTH = 64;
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private final Map<String, List<String>> values;

    private PageParameters(Map<String, List<String>> values) {
        this.values = values;
    }

    /**
     * Keeps the {@code uplift...} names of a request's parameter map (as a servlet request gives it); every other
     * name, and whatever exceeds the bounds, is dropped.
     */
    public static PageParameters of(Map<String, String[]> parameters) {
        if (parameters == null || parameters.isEmpty()) {
            return EMPTY;
        }
        Map<String, List<String>> kept = new LinkedHashMap<String, List<String>>();
        for (Map.Entry<String, String[]> e : parameters.entrySet()) {
            if (kept.size() == MAX_NAMES) {
                break;
            }
            if (e.getKey() == null || !NAME.matcher(e.getKey()).matches() || e.getValue() == null) {
                continue;
            }
            List<String> list = new ArrayList<String>();
            for (String v : e.getValue()) {
                if (list.size() == MAX_VALUES) {
                    break;
                }
                if (v != null && v.length() <= MAX_VALUE_LENGTH) {
                    list.add(v.trim());
                }
            }
            kept.put(e.getKey(), Collections.unmodifiableList(list));
        }
        return kept.isEmpty() ? EMPTY : new PageParameters(Collections.unmodifiableMap(kept));
    }

    /** Whether the parameter was given (even with no usable value). */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The kept values of the parameter, in request order; never null. */
    public List<String> values(String name) {
        List<String> v = values.get(name);
        return v == null ? Collections.<String>emptyList() : v;
    }

    /** The parameter's first value as an id (a whole number, 1 to 18 digits), or {@code null} when absent or malformed. */
    public Long id(String name) {
        List<String> v = values(name);
        return v.isEmpty() ? null : parseId(v.get(0));
    }

    /** Every value of the parameter that is an id, in request order, each once; malformed values are skipped. */
    public Set<Long> ids(String name) {
        Set<Long> out = new LinkedHashSet<Long>();
        for (String v : values(name)) {
            Long id = parseId(v);
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    /** A whole number of 1 to 18 digits (no sign, no spaces inside), or {@code null}. */
    public static Long parseId(String raw) {
        if (raw == null) {
            return null;
        }
        String t = raw.trim();
        return ID.matcher(t).matches() ? Long.valueOf(t) : null;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
