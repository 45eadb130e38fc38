package io.uplift.engine.event;

import io.uplift.broadleaf.warranty.WarrantyWidgetProvider;
import io.uplift.widget.bundle.BundleWidgetProvider;
import io.uplift.widget.order.OrderOffersWidgetProvider;
import io.uplift.widget.suggest.SuggestionWidgets;
import io.uplift.widget.upsell.CartUpgradeWidgetProvider;
import io.uplift.widget.upsell.ComparisonWidgetProvider;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class SuggestionTypeTest {

    @Test
    public void everyWidgetTypeOfTheSlotLayerMapsToItsKind() {
        // the providers' own constants: a renamed widget type breaks this test, not the dashboard
        assertEquals(SuggestionType.CROSS_SELL, SuggestionType.forWidget(SuggestionWidgets.RELATED_PRODUCTS));
        assertEquals(SuggestionType.CROSS_SELL, SuggestionType.forWidget(SuggestionWidgets.ALSO_BOUGHT));
        assertEquals(SuggestionType.CROSS_SELL, SuggestionType.forWidget(SuggestionWidgets.CART_ADD_ONS));
        assertEquals(SuggestionType.CROSS_SELL, SuggestionType.forWidget(SuggestionWidgets.FOR_YOU));
        assertEquals(SuggestionType.CROSS_SELL, SuggestionType.forWidget(SuggestionWidgets.SIMILAR));
        assertEquals(SuggestionType.CROSS_SELL, SuggestionType.forWidget(SuggestionWidgets.TRENDING));
        assertEquals(SuggestionType.UPSELL, SuggestionType.forWidget(ComparisonWidgetProvider.TYPE));
        assertEquals(SuggestionType.UPSELL, SuggestionType.forWidget(CartUpgradeWidgetProvider.TYPE));
        assertEquals(SuggestionType.BUNDLE, SuggestionType.forWidget(BundleWidgetProvider.TYPE));
        assertEquals(SuggestionType.WARRANTY, SuggestionType.forWidget(WarrantyWidgetProvider.TYPE));
        // widgets being built for the same issue
        assertEquals(SuggestionType.NUDGE, SuggestionType.forWidget("FREE_SHIPPING"));
        assertEquals(SuggestionType.ADD_ON, SuggestionType.forWidget("ORDER_ADD_ONS"));
        assertEquals(SuggestionType.CROSS_SELL, SuggestionType.forWidget(OrderOffersWidgetProvider.TYPE));
        assertEquals(13, SuggestionType.knownWidgetTypes().size());
    }

    @Test
    public void anUnknownWidgetTypeIsRefusedQuotingItAndListingTheKnown() {
        for (String bad : new String[] {"related_products", "POPUP", "", null}) {
            try {
                SuggestionType.forWidget(bad);
                fail("accepted " + bad);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().startsWith("unknown widget type: '" + bad + "'"));
                assertTrue(e.getMessage(), e.getMessage().contains("ORDER_ADD_ONS"));
            }
        }
    }

    @Test
    public void eventTypesAreLookedUpIgnoringCaseAndUnknownOnesQuoted() {
        assertEquals(EventType.IMPRESSION_SEEN, EventType.fromName(" impression_seen "));
        try {
            EventType.fromName("VIEW");
            fail();
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("unknown event type: 'VIEW'"));
        }
        assertTrue(EventType.CLICK.isPerProduct());
        assertTrue(!EventType.IMPRESSION_RENDERED.isPerProduct());
    }
}
