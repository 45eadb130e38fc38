package io.uplift.web.page;

import io.uplift.engine.SuggestionContext;

import javax.servlet.ServletRequest;

/**
 * What Uplift keeps for one request while its page renders, in a single request attribute ({@value #ATTRIBUTE}):
 * whether the request counts for events, its page view id, whether the cost meter counted it, whether a slot has
 * shown (the script link) and the quick-add message, and the facts every slot of the page shares (the page's
 * parameters and path, the cart's facts, the page state the widgets write).
 *
 * <p>Why one attribute: Thymeleaf 2.1 reads a page's variables from its request attributes, and for every expression
 * and every local variable scope of the whole page it lists them all ({@code WebVariablesMap}: {@code containsKey}
 * walks Jetty's attribute names, a new evaluation root copies them). The load test's profile had that listing at
 * about a ninth of a page's CPU time, so each attribute a plugin adds makes every expression of the page a little
 * slower; Uplift adds one, on pages with widgets and without.</p>
 *
 * <p>Not thread-safe: a request renders on one thread.</p>
 */
public final class UpliftPage {

    /** The request attribute. */
    public static final String ATTRIBUTE = "uplift.page";

    private Boolean counts;
    private String pageView;
    private boolean costCounted;
    private Boolean costMeasured;
    private boolean slotShown;
    private boolean messageShown;
    private Object slotFacts;
    private Object cartFacts;
    private SuggestionContext.PageState pageState;

    private UpliftPage() {
    }

    /** The request's page, made on first use. */
    public static UpliftPage of(ServletRequest request) {
        Object made = request.getAttribute(ATTRIBUTE);
        if (made instanceof UpliftPage) {
            return (UpliftPage) made;
        }
        UpliftPage page = new UpliftPage();
        request.setAttribute(ATTRIBUTE, page);
        return page;
    }

    /** The request's page if something made it, else null (nothing is added to the request). */
    public static UpliftPage peek(ServletRequest request) {
        Object made = request.getAttribute(ATTRIBUTE);
        return made instanceof UpliftPage ? (UpliftPage) made : null;
    }

    /** Whether the request's events are recorded (not a bot), or null until decided. */
    public Boolean getCounts() {
        return counts;
    }

    public void setCounts(Boolean counts) {
        this.counts = counts;
    }

    /** The page view id of the page's events, or null until made. */
    public String getPageView() {
        return pageView;
    }

    public void setPageView(String pageView) {
        this.pageView = pageView;
    }

    /**
     * Marks the page as counted by the slot cost meter.
     *
     * @return true the first time (the page is to be counted), false after
     */
    public boolean countCost() {
        boolean first = !costCounted;
        costCounted = true;
        return first;
    }

    /** The slot cost meter's choice for this page: null before its first tag, then whether its tags are timed. */
    public Boolean getCostMeasured() {
        return costMeasured;
    }

    public void setCostMeasured(boolean measured) {
        this.costMeasured = measured;
    }

    /** True once a slot of the page showed widgets (the first one links the script). */
    public boolean isSlotShown() {
        return slotShown;
    }

    public void setSlotShown() {
        this.slotShown = true;
    }

    /** True once a slot of the page showed the quick-add message (it shows once). */
    public boolean isMessageShown() {
        return messageShown;
    }

    public void setMessageShown() {
        this.messageShown = true;
    }

    /** The slot tag's facts of the page (its own type), or null. */
    public Object getSlotFacts() {
        return slotFacts;
    }

    public void setSlotFacts(Object slotFacts) {
        this.slotFacts = slotFacts;
    }

    /** The shopper context's facts of the cart (its own type), or null. */
    public Object getCartFacts() {
        return cartFacts;
    }

    public void setCartFacts(Object cartFacts) {
        this.cartFacts = cartFacts;
    }

    /** The page state the slots of the page share, or null until the first slot made it. */
    public SuggestionContext.PageState getPageState() {
        return pageState;
    }

    public void setPageState(SuggestionContext.PageState pageState) {
        this.pageState = pageState;
    }
}
