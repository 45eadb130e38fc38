package io.uplift.engine.addon;

import org.junit.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

/** Which choices a request may make, how they are stored, and what a stored choice still charges. */
public class AddOnChoiceTest {

    private static final AddOn WRAP = AddOn.fixed(1, "Gift wrap", "", AddOn.Kind.GIFT_WRAP, new BigDecimal("4.99"),
            true, 10);
    private static final AddOn INSURANCE = AddOn.percent(2, "Shipping insurance", "", AddOn.Kind.SHIPPING_INSURANCE,
            new BigDecimal("2"), new BigDecimal("1.99"), new BigDecimal("24.99"), true, 20);
    private static final AddOn OFF = AddOn.fixed(3, "Card", "", AddOn.Kind.OTHER, new BigDecimal("1.00"), false, 5);
    private static final AddOns ALL = new AddOns(Arrays.asList(INSURANCE, WRAP, OFF));
    private static final BigDecimal SUBTOTAL = new BigDecimal("648.00");

    @Test
    public void theChosenAddOnsComeInDisplayOrderAndEchoedPricesMatchingTheServersAreAccepted() throws Exception {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("1", "4.99");
        shown.put("2", "12.96"); // 2 % of 648.00
        shown.put("3", "99.99"); // not chosen: ignored
        assertEquals(Arrays.asList(WRAP, INSURANCE), AddOnChoice.check(ALL, Arrays.asList("2", " 1 "), shown, SUBTOTAL,
                null));
        assertEquals(Collections.emptyList(), AddOnChoice.check(ALL, Collections.<String>emptyList(), null, SUBTOTAL,
                null));
    }

    @Test
    public void badRequestsAreRefusedWithMessagesQuotingTheBadValue() {
        refused("That add-on does not exist: 'abc'.", Arrays.asList("abc"), null);
        refused("That add-on does not exist: '-1'.", Arrays.asList("-1"), null);
        refused("That add-on does not exist: '0'.", Arrays.asList("0"), null);
        refused("That add-on does not exist: '99'.", Arrays.asList("99"), null);
        refused("That add-on does not exist: '1234567890123456789'.", Arrays.asList("1234567890123456789"), null);
        refused("Sorry, Card is no longer offered. Nothing was changed.", Arrays.asList("1", "3"), null);
        refused("The add-on '01' is listed twice.", Arrays.asList("1", "01"), null);
        refused("The price of Shipping insurance is $12.96, not '0.01' as shown. Please check it and choose again;"
                + " nothing was changed.", Arrays.asList("2"), Collections.singletonMap("2", "0.01"));
        refused("The price is malformed: '4,99'. Please reload the page and try again.", Arrays.asList("1"),
                Collections.singletonMap("1", "4,99"));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("1");
        }
        refused("Too many add-ons in one request: 21 (at most 20).", many, null);
    }

    @Test
    public void aStoredChoiceIsReadDefensivelyAndDropsWhatIsSwitchedOff() {
        assertEquals(new LinkedHashSet<>(Arrays.asList(2L, 1L, 3L)), AddOnChoice.parseStored("2,x,1,,3,2,-4"));
        assertEquals(Collections.emptySet(), AddOnChoice.parseStored(null));
        List<Long> dropped = new ArrayList<>();
        assertEquals(Arrays.asList(WRAP, INSURANCE), AddOnChoice.stillChosen(ALL,
                new LinkedHashSet<>(Arrays.asList(3L, 2L, 1L, 42L)), dropped));
        assertEquals(Arrays.asList(3L, 42L), dropped);
        assertEquals("1,2", AddOnChoice.format(Arrays.asList(WRAP, INSURANCE)));
        assertEquals("", AddOnChoice.format(Collections.<AddOn>emptyList()));
    }

    private static void refused(String message, List<String> ids, Map<String, String> shown) {
        try {
            AddOnChoice.check(ALL, ids, shown, SUBTOTAL, null);
            fail("expected: " + message);
        } catch (AddOnChoice.Refused e) {
            assertEquals(message, e.getMessage());
        }
    }
}
