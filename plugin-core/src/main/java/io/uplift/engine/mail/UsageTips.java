package io.uplift.engine.mail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The merchandiser's usage tips for bought products, written one per line: {@code 123: tip} for the product with id
 * 123, {@code category 45: tip} for every product of category 45 (a product's own tip wins over its category's).
 * Blank lines are ignored. Tips are plain text: the e-mail templates escape them. Immutable.
 */
public final class UsageTips {

    /** Longest tip, in characters. */
    public static final int MAX_TIP_LENGTH = 300;
    /** Most lines. */
    public static final int MAX_LINES = 200;

    public static final UsageTips NONE = new UsageTips(Collections.<Long, String>emptyMap(),
            Collections.<Long, String>emptyMap());

    private static final Pattern LINE = Pattern.compile("(?i)\\s*(category\\s+)?(\\d{1,18})\\s*:\\s*(.*?)\\s*");

    private final Map<Long, String> byProduct;
    private final Map<Long, String> byCategory;

    private UsageTips(Map<Long, String> byProduct, Map<Long, String> byCategory) {
        this.byProduct = Collections.unmodifiableMap(new LinkedHashMap<Long, String>(byProduct));
        this.byCategory = Collections.unmodifiableMap(new LinkedHashMap<Long, String>(byCategory));
    }

    /**
     * Reads the admin's text ({@code null} or blank: no tips).
     *
     * @throws IllegalArgumentException quoting the first bad line and its number
     */
    public static UsageTips parse(String text) {
        if (text == null || text.trim().isEmpty()) {
            return NONE;
        }
        Map<Long, String> products = new LinkedHashMap<Long, String>();
        Map<Long, String> categories = new LinkedHashMap<Long, String>();
        String[] lines = text.split("\\r?\\n|\\r");
        if (lines.length > MAX_LINES) {
            throw new IllegalArgumentException("usage tips: at most " + MAX_LINES + " lines: " + lines.length);
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.trim().isEmpty()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches() || m.group(3).isEmpty()) {
                throw new IllegalArgumentException("usage tips line " + (i + 1) + " must read 'product id: tip' or"
                        + " 'category id: tip': '" + line + "'");
            }
            if (m.group(3).length() > MAX_TIP_LENGTH) {
                throw new IllegalArgumentException("usage tips line " + (i + 1) + " is longer than " + MAX_TIP_LENGTH
                        + " characters: '" + line + "'");
            }
            long id = Long.parseLong(m.group(2));
            Map<Long, String> target = m.group(1) == null ? products : categories;
            if (target.containsKey(id)) {
                throw new IllegalArgumentException("usage tips line " + (i + 1) + " repeats " + (m.group(1) == null
                        ? "product " : "category ") + id + ": '" + line + "'");
            }
            target.put(id, m.group(3));
        }
        return new UsageTips(products, categories);
    }

    /** The tip for a product: its own, else its first category's with a tip, else {@code null}. */
    public String tipFor(long productId, List<Long> categoryIds) {
        String own = byProduct.get(productId);
        if (own != null) {
            return own;
        }
        if (categoryIds != null) {
            for (Long c : categoryIds) {
                String t = c == null ? null : byCategory.get(c);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    /** The products that have a tip of their own. */
    public java.util.Set<Long> productIds() {
        return byProduct.keySet();
    }

    /** The categories that have a tip. */
    public java.util.Set<Long> categoryIds() {
        return byCategory.keySet();
    }

    public int size() {
        return byProduct.size() + byCategory.size();
    }

    /** The text form {@link #parse} reads (products first, then categories). */
    public String toText() {
        List<String> lines = new ArrayList<String>();
        for (Map.Entry<Long, String> e : byProduct.entrySet()) {
            lines.add(e.getKey() + ": " + e.getValue());
        }
        for (Map.Entry<Long, String> e : byCategory.entrySet()) {
            lines.add("category " + e.getKey() + ": " + e.getValue());
        }
        return String.join("\n", lines);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UsageTips && byProduct.equals(((UsageTips) o).byProduct)
                && byCategory.equals(((UsageTips) o).byCategory);
    }

    @Override
    public int hashCode() {
        return byProduct.hashCode() * 31 + byCategory.hashCode();
    }
}
