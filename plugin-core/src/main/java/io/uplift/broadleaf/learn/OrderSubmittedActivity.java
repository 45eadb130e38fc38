package io.uplift.broadleaf.learn;

import io.uplift.engine.FailureSink;
import io.uplift.engine.learn.LearningService;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

/**
 * The last step of Broadleaf's checkout workflow (order 7000, after {@code blCompleteOrderActivity} has marked the
 * order SUBMITTED): tells the learner that an order arrived, so the statistics include it within about a second
 * instead of at the next poll. Does no work of its own on the request thread and never throws: a plugin must not
 * fail a checkout.
 */
public class OrderSubmittedActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    private final LearningService learning;
    private final FailureSink failures;

    public OrderSubmittedActivity(LearningService learning, FailureSink failures) {
        this.learning = learning;
        this.failures = failures;
        setOrder(7000);
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        try {
            learning.orderSubmitted();
        } catch (RuntimeException e) {
            failures.record("learn:checkout-hook", "telling the learner about order "
                    + context.getSeedData().getOrder().getId(), e);
        }
        return context;
    }
}
