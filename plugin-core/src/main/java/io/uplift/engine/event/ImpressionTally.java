package io.uplift.engine.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered impressions counted in memory per day, widget, slot and experiment arm, until a writer {@link #drain()
 * drains} them into one stored count per key, instead of one stored row per widget and page view. The page only
 * increments a counter: no object per impression, no queue, nothing the writer can fall behind on.
 *
 * <p>Lossless under concurrency: a counter is read and reset atomically ({@code getAndSet(0)}), so an increment
 * racing a drain is counted in this drain or the next. Keys are removed only two days after their day, when no page
 * adds to them any more. Bounded: at most {@code maxKeys} keys (a day's widgets times their arms, normally a few
 * dozen); an impression of a new key beyond that is dropped and counted ({@link #dropped()}). Thread-safe.</p>
 */
public final class ImpressionTally {

    /** What one count is kept for. Immutable; no validation on the page's path (the values are the server's). */
    public static final class Key {
        private final LocalDate day;
        private final long widgetId;
        private final String widgetType;
        private final String slot;
        private final String experimentId;
        private final String variant;
        private final int hash;

        /**
         * @param experimentId null when the visitor is in no experiment on this widget (then {@code variant} is null)
         */
        public Key(LocalDate day, long widgetId, String widgetType, String slot, String experimentId, String variant) {
            if (day == null || widgetType == null || slot == null) {
                throw new IllegalArgumentException("an impression needs its day, widget type and slot: " + day + " / "
                        + widgetType + " / " + slot);
            }
            this.day = day;
            this.widgetId = widgetId;
            this.widgetType = widgetType;
            this.slot = slot;
            this.experimentId = experimentId;
            this.variant = variant;
            // by hand: Objects.hash boxes the id and fills an array for every widget of every page
            int h = day.hashCode();
            h = 31 * h + Long.hashCode(widgetId);
            h = 31 * h + widgetType.hashCode();
            h = 31 * h + slot.hashCode();
            h = 31 * h + (experimentId == null ? 0 : experimentId.hashCode());
            this.hash = 31 * h + (variant == null ? 0 : variant.hashCode());
        }

        public LocalDate getDay() {
            return day;
        }

        public long getWidgetId() {
            return widgetId;
        }

        public String getWidgetType() {
            return widgetType;
        }

        public String getSlot() {
            return slot;
        }

        /** Null outside an experiment. */
        public String getExperimentId() {
            return experimentId;
        }

        /** Null outside an experiment. */
        public String getVariant() {
            return variant;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Key)) {
                return false;
            }
            Key k = (Key) o;
            return hash == k.hash && widgetId == k.widgetId && day.equals(k.day) && widgetType.equals(k.widgetType)
                    && slot.equals(k.slot) && Objects.equals(experimentId, k.experimentId)
                    && Objects.equals(variant, k.variant);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return day + " widget " + widgetId + " (" + widgetType + ", " + slot + ")"
                    + (experimentId == null ? "" : " experiment " + experimentId + " arm " + variant);
        }
    }

    /** A drained count: how many impressions of one key arrived since the last drain. */
    public static final class Count {
        private final Key key;
        private final long count;

        public Count(Key key, long count) {
            if (key == null || count < 1) {
                throw new IllegalArgumentException("a drained count needs its key and a positive count: " + key + " / "
                        + count);
            }
            this.key = key;
            this.count = count;
        }

        public Key getKey() {
            return key;
        }

        public long getCount() {
            return count;
        }

        @Override
        public String toString() {
            return key + ": " + count;
        }
    }

    private final ConcurrentHashMap<Key, AtomicLong> counts = new ConcurrentHashMap<Key, AtomicLong>();
    private final int maxKeys;
    private final AtomicLong dropped = new AtomicLong();

    /** @param maxKeys the most keys kept at once, at least 1 */
    public ImpressionTally(int maxKeys) {
        if (maxKeys < 1) {
            throw new IllegalArgumentException("an impression tally needs room for at least 1 key: " + maxKeys);
        }
        this.maxKeys = maxKeys;
    }

    /** Counts one impression (request thread: a map lookup and an increment). False when dropped for room. */
    public boolean add(Key key) {
        AtomicLong c = counts.get(key);
        if (c == null) {
            if (counts.size() >= maxKeys) {
                dropped.incrementAndGet();
                return false;
            }
            AtomicLong created = new AtomicLong();
            c = counts.putIfAbsent(key, created);
            if (c == null) {
                c = created;
            }
        }
        c.incrementAndGet();
        return true;
    }

    /**
     * The counts that arrived since the last drain (only keys with at least one), each reset to zero; forgets keys
     * of days before {@code today - 1} that have nothing left (no page adds to them any more).
     */
    public List<Count> drain(LocalDate today) {
        List<Count> out = new ArrayList<Count>();
        LocalDate forget = today == null ? null : today.minusDays(1);
        for (Iterator<Map.Entry<Key, AtomicLong>> it = counts.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Key, AtomicLong> e = it.next();
            long n = e.getValue().getAndSet(0);
            if (n > 0) {
                out.add(new Count(e.getKey(), n));
            } else if (forget != null && e.getKey().getDay().isBefore(forget)) {
                it.remove();
            }
        }
        return out;
    }

    /** Impressions dropped because the tally was full, since start. */
    public long dropped() {
        return dropped.get();
    }

    /** Keys held now. */
    public int size() {
        return counts.size();
    }
}
