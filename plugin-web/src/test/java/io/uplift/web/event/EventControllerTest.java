package io.uplift.web.event;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.time.Instant;
import java.util.List;

import org.junit.Test;

import io.uplift.engine.event.EventBatchValidator;
import io.uplift.engine.event.KnownWidget;
import io.uplift.engine.event.RawEvent;

/** The endpoint's JSON reading: strings or numbers as sent, anything else left for the validator to refuse. */
public class EventControllerTest {

    private static final KnownWidget.Directory WIDGETS = new KnownWidget.Directory() {
        @Override
        public KnownWidget find(long widgetId) {
            return widgetId == 7 ? new KnownWidget(7, "ALSO_BOUGHT", "product") : null;
        }
    };

    private static EventBatchValidator.BatchResult validate(String json) throws Exception {
        List<RawEvent> batch = EventController.parse(json);
        return new EventBatchValidator(WIDGETS, EventBatchValidator.VariantCheck.NONE).validate("c:1", batch,
                Instant.ofEpochMilli(1000000000000L));
    }

    @Test
    public void numbersAndStringsAreReadAlikeAndTheShopsWidgetGivesTypeAndSlot() throws Exception {
        EventBatchValidator.BatchResult r = validate("[{\"type\":\"CLICK\",\"pageView\":\"pa1\",\"widget\":7,"
                + "\"product\":\"12\",\"ts\":1000000000000},{\"type\":\"IMPRESSION_SEEN\",\"pageView\":\"pa1\","
                + "\"widget\":\"7\",\"ts\":\"999999999000\",\"extra\":[1,2]}]");
        assertEquals(r.getRejected().toString(), 2, r.getAccepted().size());
        assertEquals("CLICK|pa1|7|12", r.getAccepted().get(0).idempotencyKey());
        assertEquals("7|ALSO_BOUGHT|product|||", r.getAccepted().get(0).getSource().toText());
        assertEquals("IMPRESSION_SEEN|pa1|7|-", r.getAccepted().get(1).idempotencyKey());
    }

    @Test
    public void nonObjectsAndNestedValuesBecomeEmptyFieldsTheValidatorRefuses() throws Exception {
        EventBatchValidator.BatchResult r = validate("[1, \"CLICK\", {\"type\":{\"a\":1},\"widget\":7},"
                + " {\"type\":\"CLICK\",\"pageView\":\"pa1\",\"widget\":[7],\"product\":1,\"ts\":1000000000000}]");
        assertEquals(0, r.getAccepted().size());
        assertEquals("#0: unknown event type: null", r.getRejected().get(0).toString());
        assertEquals("#2: unknown event type: null", r.getRejected().get(2).toString());
        assertEquals("#3: widget id is not a number: null", r.getRejected().get(3).toString());
    }

    @Test
    public void somethingOtherThanAnArrayIsRefused() throws Exception {
        for (String bad : new String[] {"{\"type\":\"CLICK\"}", "42", "\"x\""}) {
            try {
                EventController.parse(bad);
                fail("accepted " + bad);
            } catch (IllegalArgumentException expected) {
                assertEquals("not an array", expected.getMessage());
            }
        }
    }

    @Test(expected = java.io.IOException.class)
    public void malformedJsonIsAnIoError() throws Exception {
        EventController.parse("[{\"type\":");
    }
}
