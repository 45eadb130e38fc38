package io.uplift.slot;

import io.uplift.engine.experiment.Experiment;
import io.uplift.engine.experiment.ExperimentState;
import org.junit.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

public class ExperimentDefinitionTest {

    private static final List<String> SOURCES = Arrays.asList("manual", "copurchase", "trending");

    @Test
    public void aStoredRowBecomesAnExperimentOfItsSlot() {
        Instant t = Instant.parse("2026-11-30T09:00:00Z");
        Experiment e = ExperimentDefinition.of(12, "salt", "mini-cart", null, "a 30\nb 70 sources=trending", 5,
                "RUNNING", t, null, SOURCES);
        assertEquals("12", e.getId());
        assertEquals("minicart", e.getSlot());
        assertEquals(ExperimentState.RUNNING, e.getState());
        assertEquals("trending", e.getVariants().get(1).getOverrides().getSources());
    }

    @Test
    public void rowsThatBreakTheRulesAreRefusedQuotingTheValue() {
        refused("three 50\nfive 40", "the variants' weights must sum to 100: 90 in [three (50%: count=null,"
                + " position=null, title=null, sources=null), five (40%: count=null, position=null, title=null,"
                + " sources=null)]");
        refused("a 50\na 50", "two variants are named 'a'");
        refused("a 100 sources=manual,spam", "variant 'a': unknown source 'spam' in the chain 'manual,spam' (known"
                + " sources: manual, copurchase, trending)");
        String longTitle = "This title is far too long for a widget heading and goes on and on until it is past eighty";
        refused("a 100 title=" + longTitle, "variant 'a': a widget title is at most 80 characters: '" + longTitle
                + "'");
        try {
            ExperimentDefinition.of(1, "s", "shelf", null, "a 100", 0, "DRAFT", null, null, SOURCES);
            fail();
        } catch (IllegalArgumentException e) {
            assertEquals(true, e.getMessage().contains("'shelf'"));
        }
        try {
            ExperimentDefinition.of(1, "s", "product", null, "a 100", 0, "PAUSED", null, null, SOURCES);
            fail();
        } catch (IllegalArgumentException e) {
            assertEquals("state must be one of DRAFT, RUNNING, STOPPED: 'PAUSED'", e.getMessage());
        }
    }

    private static void refused(String variants, String message) {
        try {
            ExperimentDefinition.variants(variants, SOURCES);
            fail("accepted " + variants);
        } catch (IllegalArgumentException e) {
            assertEquals(message, e.getMessage());
        }
    }
}
