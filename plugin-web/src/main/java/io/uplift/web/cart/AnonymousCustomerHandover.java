package io.uplift.web.cart;

import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.common.util.BLCRequestUtils;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerPersistedEvent;
import org.broadleafcommerce.profile.web.core.security.CustomerStateRequestProcessor;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.web.context.request.WebRequest;

/**
 * Closes a gap in Broadleaf 3.1's handover of an anonymous shopper from the session to the database, so that a
 * shopper's first cart is never lost to a request of the same session running at that moment.
 *
 * <p>An anonymous customer lives in the session as an object until its first cart is saved. After that commit,
 * Broadleaf's {@code CustomerStateRefresher} removes the object from the session and then stores the customer's id
 * in its place. A request of the same session that resolves its customer between those two steps finds neither,
 * creates a new anonymous customer and puts it in the session; from then on the shopper sees that customer's empty
 * cart. The bundle's "add all" and the quick-add make such parallel requests likely (a test of eight parallel
 * "add all" requests lost its cart this way once in CI, after passing in every earlier run).</p>
 *
 * <p>This listener runs before Broadleaf's (highest precedence) and stores the id while the object is still in the
 * session, so a concurrent request always finds one of the two, both naming the same customer. It changes nothing
 * else: Broadleaf's refresher still removes the object and refreshes {@code CustomerState}.</p>
 */
public class AnonymousCustomerHandover implements ApplicationListener<CustomerPersistedEvent>, Ordered {

    @Override
    public void onApplicationEvent(CustomerPersistedEvent event) {
        Customer saved = event.getCustomer();
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        WebRequest request = context == null ? null : context.getWebRequest();
        if (saved == null || saved.getId() == null || request == null || !BLCRequestUtils.isOKtoUseSession(request)) {
            return;
        }
        Object inSession = request.getAttribute(CustomerStateRequestProcessor.getAnonymousCustomerSessionAttributeName(),
                WebRequest.SCOPE_GLOBAL_SESSION);
        if (inSession instanceof Customer && saved.getId().equals(((Customer) inSession).getId())) {
            request.setAttribute(CustomerStateRequestProcessor.getAnonymousCustomerIdSessionAttributeName(),
                    saved.getId(), WebRequest.SCOPE_GLOBAL_SESSION);
        }
    }

    /** Before Broadleaf's {@code CustomerStateRefresher}, which is not ordered (lowest precedence). */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
