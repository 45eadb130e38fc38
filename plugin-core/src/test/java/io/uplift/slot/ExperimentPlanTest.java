package io.uplift.slot;

import io.uplift.engine.experiment.Assignment;
import io.uplift.engine.experiment.Experiment;
import io.uplift.engine.experiment.ExperimentAssigner;
import io.uplift.engine.experiment.Variant;
import io.uplift.engine.experiment.VariantOverrides;
import org.junit.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

public class ExperimentPlanTest {

    private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");
    private static final WidgetSettings WARRANTY = new WidgetSettings(1, SlotKey.PRODUCT, "WARRANTY", true, "Protect it",
            3, 1);
    private static final WidgetSettings RELATED = new WidgetSettings(7, SlotKey.PRODUCT, "RELATED_PRODUCTS", true,
            "You may also like", 4, 10, new WidgetRules("manual", true, null, null, true, false));
    private static final List<WidgetSettings> SLOT = Arrays.asList(WARRANTY, RELATED);

    private final ExperimentAssigner assigner = new ExperimentAssigner();
    private final ExperimentPlan plan = new ExperimentPlan(assigner);

    private static Experiment threeVsFive(Long widgetId) {
        return new Experiment("1", "salt", "product", widgetId, Arrays.asList(
                new Variant("three", 50, new VariantOverrides(3, null, null, null)),
                new Variant("five", 50, new VariantOverrides(5, 0, "More for you", "copurchase,trending"))), 10)
                .start(T0);
    }

    /** The first key "v0", "v1", ... that the assigner puts in the arm. */
    private String visitorIn(Experiment e, String arm) {
        for (int i = 0; i < 100000; i++) {
            Assignment a = assigner.assign(e, "v" + i);
            if (arm.equals(a.getArm())) {
                return "v" + i;
            }
        }
        throw new AssertionError("no visitor in " + arm);
    }

    @Test
    public void theHoldoutSeesNoWidgetOfTheSlot() {
        Experiment e = threeVsFive(7L);
        Map<String, String> arms = new LinkedHashMap<String, String>();
        assertEquals(Collections.emptyList(), plan.apply(SLOT, Collections.singletonList(e), visitorIn(e, "holdout"),
                arms));
        assertEquals(Collections.singletonMap("1", "holdout"), arms);
    }

    @Test
    public void aVariantOverridesOnlyTheExperimentsWidget() {
        Experiment e = threeVsFive(7L);
        Map<String, String> arms = new LinkedHashMap<String, String>();
        List<WidgetSettings> three = plan.apply(SLOT, Collections.singletonList(e), visitorIn(e, "three"), arms);
        assertEquals(Collections.singletonMap("1", "three"), arms);
        assertSame(WARRANTY, three.get(0));
        assertEquals(3, three.get(1).getMaxItems());
        assertEquals("You may also like", three.get(1).getTitle());
        assertEquals("manual", three.get(1).getRules().getSources());
        assertEquals(10, three.get(1).getPosition());

        List<WidgetSettings> five = plan.apply(SLOT, Collections.singletonList(e), visitorIn(e, "five"),
                new LinkedHashMap<String, String>());
        // position 0 moves the related products above the warranty (position 1)
        assertEquals(7, five.get(0).getId());
        assertEquals(5, five.get(0).getMaxItems());
        assertEquals("More for you", five.get(0).getTitle());
        assertEquals("copurchase,trending", five.get(0).getRules().getSources());
        // the widget's other rules are kept
        assertTrue(five.get(0).getRules().isExcludePurchased());
        assertTrue(five.get(0).getRules().isRotate());
        assertSame(WARRANTY, five.get(1));
    }

    @Test
    public void anExperimentOfTheWholeSlotOverridesEveryWidget() {
        Experiment e = threeVsFive(null);
        List<WidgetSettings> three = plan.apply(SLOT, Collections.singletonList(e), visitorIn(e, "three"),
                new LinkedHashMap<String, String>());
        assertEquals(3, three.get(0).getMaxItems());
        assertEquals(3, three.get(1).getMaxItems());
    }

    @Test
    public void theSameVisitorGetsTheSameWidgetsEveryTime() {
        Experiment e = threeVsFive(7L);
        for (int i = 0; i < 200; i++) {
            String visitor = "s" + i;
            int first = count(plan.apply(SLOT, Collections.singletonList(e), visitor, new LinkedHashMap<String, String>()));
            for (int again = 0; again < 3; again++) {
                assertEquals(visitor, first, count(plan.apply(SLOT, Collections.singletonList(e), visitor,
                        new LinkedHashMap<String, String>())));
            }
        }
    }

    private static int count(List<WidgetSettings> widgets) {
        for (WidgetSettings w : widgets) {
            if (w.getId() == 7) {
                return w.getMaxItems();
            }
        }
        return 0;
    }

    @Test
    public void noVisitorKeyOrNoRunningExperimentShowsTheWidgetsAsConfigured() {
        Experiment e = threeVsFive(7L);
        Map<String, String> arms = new LinkedHashMap<String, String>();
        assertSame(SLOT, plan.apply(SLOT, Collections.singletonList(e), "", arms));
        assertSame(SLOT, plan.apply(SLOT, Collections.<Experiment>emptyList(), "v1", arms));
        Experiment stopped = e.stop(T0.plusSeconds(60));
        assertEquals(SLOT, plan.apply(SLOT, Collections.singletonList(stopped), visitorIn(e, "holdout"), arms));
        assertTrue(arms.isEmpty());
    }
}
