package io.uplift.engine.mail;

import java.time.Instant;

/**
 * One scheduled e-mail as stored: its unique key (one per order, one per idle spell of a cart), what it is about
 * (an order or cart id), when it is due, how it stands and why. Immutable view; the store changes rows, never this.
 */
public final class MailJob {

    private final long id;
    private final String key;
    private final MailKind kind;
    private final long targetId;
    private final Long customerId;
    private final MailStatus status;
    private final Instant dueAt;
    private final Instant createdAt;
    private final int attempts;
    private final String recipient;
    private final String subject;
    private final String reason;
    private final String lastError;
    private final Instant sentAt;
    private final int clicks;

    public MailJob(long id, String key, MailKind kind, long targetId, Long customerId, MailStatus status, Instant dueAt,
            Instant createdAt, int attempts, String recipient, String subject, String reason, String lastError,
            Instant sentAt, int clicks) {
        this.id = id;
        this.key = key;
        this.kind = kind;
        this.targetId = targetId;
        this.customerId = customerId;
        this.status = status;
        this.dueAt = dueAt;
        this.createdAt = createdAt;
        this.attempts = attempts;
        this.recipient = recipient;
        this.subject = subject;
        this.reason = reason;
        this.lastError = lastError;
        this.sentAt = sentAt;
        this.clicks = clicks;
    }

    public long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public MailKind getKind() {
        return kind;
    }

    /** The order id (post-purchase) or the cart's order id (abandoned cart). */
    public long getTargetId() {
        return targetId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public MailStatus getStatus() {
        return status;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Send attempts started so far (a claimed job counts one). */
    public int getAttempts() {
        return attempts;
    }

    /** The address written to (or that was refused), once known; may be null. */
    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    /** Why it was skipped or cancelled; null otherwise. */
    public String getReason() {
        return reason;
    }

    /** The last failed attempt's error; null when none failed. */
    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    /** Tracked clicks on the e-mail's links. */
    public int getClicks() {
        return clicks;
    }

    /** The time of the cart's last change an abandoned-cart key names, or null for other keys. */
    public Instant getCartChange() {
        if (kind != MailKind.ABANDONED_CART) {
            return null;
        }
        int colon = key.lastIndexOf(':');
        try {
            return Instant.ofEpochMilli(Long.parseLong(key.substring(colon + 1)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "e-mail " + id + " (" + key + ", " + status + ")";
    }
}
