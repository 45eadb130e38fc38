package io.uplift.broadleaf.mail;

import io.uplift.engine.FailureSink;
import io.uplift.engine.mail.MailKind;
import io.uplift.engine.mail.MailSchedule;
import io.uplift.engine.mail.MailSettings;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

import java.time.Clock;
import java.time.Instant;

/**
 * A step of Broadleaf's checkout workflow (order 7200, after the order is SUBMITTED and numbered): schedules the
 * order's post-purchase e-mail (when switched on, the admin's delay from now) and cancels the pending reminders of
 * the cart that just became this order ("cancelled if the customer checks out first"). Two small statements on the
 * shared schedule; never throws: a plugin must not fail a checkout (a failure is counted and logged).
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
        try {
            Instant now = clock.instant();
            store.cancelCart(order.getId(), "the customer checked out (order " + order.getOrderNumber() + ")", now);
            MailSettings s = settings.load();
            if (s.isPostPurchaseEnabled()) {
                store.schedule(MailSchedule.orderKey(order.getId()), MailKind.POST_PURCHASE, order.getId(),
                        order.getCustomer() == null ? null : order.getCustomer().getId(),
                        MailSchedule.postPurchaseDue(now, s), now);
            }
        } catch (Exception e) {
            failures.record(MailScheduler.FAILURE, "scheduling the e-mail of order " + order.getId(), e);
        }
        return context;
    }
}
