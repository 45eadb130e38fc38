package io.uplift.engine.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ordered sources a widget draws from, e.g. {@code copurchase, similar, trending}: the first source fills the
 * widget, the next ones fill what is left, so a slot is never empty while any source has something sensible.
 * Immutable.
 */
public final class SourceChain {

    /** Longest chain text, in characters (the admin field's length). */
    public static final int MAX_TEXT_LENGTH = 200;

    private final List<String> names;

    private SourceChain(List<String> names) {
        this.names = Collections.unmodifiableList(names);
    }

    /**
     * Parses a comma-separated chain and checks every name against the known sources.
     *
     * @throws IllegalArgumentException quoting the bad text: empty, too long, an unknown or repeated name
     */
    public static SourceChain parse(String text, Iterable<String> known) {
        if (text == null || text.trim().isEmpty()) {
            throw new IllegalArgumentException("the source chain is empty: '" + text + "' (known sources: " + known + ")");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("the source chain is longer than " + MAX_TEXT_LENGTH + " characters: '"
                    + text + "'");
        }
        Set<String> knownSet = new LinkedHashSet<String>();
        for (String k : known) {
            knownSet.add(k);
        }
        List<String> names = new ArrayList<String>();
        // limit -1: split(",") would drop trailing empty entries and accept "manual," while refusing ",manual"
        for (String raw : text.split(",", -1)) {
            String name = raw.trim().toLowerCase(java.util.Locale.ROOT);
            if (name.isEmpty()) {
                throw new IllegalArgumentException("the source chain has an empty entry: '" + text + "'");
            }
            if (!knownSet.contains(name)) {
                throw new IllegalArgumentException("unknown source '" + raw.trim() + "' in the chain '" + text
                        + "' (known sources: " + String.join(", ", knownSet) + ")");
            }
            if (names.contains(name)) {
                throw new IllegalArgumentException("source '" + name + "' appears twice in the chain '" + text + "'");
            }
            names.add(name);
        }
        return new SourceChain(names);
    }

    public List<String> getNames() {
        return names;
    }

    @Override
    public String toString() {
        return String.join(", ", names);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceChain && ((SourceChain) o).names.equals(names);
    }

    @Override
    public int hashCode() {
        return names.hashCode();
    }
}
