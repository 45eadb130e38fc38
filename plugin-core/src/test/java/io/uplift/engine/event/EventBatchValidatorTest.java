package io.uplift.engine.event;

import org.junit.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class EventBatchValidatorTest {

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    static final String T = Long.toString(NOW.minusSeconds(2).toEpochMilli());

    /**
     * Widgets 7 (ALSO_BOUGHT on product, in experiment exp-1) and 9 (BUNDLE on product, in none); visitor v1 is in
     * arm "five" of exp-1.
     */
    static final EventBatchValidator VALIDATOR = new EventBatchValidator(
            id -> id == 7 ? new KnownWidget(7, "ALSO_BOUGHT", "product")
                    : id == 9 ? new KnownWidget(9, "BUNDLE", "product") : null,
            (widget, visitor) -> widget.getId() == 7 && "v1".equals(visitor)
                    ? new io.uplift.engine.experiment.VisitorArm("exp-1", "five") : null);

    static RawEvent seen(String widget) {
        return new RawEvent("IMPRESSION_SEEN", "pv-1", widget, null, null, null, null, T);
    }

    static RawEvent click(String product) {
        return new RawEvent("CLICK", "pv-1", "7", product, "copurchase", "exp-1", "five", T);
    }

    @Test
    public void aGoodBatchBecomesEventsWithTheShopsWidgetTypeAndTheServersVisitor() {
        EventBatchValidator.BatchResult r = VALIDATOR.validate("v1", Arrays.asList(seen("7"), click("42")), NOW);
        assertEquals(Collections.emptyList(), r.getRejected());
        assertEquals(2, r.getAccepted().size());
        Event click = r.getAccepted().get(1);
        assertEquals(EventType.CLICK, click.getType());
        assertEquals("v1", click.getVisitorKey());
        assertEquals(Long.valueOf(42), click.getProductId());
        assertEquals("7|ALSO_BOUGHT|product|copurchase|exp-1|five", click.getSource().toText());
        assertEquals(NOW.minusSeconds(2), click.getTimestamp());
    }

    @Test
    public void eachBadEventIsRejectedWithItsReasonAndTheGoodOnesKept() {
        String huge = new String(new char[65]).replace('\0', 'x');
        List<RawEvent> batch = Arrays.asList(
                new RawEvent("VIEW", "pv-1", "7", null, null, null, null, T),
                new RawEvent("PURCHASE", "pv-1", "7", "42", null, null, null, T),
                new RawEvent("ADD_TO_CART", "pv-1", "7", "42", null, null, null, T),
                seen("8"),
                seen("7x"),
                seen("-7"),
                click("abc"),
                click("0"),
                new RawEvent("IMPRESSION_SEEN", "pv-1", "7", "42", null, null, null, T),
                new RawEvent("IMPRESSION_SEEN", "pv 1", "7", null, null, null, null, T),
                new RawEvent("CLICK", "pv-1", "7", "42", null, "exp-1", "three", T),
                new RawEvent("CLICK", "pv-1", "7", "42", null, "exp-2", "five", T),
                new RawEvent("IMPRESSION_SEEN", huge, "7", null, null, null, null, T),
                new RawEvent("IMPRESSION_SEEN", "pv-1", "7", null, null, null, null, "yesterday"),
                new RawEvent("IMPRESSION_SEEN", "pv-1", "7", null, null, null, null,
                        Long.toString(NOW.minusSeconds(25 * 3600).toEpochMilli())),
                new RawEvent("IMPRESSION_SEEN", "pv-1", "7", null, null, null, null,
                        Long.toString(NOW.plusSeconds(600).toEpochMilli())),
                null,
                seen("9"),
                seen("9"),
                new RawEvent("CLICK", "mail-12", "7", "42", null, null, null, T),
                new RawEvent("CLICK", "MAIL-12", "7", "42", null, null, null, T));
        EventBatchValidator.BatchResult r = VALIDATOR.validate("v1", batch, NOW);
        List<String> reasons = new ArrayList<String>();
        for (EventBatchValidator.Rejection x : r.getRejected()) {
            reasons.add(x.toString());
        }
        assertEquals(Arrays.asList(
                "#0: unknown event type: 'VIEW'",
                "#1: PURCHASE events are recorded by the server, not sent by pages",
                "#2: ADD_TO_CART events are recorded by the server, not sent by pages",
                "#3: unknown widget: 8",
                "#4: widget id is not a number: '7x'",
                "#5: widget id must be positive: -7",
                "#6: product id is not a number: 'abc'",
                "#7: product id must be positive: 0",
                "#8: IMPRESSION_SEEN is an event of the whole widget, without product: 42",
                "#9: page view id must be 1-64 letters, digits or _ - . , : characters: 'pv 1'",
                "#10: experiment 'exp-1', variant 'three' is not the visitor's arm on widget 7",
                "#11: experiment 'exp-2', variant 'five' is not the visitor's arm on widget 7",
                "#12: page view id longer than 64 characters (65): 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...'",
                "#13: timestamp is not milliseconds since the epoch: 'yesterday'",
                "#14: timestamp 2026-11-29T11:00:00Z is outside [2026-11-29T12:00:00Z, 2026-11-30T12:05:00Z]",
                "#15: timestamp 2026-11-30T12:10:00Z is outside [2026-11-29T12:00:00Z, 2026-11-30T12:05:00Z]",
                "#16: empty event",
                "#18: duplicate of an earlier event: IMPRESSION_SEEN|pv-1|9|-",
                "#19: page view id 'mail-12' is reserved for clicks in e-mails, which the server records",
                "#20: page view id 'MAIL-12' is reserved for clicks in e-mails, which the server records"), reasons);
        assertEquals(1, r.getAccepted().size());
        assertEquals(9, r.getAccepted().get(0).getSource().getWidgetId());
        assertEquals("BUNDLE", r.getAccepted().get(0).getSource().getWidgetType());
    }

    @Test
    public void aBatchOverTheLimitIsRefusedWholeAndOneAtTheLimitIsNot() {
        List<RawEvent> batch = new ArrayList<RawEvent>();
        for (int i = 1; i <= 50; i++) {
            batch.add(click(Integer.toString(i)));
        }
        assertEquals(50, VALIDATOR.validate("v1", batch, NOW).getAccepted().size());
        batch.add(click("51"));
        EventBatchValidator.BatchResult r = VALIDATOR.validate("v1", batch, NOW);
        assertEquals(0, r.getAccepted().size());
        assertEquals("[#-1: batch of 51 events is over the limit of 50]", r.getRejected().toString());
    }

    @Test
    public void theServerFillsTheVisitorsArmAndRefusesAnArmOnAWidgetOutsideExperiments() {
        EventBatchValidator.BatchResult r = VALIDATOR.validate("v1", Arrays.asList(seen("7"), seen("9"),
                new RawEvent("CLICK", "pv-1", "9", "42", null, "exp-1", "five", T)), NOW);
        assertEquals("7|ALSO_BOUGHT|product||exp-1|five", r.getAccepted().get(0).getSource().toText());
        assertEquals("9|BUNDLE|product|||", r.getAccepted().get(1).getSource().toText());
        assertEquals("[#2: experiment 'exp-1', variant 'five' is not the visitor's arm on widget 9]",
                r.getRejected().toString());
        // another visitor is in no arm of exp-1 here: its events carry none, and naming one is refused
        EventBatchValidator.BatchResult other = VALIDATOR.validate("v2", Arrays.asList(seen("7"), click("42")), NOW);
        assertEquals("7|ALSO_BOUGHT|product|||", other.getAccepted().get(0).getSource().toText());
        assertEquals(1, other.getRejected().size());
    }

    @Test
    public void aMissingBatchIsEmptyAndBadLimitsAreRefused() {
        assertTrue(VALIDATOR.validate("v1", null, NOW).getAccepted().isEmpty());
        try {
            new EventBatchValidator(0, java.time.Duration.ZERO, java.time.Duration.ZERO,
                    java.util.EnumSet.of(EventType.CLICK), id -> null, (w, v) -> null);
            org.junit.Assert.fail();
        } catch (IllegalArgumentException e) {
            assertEquals("events per batch must be 1 to 1000: 0", e.getMessage());
        }
    }
}
