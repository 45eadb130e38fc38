package io.uplift.web.slot;

import io.uplift.web.AttributeRequests;
import io.uplift.web.page.UpliftPage;
import org.junit.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.servlet.http.HttpServletRequest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;

public class PageFactsTest {

    /**
     * A request for {@code /shop/hats?upliftBundle=7&x=1} in context {@code /shop}, counting how often its path and
     * parameters are read.
     */
    private static HttpServletRequest request(AtomicInteger reads) {
        return AttributeRequests.request((method, args) -> {
            switch (method) {
                case "getRequestURI":
                    reads.incrementAndGet();
                    return "/shop/hats";
                case "getContextPath":
                    return "/shop";
                case "getQueryString":
                    return "upliftBundle=7&x=1";
                case "getParameterMap":
                    reads.incrementAndGet();
                    Map<String, String[]> parameters = new LinkedHashMap<String, String[]>();
                    parameters.put("upliftBundle", new String[] {"7"});
                    parameters.put("x", new String[] {"1"});
                    return parameters;
                default:
                    throw new UnsupportedOperationException(method);
            }
        });
    }

    /** The page's facts as a slot tag gets them: through the request's {@link UpliftPage}. */
    private static UpliftSlotProcessor.PageFacts facts(HttpServletRequest request) {
        return UpliftSlotProcessor.PageFacts.of(UpliftPage.of(request), request);
    }

    /** The page's slots (one in the header, one in the body) read the request's path and parameters once. */
    @Test
    public void theSlotsOfAPageShareWhatTheyReadFromTheRequest() {
        AtomicInteger reads = new AtomicInteger();
        HttpServletRequest page = request(reads);
        UpliftSlotProcessor.PageFacts first = facts(page);
        assertSame(first, facts(page));
        assertEquals(2, reads.get());
        assertEquals("/hats?upliftBundle=7&x=1", first.returnPath);
        assertEquals("/shop", first.contextPath);
        assertEquals(Long.valueOf(7), first.parameters.id("upliftBundle"));
        assertFalse(first.parameters.has("x")); // only the plugin's own parameters reach the widgets

        UpliftSlotProcessor.PageFacts other = facts(request(reads));
        assertEquals(4, reads.get());
        assertEquals(first.returnPath, other.returnPath);
        assertNull(UpliftSlotProcessor.PageFacts.of(null, null));
    }
}
