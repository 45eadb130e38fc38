package io.uplift.engine.experiment;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a variant changes in the widget it runs on; every part optional (null: the widget's own setting): the number
 * of suggestions shown (1-12, as in the admin), the widget's position in its slot (0-999, lower first, e.g. top vs
 * bottom), the title shown (at most 100 characters, plain text) and the source chain (e.g.
 * {@code copurchase,similar,trending}). Immutable.
 */
public final class VariantOverrides {

    /** No change: the control's usual overrides. */
    public static final VariantOverrides NONE = new VariantOverrides(null, null, null, null);

    private static final Pattern CHAIN = Pattern.compile("[a-z0-9_-]+(,[a-z0-9_-]+)*");

    private final Integer count;
    private final Integer position;
    private final String title;
    private final String sources;

    /** @throws IllegalArgumentException quoting the bad value */
    public VariantOverrides(Integer count, Integer position, String title, String sources) {
        if (count != null && (count < 1 || count > 12)) {
            throw new IllegalArgumentException("number shown must be 1 to 12: " + count);
        }
        if (position != null && (position < 0 || position > 999)) {
            throw new IllegalArgumentException("position must be 0 to 999: " + position);
        }
        if (title != null && (title.trim().isEmpty() || title.length() > 100)) {
            throw new IllegalArgumentException("title must be 1 to 100 characters: '" + title + "'");
        }
        if (sources != null && !CHAIN.matcher(sources).matches()) {
            throw new IllegalArgumentException("sources must be a comma-separated chain of source names: '"
                    + sources + "'");
        }
        this.count = count;
        this.position = position;
        this.title = title == null ? null : title.trim();
        this.sources = sources;
    }

    /** Number of suggestions shown, or null. */
    public Integer getCount() {
        return count;
    }

    /** Position in the slot, or null. */
    public Integer getPosition() {
        return position;
    }

    /** Title, or null. */
    public String getTitle() {
        return title;
    }

    /** Source chain, or null. */
    public String getSources() {
        return sources;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof VariantOverrides)) {
            return false;
        }
        VariantOverrides v = (VariantOverrides) o;
        return Objects.equals(count, v.count) && Objects.equals(position, v.position)
                && Objects.equals(title, v.title) && Objects.equals(sources, v.sources);
    }

    @Override
    public int hashCode() {
        return Objects.hash(count, position, title, sources);
    }

    @Override
    public String toString() {
        return "count=" + count + ", position=" + position + ", title=" + title + ", sources=" + sources;
    }
}
