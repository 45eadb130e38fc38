package io.uplift.engine.mail;

/**
 * Where a scheduled e-mail stands. {@code PENDING} and {@code SENDING} are open (a node may still send it); the others
 * are final and carry their reason.
 */
public enum MailStatus {
    /** Waiting for its due time (or for its next attempt after a failure). */
    PENDING,
    /** Claimed by one node until its lease ends (a node that dies leaves it to another after the lease). */
    SENDING,
    /** Handed to the SMTP server. */
    SENT,
    /** Not sent, on purpose (no address, unsubscribed, nothing left to show, ...): the reason says why. */
    SKIPPED,
    /** Not sent: every attempt failed; the last error is kept. */
    FAILED,
    /** Not sent because what it was about is gone (the cart was checked out). */
    CANCELLED;

    public boolean isFinal() {
        return this != PENDING && this != SENDING;
    }
}
