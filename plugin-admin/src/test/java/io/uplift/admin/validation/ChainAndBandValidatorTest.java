package io.uplift.admin.validation;

import io.uplift.engine.Suggestion;
import io.uplift.engine.SuggestionContext;
import io.uplift.engine.source.Readiness;
import io.uplift.engine.source.SourceRegistry;
import io.uplift.engine.source.SuggestionSource;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The admin's save rules for a widget's source chain and price band. */
public class ChainAndBandValidatorTest {

    private final SourceChainValidator chains = new SourceChainValidator(new SourceRegistry(Arrays.asList(
            source("copurchase"), source("similar"), source("trending"))));

    @Test
    public void aChainIsBlankOrKnownSourcesOnceEach() {
        for (String ok : new String[] {null, "", "  ", "copurchase", "copurchase, similar, trending", "TRENDING"}) {
            assertTrue("'" + ok + "'", chains.valid(ok));
        }
        for (String bad : new String[] {"nosuch", "copurchase, nosuch", "copurchase,copurchase", ",", "trending;similar",
                "copurchase,"}) {
            assertFalse("'" + bad + "'", chains.valid(bad));
        }
    }

    @Test
    public void theBandMaximumIsBlankOrFromOneToAThousandAndNotBelowTheMinimum() {
        assertTrue(PriceBandValidator.valid("", "50"));
        assertTrue(PriceBandValidator.valid("80", null));
        assertTrue(PriceBandValidator.valid("50", "50"));
        assertTrue("a bad minimum is reported by its own field", PriceBandValidator.valid("50", "x"));
        assertFalse(PriceBandValidator.valid("20", "50"));
        assertFalse(PriceBandValidator.valid("0", null));
        assertFalse(PriceBandValidator.valid("1001", null));
        assertFalse(PriceBandValidator.valid("abc", null));
    }

    @Test
    public void anOptionalRangeAcceptsBlank() {
        assertTrue(IntegerRangeValidator.isBlank("  "));
        assertFalse(IntegerRangeValidator.isBlank("0"));
    }

    private static SuggestionSource source(final String name) {
        return new SuggestionSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return name;
            }

            @Override
            public List<Suggestion> candidates(SuggestionContext context, int max) {
                return new ArrayList<Suggestion>();
            }

            @Override
            public Readiness readiness() {
                return new Readiness(0, -1, "");
            }
        };
    }
}
