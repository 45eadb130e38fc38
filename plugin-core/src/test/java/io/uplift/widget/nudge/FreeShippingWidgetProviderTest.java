package io.uplift.widget.nudge;

import io.uplift.engine.MapCatalog;
import io.uplift.engine.SuggestionContext;
import io.uplift.engine.nudge.CartShipping;
import io.uplift.engine.nudge.GapFillers;
import io.uplift.engine.nudge.PriceIndexRefresher;
import io.uplift.engine.nudge.ShippingBand;
import io.uplift.engine.nudge.ShippingOption;
import io.uplift.engine.nudge.ShippingOptions;
import io.uplift.engine.source.FixedSource;
import io.uplift.engine.source.SourceRegistry;
import io.uplift.slot.ProductCard;
import io.uplift.slot.SlotKey;
import io.uplift.slot.SlotRequest;
import io.uplift.slot.WidgetSettings;
import io.uplift.slot.WidgetView;
import org.junit.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;

import static io.uplift.engine.TestProducts.priced;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * Fixture: free shipping from 75.00 (6.99 below); product 1 ($60.00) in the cart, so $15.00 is missing and the
 * window is [15.00, 27.50]: products 10 ($15.00), 11 ($20.00) and 12 ($16.00) fit, 13 ($40.00) does not.
 */
public class FreeShippingWidgetProviderTest {

    private final MapCatalog catalog = MapCatalog.of(priced(1, "60.00"), priced(10, "15.00"), priced(11, "20.00"),
            priced(12, "16.00"), priced(13, "40.00"));
    private final SourceRegistry sources = new SourceRegistry(Arrays.asList(
            FixedSource.proposing("copurchase", 11), FixedSource.proposing("trending")));
    private final PriceIndexRefresher prices = new PriceIndexRefresher(() -> Arrays.asList(1L, 10L, 11L, 12L, 13L),
            catalog, (kind, context, e) -> { }, 60000);
    private final GapFillers fillers = new GapFillers(catalog, sources, (kind, context, e) -> { },
            new BigDecimal("1.5"), new BigDecimal("5"));
    private ShippingOptions options = new ShippingOptions(Collections.singletonList(ShippingOption.banded(1, "Standard",
            ShippingOption.PHYSICAL_SHIP, Arrays.asList(
                    new ShippingBand(BigDecimal.ZERO, ShippingBand.Result.RATE, new BigDecimal("6.99")),
                    new ShippingBand(new BigDecimal("75"), ShippingBand.Result.RATE, BigDecimal.ZERO)), false)));
    private final FreeShippingWidgetProvider provider = new FreeShippingWidgetProvider(() -> options, prices, fillers,
            sources);

    public FreeShippingWidgetProviderTest() {
        prices.rebuild();
    }

    private static WidgetSettings settings(SlotKey slot) {
        return new WidgetSettings(5, slot, FreeShippingWidgetProvider.TYPE, true, "Add one of these", 2, 1);
    }

    private static SlotRequest cart(SlotKey slot, String subtotal) {
        return new SlotRequest(slot, SuggestionContext.builder().cart(new HashSet<Long>(Arrays.asList(1L)))
                .shipping(new CartShipping(new BigDecimal(subtotal), null, "USD", 1)).build());
    }

    private static List<Long> ids(WidgetView view) {
        List<Long> ids = new ArrayList<Long>();
        for (ProductCard c : view.getItems()) {
            ids.add(c.getProductId());
        }
        return ids;
    }

    @Test
    public void aShortCartGetsTheMissingAmountTheBarAndTheBestFillers() {
        SlotRequest request = cart(SlotKey.CART, "60.00");
        WidgetView view = provider.build(settings(SlotKey.CART), request);
        FreeShippingNudge nudge = (FreeShippingNudge) view.getDetail();
        assertEquals("Add $15.00 more for free shipping", nudge.getMessage());
        assertEquals(80, nudge.getPercent());
        assertEquals("$60.00 of $75.00", nudge.getValueText());
        // 11: 0.75 x (1 + 1) = 1.5; 10: 1.0; 12: 0.9375; limit 2
        assertEquals(Arrays.asList(11L, 10L), ids(view));
        assertEquals(new HashSet<Long>(Arrays.asList(11L, 10L)), request.getContext().getPage().getShown());
        assertEquals("uplift/widgets/free-shipping", view.getTemplate());
    }

    @Test
    public void theMiniCartsFillersAreNotRepeatedByThePagesWidgets() {
        SlotRequest request = cart(SlotKey.MINI_CART, "60.00");
        assertEquals(Arrays.asList(11L, 10L), ids(provider.build(settings(SlotKey.MINI_CART), request)));
        assertEquals(new HashSet<Long>(Arrays.asList(11L, 10L)), request.getContext().getPage().getShown());
        assertEquals(new HashSet<Long>(Arrays.asList(11L, 10L)), provider.shownProducts(settings(SlotKey.MINI_CART),
                cart(SlotKey.MINI_CART, "60.00")));
    }

    @Test
    public void productsAnEarlierWidgetShowedAreNotFillers() {
        SlotRequest request = cart(SlotKey.CART, "60.00");
        request.getContext().getPage().markShown(11);
        assertEquals(Arrays.asList(10L, 12L), ids(provider.build(settings(SlotKey.CART), request)));
    }

    @Test
    public void aQualifyingCartIsToldItShipsFreeWithoutFillers() {
        WidgetView view = provider.build(settings(SlotKey.CART), cart(SlotKey.CART, "75.00"));
        FreeShippingNudge nudge = (FreeShippingNudge) view.getDetail();
        assertEquals("Your order ships free", nudge.getMessage());
        assertEquals(100, nudge.getPercent());
        assertTrue(view.getItems().isEmpty());
    }

    @Test
    public void anEmptyCartShowsNothing() {
        SlotRequest empty = new SlotRequest(SlotKey.MINI_CART, SuggestionContext.builder().build());
        assertNull(provider.build(settings(SlotKey.MINI_CART), empty));
    }

    @Test
    public void withoutAThresholdNothingShowsAndThePreviewSaysWhy() {
        options = new ShippingOptions(Collections.singletonList(ShippingOption.fixed(1, "Flat", ShippingOption.PHYSICAL_SHIP,
                new BigDecimal("4.99"), false)));
        assertNull(provider.build(settings(SlotKey.CART), cart(SlotKey.CART, "60.00")));
        List<String> lines = provider.describe(settings(SlotKey.CART), cart(SlotKey.CART, "60.00"));
        assertEquals("Shipping: no shipping option ships free from an order amount.", lines.get(0));
        assertEquals("No free-shipping threshold for this cart: the nudge does not show.", lines.get(1));
    }

    @Test
    public void thePreviewListsTheFillersWithTheirFigures() {
        List<String> lines = provider.describe(settings(SlotKey.CART), cart(SlotKey.CART, "60.00"));
        assertEquals("Shipping: Standard: free from 75.00.", lines.get(0));
        assertEquals("Add $15.00 more for free shipping ($60.00 of $75.00, 80 %).", lines.get(1));
        assertEquals("Gap fillers priced 15.00 to 27.50:", lines.get(2));
        assertEquals("Product 11, $20.00: score 1.500; $20.00 closes the gap of $15.00", lines.get(3));
        assertTrue(lines.toString(), lines.contains("left out: Product 12 (beyond the widget's limit of 2)"));
    }
}
