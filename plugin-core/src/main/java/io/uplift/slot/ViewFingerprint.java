package io.uplift.slot;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A canonical text of everything a view object holds, so that two views with the same text render the same HTML
 * (the storefront's render cache keys on it). It walks the object graph: strings, numbers, booleans, characters,
 * enums, {@link Locale}, {@link Currency}, collections and maps (in their iteration order, which is the order a
 * template iterates them in), arrays, and the plugin's own classes ({@code io.uplift.*}: every instance field, of
 * the class and its superclasses, in a fixed order). Anything else (e.g. a platform entity, whose getters may load
 * more state) makes the view <em>unfingerprintable</em>: {@link #of} returns {@code null} and the caller renders the
 * view afresh, so an unknown type can cost a cache miss but never a wrong page.
 *
 * <p>Every value is written with its type and, for text, its length, so different graphs cannot give the same text.
 * Classes and enum types are written as a number given in this JVM (the text is a key of an in-memory cache, so it
 * need not be stable across restarts; short keys hash and compare faster).
 * Cycles and very deep graphs (over {@value #MAX_DEPTH} levels) are refused the same way. A field marked
 * {@link PerRendering} (a one-time token) is written as a placeholder and its value listed in
 * {@link #getPerRendering()}, in the order met: two views that differ only there have the same text. A field
 * marked {@link NotRendered} is left out.</p>
 *
 * <p>The rule for view classes that follows: what a template shows must be a function of the view's fields. A getter
 * that reads a clock or a service would be cached with the rest; view classes compute such values when they are
 * built (as every widget provider does).</p>
 */
public final class ViewFingerprint {

    static final int MAX_DEPTH = 24;
    /** The shortest per-rendering value accepted (see {@link PerRendering}). */
    public static final int MIN_PER_RENDERING = 8;
    private static final String OWN_PACKAGE = "io.uplift.";
    /** Short names of classes in the text, unique in this JVM (the cache that keys on the text lives in it too). */
    private static final AtomicInteger CLASS_NUMBERS = new AtomicInteger();
    /** Per class: its fingerprinted fields, and which of them are per-rendering values. */
    private static final ClassValue<Walk> WALKS = new ClassValue<Walk>() {
        @Override
        protected Walk computeValue(Class<?> type) {
            return new Walk(fields(type), "o" + CLASS_NUMBERS.incrementAndGet() + "(");
        }
    };
    /** Per enum class: the text of each constant by ordinal. */
    private static final ClassValue<String[]> ENUMS = new ClassValue<String[]>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String prefix = "e" + CLASS_NUMBERS.incrementAndGet() + ".";
            String[] texts = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                texts[i] = prefix + i + ";";
            }
            return texts;
        }
    };

    /**
     * The text is written into a buffer kept per thread (a slot's text is several kilobytes: a fresh builder per slot
     * grew and copied itself a few times, about a third of the walk's time); a buffer grown past
     * {@value #KEPT_BUFFER_CHARS} characters is not kept, so that a request thread holds at most 128 KB for it (Jetty
     * runs up to 200 of them; a slot's text is a few kilobytes).
     */
    private static final ThreadLocal<StringBuilder> BUFFERS = new ThreadLocal<StringBuilder>() {
        @Override
        protected StringBuilder initialValue() {
            return new StringBuilder(16384);
        }
    };
    static final int KEPT_BUFFER_CHARS = 64 * 1024;

    private final String text;
    private final List<String> perRendering;

    private ViewFingerprint(String text, List<String> perRendering) {
        this.text = text;
        this.perRendering = Collections.unmodifiableList(perRendering);
    }

    /**
     * What makes {@code value} unfingerprintable: the first refused type's name, "a cycle or a graph deeper than
     * 24 levels", or "a per-rendering value ..." ; {@code null} when it can be fingerprinted. For logs: it walks again.
     */
    public static String refusal(Object value) {
        String[] refused = new String[1];
        return write(value, new StringBuilder(), new ArrayList<String>(), 0, refused) ? null : refused[0];
    }

    /** The fingerprint of {@code value}, or {@code null} when it holds a type this class does not know. */
    public static ViewFingerprint of(Object value) {
        return of("", value);
    }

    /**
     * The fingerprint of {@code value} with its text after {@code prefix} (e.g. what else a cache keys on: one string
     * built once), or {@code null} when the value holds a type this class does not know.
     */
    public static ViewFingerprint of(String prefix, Object value) {
        StringBuilder out = BUFFERS.get();
        out.setLength(0);
        try {
            out.append(prefix);
            List<String> perRendering = new ArrayList<String>(2);
            return write(value, out, perRendering, 0, null) ? new ViewFingerprint(out.toString(), perRendering) : null;
        } finally {
            if (out.capacity() > KEPT_BUFFER_CHARS) {
                BUFFERS.remove();
            } else {
                out.setLength(0);
            }
        }
    }

    /** The canonical text: equal for two views that render the same HTML up to their per-rendering values. */
    public String getText() {
        return text;
    }

    /** The values of the {@link PerRendering} fields, in the order the walk met them. */
    public List<String> getPerRendering() {
        return perRendering;
    }

    /** @param refused where the reason of a refusal is written (null: not wanted) */
    private static boolean write(Object value, StringBuilder out, List<String> perRendering, int depth,
            String[] refused) {
        if (depth > MAX_DEPTH) {
            return refuse(refused, "a cycle or a graph deeper than " + MAX_DEPTH + " levels");
        }
        if (value == null) {
            out.append('n');
            return true;
        }
        if (value instanceof String) {
            String s = (String) value;
            out.append('s').append(s.length()).append(':').append(s);
            return true;
        }
        char number = numberCode(value);
        if (number != 0) {
            // BigDecimal's text keeps its scale (2.5 and 2.50 format differently)
            String s = value.toString();
            out.append(number).append(s.length()).append(':').append(s);
            return true;
        }
        if (value instanceof Character) {
            out.append('c').append((char) (Character) value);
            return true;
        }
        if (value instanceof Enum) {
            Enum<?> e = (Enum<?>) value;
            out.append(ENUMS.get(e.getDeclaringClass())[e.ordinal()]);
            return true;
        }
        if (value.getClass() == Date.class) {
            // the instant (a template formats it with the request's locale, which the cache keys on); subclasses
            // (java.sql.Timestamp's nanoseconds) are refused below
            String s = Long.toString(((Date) value).getTime());
            out.append('d').append(s.length()).append(':').append(s);
            return true;
        }
        if (value instanceof Temporal || value instanceof Duration) {
            // java.time values are immutable and print their whole value
            String s = value.getClass().getName() + "=" + value;
            out.append('t').append(s.length()).append(':').append(s);
            return true;
        }
        if (value instanceof Locale || value instanceof Currency) {
            String s = value.toString();
            out.append('l').append(s.length()).append(':').append(s);
            return true;
        }
        if (value instanceof Iterable) {
            out.append('[');
            for (Object item : (Iterable<?>) value) {
                if (!write(item, out, perRendering, depth + 1, refused)) {
                    return false;
                }
            }
            out.append(']');
            return true;
        }
        if (value instanceof Map) {
            out.append('{');
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                if (!write(e.getKey(), out, perRendering, depth + 1, refused) || !write(e.getValue(), out, perRendering, depth + 1, refused)) {
                    return false;
                }
            }
            out.append('}');
            return true;
        }
        Class<?> type = value.getClass();
        if (type.isArray()) {
            int n = Array.getLength(value);
            out.append('a').append(n).append('[');
            for (int i = 0; i < n; i++) {
                if (!write(Array.get(value, i), out, perRendering, depth + 1, refused)) {
                    return false;
                }
            }
            out.append(']');
            return true;
        }
        if (!type.getName().startsWith(OWN_PACKAGE) || type.isSynthetic()) {
            return refuse(refused, type.getName());
        }
        Walk walk = WALKS.get(type);
        out.append(walk.open);
        Field[] fields = walk.fields;
        boolean[] tokens = walk.perRendering;
        for (int i = 0; i < fields.length; i++) {
            Object v;
            try {
                v = fields[i].get(value);
            } catch (IllegalAccessException e) {
                return refuse(refused, "an inaccessible field " + fields[i]);
            }
            if (tokens[i]) {
                if (!(v instanceof String) || ((String) v).length() < MIN_PER_RENDERING) {
                    return refuse(refused, "a per-rendering value of " + fields[i] + " that is not a String of "
                            + MIN_PER_RENDERING + " or more characters");
                }
                out.append('r');
                perRendering.add((String) v);
            } else if (!write(v, out, perRendering, depth + 1, refused)) {
                return false;
            }
        }
        out.append(')');
        return true;
    }

    /** A letter per number type (distinct, so that equal digits of two types never give the same text), or 0. */
    private static char numberCode(Object value) {
        if (value instanceof Integer) {
            return 'I';
        }
        if (value instanceof Long) {
            return 'L';
        }
        if (value instanceof BigDecimal) {
            return 'M';
        }
        if (value instanceof Boolean) {
            return 'Z';
        }
        if (value instanceof Double) {
            return 'D';
        }
        if (value instanceof Float) {
            return 'F';
        }
        if (value instanceof Short) {
            return 'S';
        }
        if (value instanceof Byte) {
            return 'Y';
        }
        return value instanceof BigInteger ? 'G' : 0;
    }

    private static boolean refuse(String[] refused, String why) {
        if (refused != null && refused[0] == null) {
            refused[0] = why;
        }
        return false;
    }

    /**
     * Instance fields of the class and its superclasses, superclass first, each class's sorted by name, without the
     * {@link NotRendered} ones, accessible.
     */
    private static Field[] fields(Class<?> type) {
        List<Field> all = new ArrayList<Field>();
        List<Class<?>> chain = new ArrayList<Class<?>>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            chain.add(0, c);
        }
        for (Class<?> c : chain) {
            List<Field> own = new ArrayList<Field>();
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (!Modifier.isStatic(m) && !f.isSynthetic() && !f.isAnnotationPresent(NotRendered.class)) {
                    own.add(f);
                }
            }
            Collections.sort(own, new Comparator<Field>() {
                @Override
                public int compare(Field a, Field b) {
                    return a.getName().compareTo(b.getName());
                }
            });
            all.addAll(own);
        }
        Field[] fields = all.toArray(new Field[0]);
        AccessibleObject.setAccessible(fields, true);
        return fields;
    }

    private static final class Walk {
        final Field[] fields;
        final boolean[] perRendering;
        /** How an instance opens in the text: the class's short name. */
        final String open;

        Walk(Field[] fields, String open) {
            this.fields = fields;
            this.open = open;
            this.perRendering = new boolean[fields.length];
            for (int i = 0; i < fields.length; i++) {
                perRendering[i] = fields[i].isAnnotationPresent(PerRendering.class);
            }
        }
    }
}
