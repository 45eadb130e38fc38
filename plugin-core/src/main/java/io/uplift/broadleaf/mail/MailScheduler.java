package io.uplift.broadleaf.mail;

import io.uplift.engine.FailureSink;
import io.uplift.engine.mail.Backoff;
import io.uplift.engine.mail.MailJob;
import io.uplift.engine.mail.MailKind;
import io.uplift.engine.mail.MailSchedule;
import io.uplift.engine.mail.MailSettings;
import io.uplift.engine.mail.MailStatus;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.email.domain.EmailTarget;
import org.broadleafcommerce.common.email.domain.EmailTargetImpl;
import org.broadleafcommerce.common.email.service.EmailService;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Sends the plugin's e-mails off the request path: a daemon thread that, every poll, (1) schedules a reminder for
 * each registered customer's cart idle for the admin's time, (2) claims the due jobs of the shared schedule for this
 * node and (3) composes and sends each through Broadleaf's {@link EmailService} over SMTP. A send that fails waits
 * with exponential back-off and is tried again; after the last attempt it is {@code FAILED}, with its error kept for
 * the admin. A job that should not be sent ends {@code SKIPPED}/{@code CANCELLED} with its reason. Nothing here ever
 * reaches a shopper's request. Several nodes (or restarts) share one schedule safely: see {@link JdbcMailStore}.
 *
 * <p>Time comes from the given {@link Clock} (the {@code blUpliftMailClock} bean), so tests move it forward.</p>
 */
public class MailScheduler {

    private static final Log LOG = LogFactory.getLog(MailScheduler.class);
    static final String FAILURE = "mail:scheduler";
    /** How far back idle carts are looked for (beyond the idle time): older carts are not written about. */
    static final Duration CART_LOOKBACK = Duration.ofDays(30);

    private final JdbcMailStore store;
    private final JdbcMailSettings settings;
    private final MailComposer composer;
    private final EmailService email;
    private final TransactionTemplate transaction;
    private final DataSource dataSource;
    private final Clock clock;
    private final Backoff backoff;
    private final FailureSink failures;
    private final String fromAddress;
    private final long pollMillis;
    private final Duration lease;
    private final int batch;
    private final String node;
    private volatile boolean running;
    private Thread thread;

