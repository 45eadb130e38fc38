package io.uplift.engine.upsell;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Money as shoppers read it ("$1,049.00", "+$50"). Thread-safe. */
public final class PriceText {

    /** NumberFormat is costly to create and not thread-safe: one per thread and currency. */
    private static final ThreadLocal<Map<String, NumberFormat>> FORMATS = new ThreadLocal<Map<String, NumberFormat>>() {
        @Override
        protected Map<String, NumberFormat> initialValue() {
            return new HashMap<String, NumberFormat>();
        }
    };

    private PriceText() {
    }

    /** The most texts kept per currency before the memo starts over. */
    static final int MEMO_SIZE = 4096;
    /**
     * Texts already made, per currency code ("" for none) and amount: a catalog's prices repeat on every page, and
     * {@code DecimalFormat} of a {@code BigDecimal} is the costliest step of a price card. Bounded: cleared when full.
     */
    private static final ConcurrentHashMap<String, ConcurrentHashMap<BigDecimal, String>> MEMO =
            new ConcurrentHashMap<String, ConcurrentHashMap<BigDecimal, String>>();

    /** "$1,049.00"; empty for {@code null}. An unknown currency code gives "1049.00 XYZ". */
    public static String format(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        String key = currency == null ? "" : currency;
        ConcurrentHashMap<BigDecimal, String> texts = MEMO.get(key);
        String text = texts == null ? null : texts.get(amount);
        if (text != null) {
            return text;
        }
        text = formatNow(amount, currency, key);
        if (texts == null) {
            if (MEMO.size() >= 64) {
                return text; // many currency codes (e.g. bad data): no memo for more
            }
            texts = MEMO.computeIfAbsent(key, k -> new ConcurrentHashMap<BigDecimal, String>());
        }
        if (texts.size() >= MEMO_SIZE) {
            texts.clear();
        }
        texts.put(amount, text);
        return text;
    }

    private static String formatNow(BigDecimal amount, String currency, String key) {
        Map<String, NumberFormat> formats = FORMATS.get();
        NumberFormat format = formats.get(key);
        if (format == null) {
            format = NumberFormat.getCurrencyInstance(Locale.US);
            if (currency != null) {
                try {
                    format.setCurrency(Currency.getInstance(currency));
                } catch (IllegalArgumentException e) {
                    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + currency;
                }
            }
            formats.put(key, format);
        }
        return format.format(amount);
    }

    /** Like {@link #format} but without ".00" for whole amounts: "$50", "$8.34". */
    public static String formatShort(BigDecimal amount, String currency) {
        String full = format(amount, currency);
        return amount != null && amount.stripTrailingZeros().scale() <= 0 && full.endsWith(".00")
                ? full.substring(0, full.length() - 3) : full;
    }

    /** "+$50" for a rise, "-$20" for a drop, "+$0" for none. */
    public static String signed(BigDecimal delta, String currency) {
        return (delta.signum() < 0 ? "-" : "+") + formatShort(delta.abs(), currency);
    }
}
