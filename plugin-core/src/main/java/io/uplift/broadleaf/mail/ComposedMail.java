package io.uplift.broadleaf.mail;

import io.uplift.engine.mail.MailKind;
import io.uplift.engine.mail.MailStatus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What composing one e-mail gave: either a message to send (recipient, subject, template and the template's
 * variables) or, with a reason, why it is not sent ({@code SKIPPED} or {@code CANCELLED}). Immutable.
 */
public final class ComposedMail {

    private final MailKind kind;
    private final String recipient;
    private final String subject;
    private final String template;
    private final Map<String, Object> variables;
    private final MailStatus outcome;
    private final String reason;

    private ComposedMail(MailKind kind, String recipient, String subject, String template, Map<String, Object> variables,
            MailStatus outcome, String reason) {
        this.kind = kind;
        this.recipient = recipient;
        this.subject = subject;
        this.template = template;
        this.variables = variables == null ? Collections.<String, Object>emptyMap()
                : Collections.unmodifiableMap(new LinkedHashMap<String, Object>(variables));
        this.outcome = outcome;
        this.reason = reason;
    }

    public static ComposedMail message(MailKind kind, String recipient, String subject, String template,
            Map<String, Object> variables) {
        return new ComposedMail(kind, recipient, subject, template, variables, null, null);
    }

    public static ComposedMail skipped(MailKind kind, String recipient, String reason) {
        return new ComposedMail(kind, recipient, null, null, null, MailStatus.SKIPPED, reason);
    }

    public static ComposedMail cancelled(MailKind kind, String reason) {
        return new ComposedMail(kind, null, null, null, null, MailStatus.CANCELLED, reason);
    }

    /** Whether there is a message to send. */
    public boolean isMessage() {
        return outcome == null;
    }

    public MailKind getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    /** The HTML template's name under the e-mail template engine ({@code uplift/post-purchase}); its text part adds {@code -text}. */
    public String getTemplate() {
        return template;
    }

    public Map<String, Object> getVariables() {
        return variables;
    }

    /** {@code SKIPPED} or {@code CANCELLED} when not a message; else null. */
    public MailStatus getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }
}