    /**
     * @param node a name of this node unique among the nodes sharing the database (a random suffix is added, so a
     *             second scheduler in the same JVM is another node)
     */
    public MailScheduler(JdbcMailStore store, JdbcMailSettings settings, MailComposer composer, EmailService email,
            PlatformTransactionManager transactions, DataSource dataSource, Clock clock, Backoff backoff,
            FailureSink failures, String fromAddress, long pollMillis, long leaseMillis, int batch, String node) {
        if (fromAddress == null || io.uplift.engine.mail.Recipients.problem(fromAddress) != null) {
            throw new IllegalArgumentException("uplift.mail.from must be an e-mail address: '" + fromAddress + "'");
        }
        if (pollMillis < 10) {
            throw new IllegalArgumentException("uplift.mail.pollMillis must be at least 10: " + pollMillis);
        }
        this.store = store;
        this.settings = settings;
        this.composer = composer;
        this.email = email;
        this.transaction = new TransactionTemplate(transactions);
        this.dataSource = dataSource;
        this.clock = clock;
        this.backoff = backoff;
        this.failures = failures;
        this.fromAddress = fromAddress;
        this.pollMillis = pollMillis;
        this.lease = Duration.ofMillis(leaseMillis);
        this.batch = batch;
        this.node = (node == null ? "node" : node) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public synchronized void start() {
        try {
            if (store.ensureUniqueKey()) {
                LOG.info("Uplift e-mails: made the unique index on UPLIFT_MAIL_JOB.JOB_KEY");
            }
        } catch (SQLException e) {
            failures.record(FAILURE, "making the unique index of UPLIFT_MAIL_JOB", e);
        }
        running = true;
        thread = new Thread(new Runnable() {
            @Override
            public void run() {
                loop();
            }
        }, "uplift-mail-" + node);
        thread.setDaemon(true);
        thread.start();
    }

    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(10000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    private void loop() {
        while (running) {
            try {
                runOnce();
            } catch (RuntimeException e) {
                failures.record(FAILURE, "one round of the e-mail scheduler", e);
            }
            try {
                Thread.sleep(pollMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    public String getNode() {
        return node;
    }

    public Clock getClock() {
        return clock;
    }

    /**
     * One round: schedules reminders of idle carts, then sends what is due. Synchronized so that a test calling it
     * and the thread do not interleave on this node (other nodes are kept apart by the store's claims).
     */
    public synchronized Round runOnce() {
        Round round = new Round();
        MailSettings s;
        try {
            s = settings.load();
        } catch (SQLException e) {
            failures.record(FAILURE, "reading the e-mail settings", e);
            return round;
        }
        Instant now = clock.instant();
        if (s.isAbandonedCartEnabled()) {
            try {
                round.scheduled += scheduleIdleCarts(now, s);
            } catch (SQLException e) {
                failures.record(FAILURE, "looking for idle carts", e);
            }
        }
        List<Long> claimed;
        try {
            claimed = store.claimDue(node, now, now.plus(lease), batch);
        } catch (SQLException e) {
            failures.record(FAILURE, "claiming due e-mails", e);
            return round;
        }
        for (Long id : claimed) {
            try {
                process(id, s, round);
            } catch (SQLException | RuntimeException e) {
                failures.record(FAILURE, "e-mail job " + id, e);
            }
        }
        return round;
    }

    /** Schedules a reminder for each registered customer's cart that went idle; returns how many were added. */
    int scheduleIdleCarts(Instant now, MailSettings s) throws SQLException {
        Instant idleSince = now.minus(Duration.ofMinutes(s.getAbandonedAfterMinutes()));
        int added = 0;
        // the idle carts are read first and the connection given back before the schedule's own statements take one:
        // one connection per thread at a time
        List<Object[]> idle = new ArrayList<Object[]>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT o.ORDER_ID, o.CUSTOMER_ID, COALESCE(o.DATE_UPDATED, o.DATE_CREATED)"
                     + " FROM BLC_ORDER o JOIN BLC_CUSTOMER cu ON cu.CUSTOMER_ID = o.CUSTOMER_ID"
                     + " WHERE o.ORDER_STATUS = 'IN_PROCESS' AND cu.IS_REGISTERED = ?"
                     + " AND COALESCE(o.DATE_UPDATED, o.DATE_CREATED) <= ? AND COALESCE(o.DATE_UPDATED, o.DATE_CREATED) > ?"
                     + " AND EXISTS (SELECT 1 FROM BLC_ORDER_ITEM i WHERE i.ORDER_ID = o.ORDER_ID)")) {
            q.setBoolean(1, true);
            q.setTimestamp(2, Timestamp.from(idleSince));
            q.setTimestamp(3, Timestamp.from(idleSince.minus(CART_LOOKBACK)));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    idle.add(new Object[] {rs.getLong(1), rs.getLong(2),
                            Instant.ofEpochMilli(rs.getTimestamp(3).getTime())});
                }
            }
        }
        for (Object[] cart : idle) {
            long cartId = (Long) cart[0];
            long customerId = (Long) cart[1];
            Instant lastChange = (Instant) cart[2];
            Instant previous = store.lastCartReminder(cartId);
            if (MailSchedule.cartReminderDue(now, lastChange, previous, s)
                    && store.schedule(MailSchedule.cartKey(cartId, lastChange), MailKind.ABANDONED_CART, cartId,
                            customerId, now, now)) {
                added++;
            }
        }
        return added;
    }

    private void process(long id, MailSettings s, Round round) throws SQLException {
        MailJob job = store.find(id);
        Instant now = clock.instant();
        if (!s.isEnabled(job.getKind())) {
            finish(job, MailStatus.SKIPPED, null, null, (job.getKind() == MailKind.POST_PURCHASE ? "post-purchase"
                    : "abandoned-cart") + " e-mails are switched off", round);
            return;
        }
        ComposedMail mail;
        try {
            mail = composer.compose(job, s);
        } catch (RuntimeException e) {
            fail(job, null, "composing failed: " + e, round);
            return;
        }
        if (!mail.isMessage()) {
            finish(job, mail.getOutcome(), mail.getRecipient(), null, mail.getReason(), round);
            return;
        }
        if (store.isOptedOut(mail.getRecipient())) {
            finish(job, MailStatus.SKIPPED, mail.getRecipient(), mail.getSubject(), "the recipient unsubscribed", round);
            return;
        }
        try {
            send(mail);
        } catch (RuntimeException e) {
            fail(job, mail.getRecipient(), e.getClass().getSimpleName() + ": " + e.getMessage(), round);
            return;
        }
        finish(job, MailStatus.SENT, mail.getRecipient(), mail.getSubject(), null, round);
        LOG.info("Uplift e-mails: sent " + job + " to " + mail.getRecipient());
    }

    /** Hands the message to Broadleaf's e-mail service (which records its tracking row in the same transaction). */
    void send(final ComposedMail mail) {
        final EmailInfo info = emailInfo(mail, fromAddress);
        final EmailTarget target = new EmailTargetImpl();
        target.setEmailAddress(mail.getRecipient());
        final Map<String, Object> props = new HashMap<String, Object>(mail.getVariables());
        transaction.execute(new TransactionCallbackWithoutResult() {
            @Override
            protected void doInTransactionWithoutResult(TransactionStatus status) {
                email.sendTemplateEmail(target, info, props);
            }
        });
    }

    /** The Broadleaf e-mail info of a composed message. */
    public static EmailInfo emailInfo(ComposedMail mail, String from) {
        EmailInfo info = new EmailInfo();
        info.setEmailType("UPLIFT_" + mail.getKind().name());
        info.setEmailTemplate(mail.getTemplate());
        info.setSubject(mail.getSubject());
        info.setFromAddress(from);
        info.setEncoding("UTF-8");
        return info;
    }

    private void finish(MailJob job, MailStatus status, String recipient, String subject, String reason, Round round)
            throws SQLException {
        if (!store.finish(job.getId(), node, status, recipient, subject, reason, clock.instant())) {
            LOG.warn("Uplift e-mails: " + job + " was taken over by another node before it finished here");
            return;
        }
        if (status == MailStatus.SENT) {
            round.sent++;
        } else if (status == MailStatus.SKIPPED) {
            round.skipped++;
        } else {
            round.cancelled++;
        }
    }

    private void fail(MailJob job, String recipient, String error, Round round) throws SQLException {
        Instant now = clock.instant();
        // the claim counted this attempt: the job's attempts are the failures so far, this one included
        Instant next = backoff.nextAttempt(now, Math.max(1, job.getAttempts()));
        store.failed(job.getId(), node, next, recipient, error, now);
        if (next == null) {
            round.failed++;
            LOG.warn("Uplift e-mails: gave up " + job +  " after " + job.getAttempts() + " attempts: " + error);
        } else {
            round.retrying++;
            LOG.info("Uplift e-mails: " + job + " failed (" + error + "); next attempt at " + next);
        }
    }

    /** What one round did (for tests and the log). */
    public static final class Round {
        int scheduled;
        int sent;
        int skipped;
        int cancelled;
        int retrying;
        int failed;

        public int getScheduled() {
            return scheduled;
        }

        public int getSent() {
            return sent;
        }

        public int getSkipped() {
            return skipped;
        }

        public int getCancelled() {
            return cancelled;
        }

        public int getRetrying() {
            return retrying;
        }

        public int getFailed() {
            return failed;
        }

        @Override
        public String toString() {
            return "scheduled " + scheduled + ", sent " + sent + ", skipped " + skipped + ", cancelled " + cancelled
                    + ", retrying " + retrying + ", failed " + failed;
        }
    }
}
