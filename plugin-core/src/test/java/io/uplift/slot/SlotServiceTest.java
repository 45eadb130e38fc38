package io.uplift.slot;

import io.uplift.engine.SuggestionContext;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static io.uplift.slot.FakeSettingsSource.disabled;
import static io.uplift.slot.FakeSettingsSource.widget;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class SlotServiceTest {

    private static final SlotRequest PRODUCT_PAGE = new SlotRequest(SlotKey.PRODUCT, new SuggestionContext(5L, null));

    private final FakeSettingsSource source = new FakeSettingsSource();
    private final WidgetFailures failures = new WidgetFailures();
    private final StubProvider good = StubProvider.showing("GOOD");
    private final StubProvider broken = StubProvider.throwing("BROKEN", new IllegalStateException("boom"));
    private final StubProvider empty = StubProvider.showingNothing("EMPTY");

    @Test
    public void rendersTheSlotsEnabledWidgetsInPositionOrder() {
        SlotView view = render(widget(1, SlotKey.PRODUCT, "GOOD", 20), widget(2, SlotKey.PRODUCT, "GOOD", 10),
                widget(3, SlotKey.CART, "GOOD", 0));
        assertEquals(SlotKey.PRODUCT, view.getSlot());
        assertEquals(Arrays.asList(2L, 1L), widgetIds(view));
        assertEquals("Widget 2", view.getWidgets().get(0).getTitle());
    }

    @Test
    public void disabledWidgetsAreSkippedWithoutAskingTheirProvider() {
        SlotView view = render(disabled(1, SlotKey.PRODUCT, "GOOD", 0), widget(2, SlotKey.PRODUCT, "GOOD", 1));
        assertEquals(Arrays.asList(2L), widgetIds(view));
        assertEquals(Arrays.asList(2L), good.built);
    }

    @Test
    public void aProviderThatThrowsIsLeftOutAndTheOtherWidgetsStillRender() {
        SlotView view = render(widget(1, SlotKey.PRODUCT, "GOOD", 0), widget(2, SlotKey.PRODUCT, "BROKEN", 1),
                widget(3, SlotKey.PRODUCT, "GOOD", 2));
        assertEquals(Arrays.asList(1L, 3L), widgetIds(view));
    }

    @Test
    public void aFailureIsCountedOnceUnderItsSlotAndType() {
        render(widget(2, SlotKey.PRODUCT, "BROKEN", 1), widget(1, SlotKey.PRODUCT, "GOOD", 0));
        assertEquals(1, failures.count("render:product:BROKEN"));
        assertEquals(1, failures.total());
    }

    @Test
    public void anUnknownWidgetTypeIsCountedNotThrown() {
        SlotView view = render(widget(1, SlotKey.PRODUCT, "MISSING", 0), widget(2, SlotKey.PRODUCT, "GOOD", 1));
        assertEquals(Arrays.asList(2L), widgetIds(view));
        assertEquals(1, failures.count("render:product:MISSING"));
    }

    @Test
    public void aWidgetWithNothingToShowIsLeftOutWithoutAFailure() {
        SlotView view = render(widget(1, SlotKey.PRODUCT, "EMPTY", 0));
        assertTrue(view.isEmpty());
        assertEquals(Arrays.asList(1L), empty.built);
        assertEquals(0, failures.total());
    }

    @Test
    public void aWidgetWithAnEmptyItemListIsLeftOut() {
        WidgetProvider noItems = new WidgetProvider() {
            @Override
            public String type() {
                return "NO_ITEMS";
            }

            @Override
            public WidgetView build(WidgetSettings settings, SlotRequest request) {
                return new WidgetView(settings.getId(), "NO_ITEMS", "uplift/x", "T",
                        Collections.<ProductCard>emptyList());
            }
        };
        source.widgets(widget(1, SlotKey.PRODUCT, "NO_ITEMS", 0));
        SlotView view = service(Collections.singletonList(noItems)).render(PRODUCT_PAGE);
        assertTrue(view.isEmpty());
    }

    @Test
    public void aSlotWithoutWidgetsRendersEmpty() {
        SlotView view = render();
        assertTrue(view.isEmpty());
        assertEquals("product", view.getName());
    }

    @Test
    public void aSlotIsIdleOnlyWhenNoneOfItsWidgetsIsEnabled() {
        source.widgets(disabled(1, SlotKey.PRODUCT, "GOOD", 0), widget(2, SlotKey.CART, "GOOD", 0),
                disabled(3, SlotKey.CART, "GOOD", 1));
        SlotService service = service(Arrays.<WidgetProvider>asList(good));
        assertTrue(service.isIdle(SlotKey.PRODUCT));
        assertFalse(service.isIdle(SlotKey.CART));
        assertTrue("a slot without widgets", service.isIdle(SlotKey.CHECKOUT));
        assertTrue(good.built.isEmpty());
    }

    private SlotView render(WidgetSettings... widgets) {
        source.widgets(widgets);
        return service(Arrays.<WidgetProvider>asList(good, broken, empty)).render(PRODUCT_PAGE);
    }

    private SlotService service(List<WidgetProvider> providers) {
        SlotSettingsCache cache = new SlotSettingsCache(source, failures, 2000);
        cache.refresh();
        return new SlotService(cache, new WidgetProviderRegistry(providers), failures);
    }

    private static List<Long> widgetIds(SlotView view) {
        List<Long> ids = new ArrayList<Long>();
        for (WidgetView w : view.getWidgets()) {
            ids.add(w.getWidgetId());
        }
        return ids;
    }
}
