package io.uplift.engine.mail;

import java.util.Objects;

/**
 * The merchandiser's e-mail choices (Uplift &gt; E-mails): which e-mails are sent, when, with which subject, how many
 * suggestions, and the usage tips. Every guard quotes the bad value; the admin page and the storefront's reading of
 * the stored row apply the same rules, so a bad row never reaches a customer. Immutable.
 */
public final class MailSettings {

    /** Longest delay after an order, in minutes (30 days). */
    public static final int MAX_DELAY_MINUTES = 30 * 24 * 60;
    /** Longest resend period of abandoned-cart e-mails, in hours (one year). */
    public static final int MAX_RESEND_HOURS = 365 * 24;
    /** Most suggestions in one e-mail. */
    public static final int MAX_SUGGESTIONS = 6;
    /** Longest subject line, in characters. */
    public static final int MAX_SUBJECT_LENGTH = 150;

    /**
     * What a shop gets before its merchandiser saves anything: both e-mails off (a shop decides to write to its
     * customers), 3 days after an order, carts idle for 4 hours, one reminder per cart a week, 4 suggestions.
     */
    public static final MailSettings DEFAULTS = new MailSettings(false, 3 * 24 * 60, "Picked for you after your order",
            false, 4 * 60, "You left something in your cart", 7 * 24, 4, UsageTips.NONE);

    private final boolean postPurchaseEnabled;
    private final int postPurchaseDelayMinutes;
    private final String postPurchaseSubject;
    private final boolean abandonedCartEnabled;
    private final int abandonedAfterMinutes;
    private final String abandonedCartSubject;
    private final int resendHours;
    private final int suggestions;
    private final UsageTips tips;

    /**
     * @param postPurchaseDelayMinutes minutes after the order is submitted, 1 to {@value #MAX_DELAY_MINUTES}
     * @param abandonedAfterMinutes    minutes a cart must stay untouched, 1 to {@value #MAX_DELAY_MINUTES}
     * @param resendHours              at most one reminder per cart in this many hours, 1 to {@value #MAX_RESEND_HOURS}
     * @param suggestions              products suggested per e-mail, 1 to {@value #MAX_SUGGESTIONS}
     * @param tips                     the usage tips; {@code null}: none
     * @throws IllegalArgumentException quoting the bad value
     */
    public MailSettings(boolean postPurchaseEnabled, int postPurchaseDelayMinutes, String postPurchaseSubject,
            boolean abandonedCartEnabled, int abandonedAfterMinutes, String abandonedCartSubject, int resendHours,
            int suggestions, UsageTips tips) {
        // at least a minute: the checkout transaction that scheduled it has long committed when it is sent
        range("post-purchase delay (minutes)", postPurchaseDelayMinutes, 1, MAX_DELAY_MINUTES);
        range("cart idle time (minutes)", abandonedAfterMinutes, 1, MAX_DELAY_MINUTES);
        range("resend period (hours)", resendHours, 1, MAX_RESEND_HOURS);
        range("suggestions per e-mail", suggestions, 1, MAX_SUGGESTIONS);
        this.postPurchaseEnabled = postPurchaseEnabled;
        this.postPurchaseDelayMinutes = postPurchaseDelayMinutes;
        this.postPurchaseSubject = subject("post-purchase subject", postPurchaseSubject);
        this.abandonedCartEnabled = abandonedCartEnabled;
        this.abandonedAfterMinutes = abandonedAfterMinutes;
        this.abandonedCartSubject = subject("abandoned-cart subject", abandonedCartSubject);
        this.resendHours = resendHours;
        this.suggestions = suggestions;
        this.tips = tips == null ? UsageTips.NONE : tips;
    }

    private static void range(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ": " + value);
        }
    }

    /** A subject: 1 to 150 characters, one line (a line break in a header would let text inject other headers). */
    static String subject(String what, String value) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty: '" + (value == null ? "" : value) + "'");
        }
        if (v.length() > MAX_SUBJECT_LENGTH) {
            throw new IllegalArgumentException(what + " is longer than " + MAX_SUBJECT_LENGTH + " characters: '" + v + "'");
        }
        for (int i = 0; i < v.length(); i++) {
            if (Character.isISOControl(v.charAt(i))) {
                throw new IllegalArgumentException(what + " must be one line without control characters: '" + v + "'");
            }
        }
        return v;
    }

    public boolean isEnabled(MailKind kind) {
        return kind == MailKind.POST_PURCHASE ? postPurchaseEnabled : abandonedCartEnabled;
    }

    public String subject(MailKind kind) {
        return kind == MailKind.POST_PURCHASE ? postPurchaseSubject : abandonedCartSubject;
    }

    public boolean isPostPurchaseEnabled() {
        return postPurchaseEnabled;
    }

    public int getPostPurchaseDelayMinutes() {
        return postPurchaseDelayMinutes;
    }

    public String getPostPurchaseSubject() {
        return postPurchaseSubject;
    }

    public boolean isAbandonedCartEnabled() {
        return abandonedCartEnabled;
    }

    public int getAbandonedAfterMinutes() {
        return abandonedAfterMinutes;
    }

    public String getAbandonedCartSubject() {
        return abandonedCartSubject;
    }

    public int getResendHours() {
        return resendHours;
    }

    public int getSuggestions() {
        return suggestions;
    }

    public UsageTips getTips() {
        return tips;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MailSettings)) {
            return false;
        }
        MailSettings m = (MailSettings) o;
        return postPurchaseEnabled == m.postPurchaseEnabled && postPurchaseDelayMinutes == m.postPurchaseDelayMinutes
                && postPurchaseSubject.equals(m.postPurchaseSubject) && abandonedCartEnabled == m.abandonedCartEnabled
                && abandonedAfterMinutes == m.abandonedAfterMinutes && abandonedCartSubject.equals(m.abandonedCartSubject)
                && resendHours == m.resendHours && suggestions == m.suggestions && tips.equals(m.tips);
    }

    @Override
    public int hashCode() {
        return Objects.hash(postPurchaseEnabled, postPurchaseDelayMinutes, postPurchaseSubject, abandonedCartEnabled,
                abandonedAfterMinutes, abandonedCartSubject, resendHours, suggestions, tips);
    }

    @Override
    public String toString() {
        return "post-purchase " + (postPurchaseEnabled ? "on, " + postPurchaseDelayMinutes + " min after the order" : "off")
                + "; abandoned cart " + (abandonedCartEnabled ? "on, after " + abandonedAfterMinutes
                + " min idle, at most one per " + resendHours + " h" : "off") + "; " + suggestions + " suggestions; "
                + tips.size() + " usage tips";
    }
}
