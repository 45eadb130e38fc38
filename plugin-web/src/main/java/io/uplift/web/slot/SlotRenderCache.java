package io.uplift.web.slot;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Weigher;
import io.uplift.engine.health.HealthCounters;
import io.uplift.engine.health.NodeHealth;
import io.uplift.slot.SlotView;
import io.uplift.slot.ViewFingerprint;
import io.uplift.slot.WidgetView;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * The rendered HTML of slots, keyed by what the HTML is a function of: the slot's view (its
 * {@link ViewFingerprint}: every widget, title, card, price text and detail) and the request facts the templates
 * read (site, theme, locale, context path, the page's path, whether this is the page's first slot). The
 * per-request values a slot's HTML holds, the session's CSRF token (in each {@code blc:form}), the page view id (for
 * the script's events) and the view's one-time tokens ({@link io.uplift.slot.PerRendering}, e.g. the bundle form's),
 * are cut out of the stored HTML and filled in on each hit, so one entry serves every visitor who would be shown the
 * same widgets on the same page.
 *
 * <p>Why: rendering the widget fragments with Thymeleaf 2.1 is most of what the plugin costs a page (each
 * expression copies the request's attributes into a new evaluation root); a hit replaces it with a map lookup and
 * two string replacements (README, "Load test"). A view holding a type the fingerprint does not know is rendered
 * afresh every time (counted as uncacheable), never guessed at.</p>
 *
 * <p>Bounded by weight ({@code uplift.storefront.renderCacheKilobytes}, default 16384; 0 switches the cache off)
 * with Caffeine's size-based eviction; entries also expire 30 minutes after they were written. Thread-safe.</p>
 *
 * <p>Contract for theme developers who override the widget templates: what a template shows must come from the
 * variables it is given ({@code upliftSlot}, {@code upliftWidget}, ...), messages, links ({@code @{...}}) and
 * {@code blc:form}; a template that reads the session or other request attributes directly must run with the cache
 * off. The cache is also off by itself while the template engine does not cache templates (a theme in
 * development).</p>
 */
public class SlotRenderCache implements HealthCounters {

    private static final Log LOG = LogFactory.getLog(SlotRenderCache.class);
    /** What a per-rendering value may hold (tokens and ids are written so). */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_-]+");

    private final Cache<String, Stored> cache;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder uncacheable = new LongAdder();
    /** What made views unfingerprintable, each logged once. */
    private final Set<String> refusals = ConcurrentHashMap.newKeySet();

    /** @param maxKilobytes the cache's bound (keys and HTML, in kilobytes of characters); 0 switches it off */
    public SlotRenderCache(long maxKilobytes) {
        if (maxKilobytes < 0 || maxKilobytes > 4L * 1024 * 1024) {
            throw new IllegalArgumentException(
                    "uplift.storefront.renderCacheKilobytes must be 0 (off) to 4194304: '" + maxKilobytes + "'");
        }
        this.cache = maxKilobytes == 0 ? null : Caffeine.newBuilder()
                .maximumWeight(maxKilobytes)
                .weigher(new Weigher<String, Stored>() {
                    @Override
                    public int weigh(String key, Stored html) {
                        // characters are two bytes at most; at least 1 so that an entry always weighs something
                        return 1 + (key.length() + html.weight()) / 512;
                    }
                })
                .expireAfterWrite(30, TimeUnit.MINUTES)
                .build();
    }

    public boolean isEnabled() {
        return cache != null;
    }

    /**
     * The lookup of a slot's rendering, or {@code null} when it must be rendered afresh (cache off, or the view holds
     * a type that cannot be fingerprinted).
     *
     * @param requestFacts what the templates read from the request besides the view (see {@link #facts})
     * @param requestValues this rendering's own values outside the view (CSRF token, page view id), in a fixed order;
     *                      null entries for those the page does not have
     */
    public Lookup lookup(SlotView view, String requestFacts, String... requestValues) {
        if (cache == null) {
            return null;
        }
        StringBuilder prefix = new StringBuilder(requestFacts.length() + requestValues.length + 1).append(requestFacts);
        for (String v : requestValues) {
            // which request values are present is part of the key (a page without events has no page view id)
            prefix.append(v == null ? '-' : '+');
        }
        ViewFingerprint fingerprint = ViewFingerprint.of(prefix.append('|').toString(), view);
        if (fingerprint == null) {
            uncacheable.increment();
            String why = ViewFingerprint.refusal(view);
            if (why != null && refusals.size() < 100 && refusals.add(why)) {
                LOG.info("Uplift render cache: a slot view holding " + why + " cannot be keyed; such slots ("
                        + slotWidgets(view) + ") are rendered afresh on every page");
            }
            return null;
        }
        List<String> values = new ArrayList<String>(requestValues.length + fingerprint.getPerRendering().size());
        Collections.addAll(values, requestValues);
        values.addAll(fingerprint.getPerRendering());
        return new Lookup(fingerprint.getText(), values);
    }

    private static String slotWidgets(SlotView view) {
        StringBuilder out = new StringBuilder(view.getName()).append(':');
        for (WidgetView w : view.getWidgets()) {
            out.append(' ').append(w.getWidgetType()).append(' ').append(w.getWidgetId());
        }
        return out.toString();
    }

    /** The length-prefixed concatenation of the request facts, so that no two lists give the same text. */
    public static String facts(Object... parts) {
        StringBuilder out = new StringBuilder(128);
        for (Object part : parts) {
            String s = String.valueOf(part);
            out.append(s.length()).append(':').append(s);
        }
        return out.append('|').toString();
    }

    /** The cached HTML with this rendering's own values filled in, or {@code null} on a miss. */
    public String get(Lookup lookup) {
        Stored stored = cache.getIfPresent(lookup.key);
        if (stored == null) {
            misses.increment();
            return null;
        }
        hits.increment();
        return stored.fill(lookup.values);
    }

    /**
     * Stores freshly rendered HTML with this rendering's own values cut out, to be filled in on each hit. Nothing is
     * stored when a value is too short to be told from content (under 8 characters), is not plain (letters, digits,
     * '-' and '_' only: escaping cannot change how it appears in the HTML, so it is surely cut out and never handed
     * to another visitor) or one value contains another (the places could then not be told apart).
     */
    public void put(Lookup lookup, String html) {
        List<String> values = lookup.values;
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (v == null) {
                continue;
            }
            if (v.length() < ViewFingerprint.MIN_PER_RENDERING || !PLAIN.matcher(v).matches()) {
                return;
            }
            for (int j = 0; j < values.size(); j++) {
                if (j != i && values.get(j) != null && values.get(j).contains(v)) {
                    return;
                }
            }
        }
        cache.put(lookup.key, Stored.of(html, values));
    }

    /**
     * Rendered HTML cut at the places that held a rendering's own values: {@code parts[0] values[holes[0]] parts[1]
     * ... parts[n]}. Filling is one pass over the text.
     */
    static final class Stored {
        final String[] parts;
        final int[] holes;
        final int length;

        private Stored(String[] parts, int[] holes) {
            this.parts = parts;
            this.holes = holes;
            int n = 0;
            for (String p : parts) {
                n += p.length();
            }
            this.length = n;
        }

        static Stored of(String html, List<String> values) {
            List<String> parts = new ArrayList<String>();
            List<Integer> holes = new ArrayList<Integer>();
            int from = 0;
            while (true) {
                int at = -1;
                int which = -1;
                for (int i = 0; i < values.size(); i++) {
                    String v = values.get(i);
                    int found = v == null ? -1 : html.indexOf(v, from);
                    if (found >= 0 && (at < 0 || found < at)) {
                        at = found;
                        which = i;
                    }
                }
                if (at < 0) {
                    break;
                }
                parts.add(html.substring(from, at));
                holes.add(which);
                from = at + values.get(which).length();
            }
            parts.add(html.substring(from));
            int[] h = new int[holes.size()];
            for (int i = 0; i < h.length; i++) {
                h[i] = holes.get(i);
            }
            return new Stored(parts.toArray(new String[0]), h);
        }

        /**
         * The stored HTML with this rendering's values in its holes. {@code String.join} over the pieces: on the JDKs
         * the storefront runs on (9 and later) it sizes the result once and builds the string without the second
         * copy a {@code StringBuilder} makes (the slot's HTML is the largest thing a cache hit allocates).
         */
        String fill(List<String> values) {
            String[] pieces = new String[parts.length + holes.length];
            pieces[0] = parts[0];
            for (int i = 0; i < holes.length; i++) {
                String v = values.get(holes[i]);
                pieces[2 * i + 1] = v == null ? "" : v;
                pieces[2 * i + 2] = parts[i + 1];
            }
            return String.join("", pieces);
        }

        int weight() {
            return length + holes.length * 32;
        }
    }

    /** A slot rendering's key and its own values (request values first, then the view's per-rendering ones). */
    public static final class Lookup {
        private final String key;
        private final List<String> values;

        Lookup(String key, List<String> values) {
            this.key = key;
            this.values = values;
        }

        public String getKey() {
            return key;
        }
    }

    public long getHits() {
        return hits.sum();
    }

    public long getMisses() {
        return misses.sum();
    }

    /** Renders of a view the fingerprint could not walk (always rendered afresh). */
    public long getUncacheable() {
        return uncacheable.sum();
    }

    public long getEntries() {
        return cache == null ? 0 : cache.estimatedSize();
    }

    @Override
    public void addCounters(Map<String, Long> into) {
        into.put(NodeHealth.CACHE_HITS, getHits());
        into.put(NodeHealth.CACHE_MISSES, getMisses());
        into.put(NodeHealth.CACHE_UNCACHEABLE, getUncacheable());
        into.put(NodeHealth.CACHE_ENTRIES, getEntries());
    }

    /** Drops every entry (e.g. after a theme's templates changed without a restart). */
    public void clear() {
        if (cache != null) {
            cache.invalidateAll();
        }
    }
}
