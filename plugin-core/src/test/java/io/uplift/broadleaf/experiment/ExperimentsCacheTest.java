package io.uplift.broadleaf.experiment;

import io.uplift.slot.SlotKey;
import org.junit.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;

public class ExperimentsCacheTest {

    private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    public void onlyValidRunningExperimentsAreAppliedAndBadRowsAreNamed() {
        Map<Long, String> widgets = new HashMap<Long, String>();
        widgets.put(7L, "PRODUCT");
        widgets.put(8L, "CART");
        List<ExperimentsCache.Row> rows = Arrays.asList(
                new ExperimentsCache.Row(1, "s", "product", 7L, "three 50 count=3\nfive 50 count=5", 10, "RUNNING",
                        T0, null),
                new ExperimentsCache.Row(2, "s", "product", 7L, "a 100", 10, "DRAFT", null, null),
                new ExperimentsCache.Row(3, "s", "product", 8L, "a 100", 10, "RUNNING", T0, null),
                new ExperimentsCache.Row(4, "s", "product", 7L, "a 60\nb 60", 10, "RUNNING", T0, null),
                new ExperimentsCache.Row(5, "s", "product", 99L, "a 100", 10, "RUNNING", T0, null),
                new ExperimentsCache.Row(6, "s", "cart", null, "a 100", 60, "RUNNING", T0, null),
                new ExperimentsCache.Row(7, "s", "cart", null, "a 100", 0, "RUNNING", null, null),
                new ExperimentsCache.Row(8, "s", "cart", null, "a 100", 0, "RUNNING", T0, null));
        List<String> rejected = new ArrayList<String>();
        ExperimentsCache.Loaded loaded = ExperimentsCache.build(rows, widgets, Arrays.asList("manual"), rejected);
        assertEquals(Arrays.asList(
                "experiment 3 ignored: widget 8 is not a widget of the slot 'product' (it is in 'CART')",
                "experiment 4 ignored: the variants' weights must sum to 100: 120 in [a (60%: count=null,"
                        + " position=null, title=null, sources=null), b (60%: count=null, position=null, title=null,"
                        + " sources=null)]",
                "experiment 5 ignored: widget 99 is not a widget of the slot 'product' (no such widget)",
                "experiment 6 ignored: experiment '6': hold-out must be 0 to 50 percent: 60",
                "experiment 7 ignored: experiment '7': times do not fit state RUNNING: started null, stopped null"),
                rejected);
        assertEquals(3, loaded.all.size());
        assertEquals("1", loaded.running.get(SlotKey.PRODUCT).get(0).getId());
        assertEquals(1, loaded.running.get(SlotKey.PRODUCT).size());
        assertEquals("8", loaded.running.get(SlotKey.CART).get(0).getId());
    }
}
