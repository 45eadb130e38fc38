package io.uplift.admin.validation;

import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

/** A drop-down field takes only a value of its list. */
public class EnumerationValidatorTest {

    private static final String[][] SLOTS = {{"PRODUCT", "Product page"}, {"CART", "Cart page"}};

    @Test
    public void aValueOfTheListPasses() {
        assertNull(EnumerationValidator.problem("PRODUCT", SLOTS));
        assertNull(EnumerationValidator.problem("CART", SLOTS));
    }

    @Test
    public void anyOtherValueIsRefusedQuotedWithTheListsNames() {
        assertEquals("Pick one of the list (Product page, Cart page). You entered 'product'.",
                EnumerationValidator.problem("product", SLOTS));
        assertEquals("Pick one of the list (Product page, Cart page). You entered '<script>x</script>'.",
                EnumerationValidator.problem("<script>x</script>", SLOTS));
        assertEquals("a list without names shows the values", "Pick one of the list (A, B). You entered ' A'.",
                EnumerationValidator.problem(" A", new String[][] {{"A"}, {"B", null}}));
    }

    @Test
    public void blankOrNoListIsLeftToOtherChecks() {
        assertNull(EnumerationValidator.problem(null, SLOTS));
        assertNull(EnumerationValidator.problem("", SLOTS));
        assertNull(EnumerationValidator.problem("X", null));
        assertNull(EnumerationValidator.problem("X", new String[0][]));
    }
}
