package io.uplift.widget.preview;

import io.uplift.engine.MapCatalog;
import io.uplift.engine.SuggestionContext;
import io.uplift.engine.rank.SuggestionPipeline;
import io.uplift.engine.source.FallbackChain;
import io.uplift.engine.source.FixedSource;
import io.uplift.engine.source.SourceRegistry;
import io.uplift.engine.source.SuggestionSource;
import io.uplift.engine.source.manual.ManualRelationSource;
import io.uplift.engine.source.manual.MapRelations;
import io.uplift.slot.DescribedWidget;
import io.uplift.slot.FakeSettingsSource;
import io.uplift.slot.SlotKey;
import io.uplift.slot.SlotRequest;
import io.uplift.slot.WidgetFailures;
import io.uplift.slot.WidgetProvider;
import io.uplift.slot.WidgetProviderRegistry;
import io.uplift.slot.WidgetRules;
import io.uplift.slot.WidgetSettings;
import io.uplift.slot.WidgetView;
import io.uplift.widget.suggest.RankingSettings;
import io.uplift.widget.suggest.SuggestionWidgetProvider;
import io.uplift.widget.suggest.SuggestionWidgets;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static io.uplift.engine.TestLists.rankedIds;
import static io.uplift.engine.TestLists.reasons;
import static io.uplift.engine.TestProducts.buyable;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/**
 * Fixture: product 1's cross-sales are 20, 30, 40; {@code bestsellers} proposes 50, 40, 30, 20; {@code broken}
 * throws. RELATED_PRODUCTS runs {@code manual}, ALSO_BOUGHT {@code broken, bestsellers}; BANNER is a widget type
 * without suggestions; SET a described widget (like a bundle) that shows 20 and 30.
 */
public class SlotPreviewTest {

    private static final String BANNER = "BANNER";
    private static final String SET = "SET";

    private final MapCatalog catalog = MapCatalog.of(buyable(1), buyable(20), buyable(30), buyable(40), buyable(50));
    private final WidgetFailures failures = new WidgetFailures();
    private final FallbackChain chain = new FallbackChain(new SourceRegistry(Arrays.<SuggestionSource>asList(
            new ManualRelationSource(new MapRelations().with(1L, 20L, 30L, 40L)),
            FixedSource.proposing("bestsellers", 50, 40, 30, 20),
            FixedSource.throwing("broken", new IllegalStateException("model not loaded")))), failures);
    private final FakeSettingsSource settings = new FakeSettingsSource();
    private final SlotPreview preview = new SlotPreview(settings, new WidgetProviderRegistry(Arrays.asList(
            suggestions(SuggestionWidgets.RELATED_PRODUCTS, "manual"),
            suggestions(SuggestionWidgets.ALSO_BOUGHT, "broken, bestsellers"),
            banner(), set(20L, 30L))));

    @Test
    public void listsTheSlotsWidgetsInPositionThenIdOrderDisabledOnesIncluded() {
        settings.widgets(widget(10, SlotKey.PRODUCT, SuggestionWidgets.RELATED_PRODUCTS, true, 2),
                widget(2, SlotKey.PRODUCT, SuggestionWidgets.ALSO_BOUGHT, false, 1),
                widget(4, SlotKey.CART, SuggestionWidgets.RELATED_PRODUCTS, true, 0),
                widget(5, SlotKey.PRODUCT, SuggestionWidgets.ALSO_BOUGHT, true, 2));
        List<Long> ids = new ArrayList<Long>();
        for (SlotPreview.WidgetPreview w : preview.preview(productPage())) {
            ids.add(w.getSettings().getId());
        }
        assertEquals(Arrays.asList(2L, 5L, 10L), ids);
    }

    @Test
    public void eachWidgetShowsItsChainAndWhatEverySourceDid() {
        settings.widgets(widget(5, SlotKey.PRODUCT, SuggestionWidgets.ALSO_BOUGHT, true, 0));
        SlotPreview.WidgetPreview w = preview.preview(productPage()).get(0);

        assertNull(w.getError());
        assertEquals("broken, bestsellers", w.getChain());
        assertEquals(2, w.getTrace().size());
        assertEquals("broken", w.getTrace().get(0).getSource());
        assertEquals("IllegalStateException: model not loaded", w.getTrace().get(0).getError());
        FallbackChain.SourceTrace bestsellers = w.getTrace().get(1);
        assertEquals(4, bestsellers.getCandidates().size());
        assertEquals(Arrays.asList(50L, 40L), rankedIds(w.getShown()));
        assertEquals(Arrays.asList("30: beyond the widget's limit of 2", "20: beyond the widget's limit of 2"),
                reasons(bestsellers.getRejected()));
    }

    @Test
    public void theAdminsChainIsShownWhenSet() {
        settings.widgets(new WidgetSettings(5, SlotKey.PRODUCT, SuggestionWidgets.ALSO_BOUGHT, true, "Also bought", 2,
                0, new WidgetRules("BESTSELLERS , manual", false, null, null, false, false)));
        assertEquals("bestsellers, manual", preview.preview(productPage()).get(0).getChain());
    }

