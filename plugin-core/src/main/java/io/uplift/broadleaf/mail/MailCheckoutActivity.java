package io.uplift.broadleaf.mail;

import io.uplift.engine.FailureSink;
import io.uplift.engine.mail.MailKind;
import io.uplift.engine.mail.MailSchedule;
import io.uplift.engine.mail.MailSettings;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.springframework.transaction.support.TransactionSynchronizationAdapter;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Instant;

/**
 * A step of Broadleaf's checkout workflow (order 7200, after the order is SUBMITTED and numbered): schedules the
 * order's post-purchase e-mail (when switched on, the admin's delay from now) and cancels the pending reminders of
 * the cart that just became this order ("cancelled if the customer checks out first"). Two small statements on the
 * shared schedule, made once the checkout's transaction has committed; never throws: a plugin must not fail a
 * checkout (a failure is counted and logged).
 */
public class MailCheckoutActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    private final JdbcMailStore store;
    private final JdbcMailSettings settings;
    private final Clock clock;
    private final FailureSink failures;

    public MailCheckoutActivity(JdbcMailStore store, JdbcMailSettings settings, Clock clock, FailureSink failures) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.failures = failures;
        setOrder(7200);
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        final long orderId = order.getId();
        final String orderNumber = order.getOrderNumber();
        final Long customerId = order.getCustomer() == null ? null : order.getCustomer().getId();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // after the checkout's transaction has committed: no e-mail for a checkout that rolls back, and no second
            // connection while the checkout's transaction holds the first (on HSQLDB a CHECKPOINT waits for the open
            // transaction while the second connection waits for the CHECKPOINT; any pool can starve so)
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
                @Override
                public void afterCommit() {
                    schedule(orderId, orderNumber, customerId);
                }
            });
        } else {
            schedule(orderId, orderNumber, customerId);
        }
        return context;
    }

    /** The two statements; never throws. */
    void schedule(long orderId, String orderNumber, Long customerId) {
        try {
            Instant now = clock.instant();
            store.cancelCart(orderId, "the customer checked out (order " + orderNumber + ")", now);
            MailSettings s = settings.load();
            if (s.isPostPurchaseEnabled()) {
                store.schedule(MailSchedule.orderKey(orderId), MailKind.POST_PURCHASE, orderId, customerId,
                        MailSchedule.postPurchaseDue(now, s), now);
            }
        } catch (Exception e) {
            failures.record(MailScheduler.FAILURE, "scheduling the e-mail of order " + orderId, e);
        }
    }
}
