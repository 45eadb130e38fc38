package io.uplift.slot;

import io.uplift.engine.SuggestionContext;
import io.uplift.engine.experiment.Experiment;
import io.uplift.engine.experiment.ExperimentAssigner;
import io.uplift.engine.experiment.Variant;
import io.uplift.engine.experiment.VariantOverrides;
import org.junit.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The slot service with a running experiment: the page state learns the arm, the hold-out gets an empty slot. */
public class SlotServiceExperimentsTest {

    private final FakeSettingsSource source = new FakeSettingsSource();
    private final WidgetFailures failures = new WidgetFailures();
    private final StubProvider good = StubProvider.showing("GOOD");
    private final Experiment experiment = new Experiment("42", "salt", "product", 2L, Arrays.asList(
            new Variant("three", 50, new VariantOverrides(3, null, null, null)),
            new Variant("five", 50, new VariantOverrides(5, null, "Five for you", null))), 20)
            .start(Instant.parse("2026-11-30T09:00:00Z"));

    private SlotService service(final List<Experiment> running) {
        source.widgets(FakeSettingsSource.widget(1, SlotKey.PRODUCT, "GOOD", 0),
                FakeSettingsSource.widget(2, SlotKey.PRODUCT, "GOOD", 1));
        SlotSettingsCache cache = new SlotSettingsCache(source, failures, 2000);
        cache.refresh();
        return new SlotService(cache, new WidgetProviderRegistry(Arrays.<WidgetProvider>asList(good)), failures,
                new SlotExperiments() {
                    @Override
                    public List<Experiment> running(SlotKey slot) {
                        return slot == SlotKey.PRODUCT ? running : Collections.<Experiment>emptyList();
                    }
                });
    }

    private static SlotRequest page(String visitor, SuggestionContext.PageState state) {
        return new SlotRequest(SlotKey.PRODUCT, SuggestionContext.builder().product(5L).visitor(visitor).page(state)
                .build());
    }

    @Test
    public void eachVisitorsArmIsRecordedInThePageStateAndDecidesWhatRenders() {
        SlotService service = service(Collections.singletonList(experiment));
        ExperimentAssigner assigner = new ExperimentAssigner();
        int holdouts = 0;
        for (int i = 0; i < 300; i++) {
            String visitor = "s" + i;
            String arm = assigner.assign(experiment, visitor).getArm();
            SuggestionContext.PageState state = new SuggestionContext.PageState();
            SlotView view = service.render(page(visitor, state));
            assertEquals(Collections.singletonMap("42", arm), state.getAssignments());
            if ("holdout".equals(arm)) {
                holdouts++;
                assertTrue(view.isEmpty());
            } else {
                assertEquals(2, view.getWidgets().size());
                assertEquals("five".equals(arm) ? "Five for you" : "Widget 2", view.getWidgets().get(1).getTitle());
            }
        }
        assertTrue("some visitors are held out: " + holdouts, holdouts > 30 && holdouts < 90);
        assertEquals(0, failures.total());
    }

    @Test
    public void aSlotWithAnExperimentRunningIsNotIdleEvenWithEveryWidgetOff() {
        // its visitors are still assigned and exposed, as the dashboard counts them
        source.widgets(FakeSettingsSource.disabled(1, SlotKey.PRODUCT, "GOOD", 0));
        SlotSettingsCache cache = new SlotSettingsCache(source, failures, 2000);
        cache.refresh();
        SlotExperiments productOnly = new SlotExperiments() {
            @Override
            public List<Experiment> running(SlotKey slot) {
                return slot == SlotKey.PRODUCT ? Collections.singletonList(experiment)
                        : Collections.<Experiment>emptyList();
            }
        };
        SlotService service = new SlotService(cache, new WidgetProviderRegistry(Arrays.<WidgetProvider>asList(good)),
                failures, productOnly);
        assertFalse(service.isIdle(SlotKey.PRODUCT));
        assertTrue(service.isIdle(SlotKey.CART));
    }

    @Test
    public void withoutExperimentsNothingIsRecorded() {
        SuggestionContext.PageState state = new SuggestionContext.PageState();
        SlotView view = service(Collections.<Experiment>emptyList()).render(page("s1", state));
        assertEquals(2, view.getWidgets().size());
        assertTrue(state.getAssignments().isEmpty());
    }
}