    @Test
    public void enabledWidgetsMarkWhatTheyShowSoLaterWidgetsSkipItDisabledOnesDoNot() {
        settings.widgets(widget(1, SlotKey.PRODUCT, SuggestionWidgets.ALSO_BOUGHT, false, 1),
                widget(2, SlotKey.PRODUCT, SuggestionWidgets.ALSO_BOUGHT, true, 2),
                widget(3, SlotKey.PRODUCT, SuggestionWidgets.RELATED_PRODUCTS, true, 3));
        List<SlotPreview.WidgetPreview> out = preview.preview(productPage());

        assertEquals(Arrays.asList(50L, 40L), rankedIds(out.get(0).getShown()));
        assertEquals("the disabled widget took nothing away", Arrays.asList(50L, 40L), rankedIds(out.get(1).getShown()));
        assertEquals(Arrays.asList(20L, 30L), rankedIds(out.get(2).getShown()));
        assertEquals(Arrays.asList("40: already shown on this page"),
                reasons(out.get(2).getTrace().get(0).getRejected()));
    }

    @Test
    public void aDescribedWidgetMarksWhatItShowsLikeOnTheStorefrontWhenEnabled() {
        settings.widgets(widget(1, SlotKey.PRODUCT, SET, true, 1),
                widget(2, SlotKey.PRODUCT, SuggestionWidgets.RELATED_PRODUCTS, true, 2));
        List<SlotPreview.WidgetPreview> out = preview.preview(productPage());
        assertEquals(Arrays.asList("a set of 20 and 30"), out.get(0).getDescription());
        assertEquals(Arrays.asList(40L), rankedIds(out.get(1).getShown()));
        assertEquals(Arrays.asList("20: already shown on this page", "30: already shown on this page"),
                reasons(out.get(1).getTrace().get(0).getRejected()));

        settings.widgets(widget(1, SlotKey.PRODUCT, SET, false, 1),
                widget(2, SlotKey.PRODUCT, SuggestionWidgets.RELATED_PRODUCTS, true, 2));
        assertEquals("switched off, it takes nothing away", Arrays.asList(20L, 30L),
                rankedIds(preview.preview(productPage()).get(1).getShown()));
    }

    @Test
    public void anUnknownWidgetTypeIsAnErrorEntryAndTheOtherWidgetsAreStillPreviewed() {
        settings.widgets(widget(1, SlotKey.PRODUCT, "RETIRED_TYPE", true, 1),
                widget(2, SlotKey.PRODUCT, SuggestionWidgets.RELATED_PRODUCTS, true, 2));
        List<SlotPreview.WidgetPreview> out = preview.preview(productPage());

        assertEquals(2, out.size());
        assertEquals("IllegalArgumentException: unknown widget type: 'RETIRED_TYPE' (known: [ALSO_BOUGHT, BANNER,"
                + " RELATED_PRODUCTS, SET])", out.get(0).getError());
        assertNull(out.get(0).getChain());
        assertTrue(out.get(0).getTrace().isEmpty());
        assertTrue(out.get(0).getShown().isEmpty());
        assertEquals(Arrays.asList(20L, 30L), rankedIds(out.get(1).getShown()));
    }

    @Test
    public void aBadAdminChainIsAnErrorEntry() {
        settings.widgets(new WidgetSettings(5, SlotKey.PRODUCT, SuggestionWidgets.ALSO_BOUGHT, true, "Also bought", 2,
                0, new WidgetRules("bestsellers, nope", false, null, null, false, false)));
        assertEquals("IllegalArgumentException: unknown source 'nope' in the chain 'bestsellers, nope' (known sources:"
                + " manual, bestsellers, broken)", preview.preview(productPage()).get(0).getError());
    }

    @Test
    public void aWidgetTypeWithoutSuggestionsSaysItHasNoPreview() {
        settings.widgets(widget(1, SlotKey.PRODUCT, BANNER, true, 1));
        SlotPreview.WidgetPreview w = preview.preview(productPage()).get(0);
        assertEquals("this widget type has no preview", w.getError());
        assertTrue(w.getTrace().isEmpty());
    }

    @Test
    public void anEmptySlotHasNoWidgets() {
        settings.widgets(widget(4, SlotKey.CART, SuggestionWidgets.RELATED_PRODUCTS, true, 0));
        assertTrue(preview.preview(productPage()).isEmpty());
    }

    private SuggestionWidgetProvider suggestions(String type, String defaultChain) {
        return new SuggestionWidgetProvider(type, SuggestionWidgets.PRODUCT_LIST_TEMPLATE, defaultChain, chain,
                catalog, new RankingSettings(0.5, 5, 0.8, 0.15));
    }

    private static WidgetProvider banner() {
        return new WidgetProvider() {
            @Override
            public String type() {
                return BANNER;
            }

            @Override
            public WidgetView build(WidgetSettings settings, SlotRequest request) {
                return null;
            }
        };
    }

    private interface DescribedProvider extends WidgetProvider, DescribedWidget {
    }

    private static WidgetProvider set(Long... shown) {
        return new DescribedProvider() {
            @Override
            public String type() {
                return SET;
            }

            @Override
            public WidgetView build(WidgetSettings settings, SlotRequest request) {
                return null;
            }

            @Override
            public List<String> describe(WidgetSettings settings, SlotRequest request) {
                return Arrays.asList("a set of 20 and 30");
            }

            @Override
            public Set<Long> shownProducts(WidgetSettings settings, SlotRequest request) {
                return new LinkedHashSet<Long>(Arrays.asList(shown));
            }
        };
    }

    private static WidgetSettings widget(long id, SlotKey slot, String type, boolean enabled, int position) {
        return new WidgetSettings(id, slot, type, enabled, "Widget " + id, 2, position);
    }

    private static SlotRequest productPage() {
        return new SlotRequest(SlotKey.PRODUCT, new SuggestionContext(1L, null));
    }


}
