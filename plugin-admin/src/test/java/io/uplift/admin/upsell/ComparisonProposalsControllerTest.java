package io.uplift.admin.upsell;

import org.junit.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

public class ComparisonProposalsControllerTest {

    @Test
    public void aProposalKeyIsTwoToTwelveProductIds() {
        assertEquals(Arrays.asList(101L, 102L, 103L), ComparisonProposalsController.parseKey("101-102-103"));
        for (String bad : new String[] {null, "", "101", "101-", "-101-102", "a-b", "101--102", "<b>", "1-2-3-4-5-6-7-8-9-10-11-12-13",
                "1234567890123456789-1"}) {
            assertNull("'" + bad + "'", ComparisonProposalsController.parseKey(bad));
        }
    }

    @Test
    public void attributesAreStoredWithinTheFieldsRules() {
        assertEquals("storage, ram, battery", ComparisonProposalsController.attributeText(Arrays.asList("storage", " ram ",
                "battery")));
        assertEquals("names the admin would refuse are left out", "storage",
                ComparisonProposalsController.attributeText(Arrays.asList("a,b", "storage", "<script>", "")));
        assertNull(ComparisonProposalsController.attributeText(Collections.<String>emptyList()));
        List<String> many = new ArrayList<String>();
        for (int i = 0; i < 30; i++) {
            many.add("attribute number " + i);
        }
        String text = ComparisonProposalsController.attributeText(many);
        assertEquals("at most 20 names", true, text.split(", ").length <= 20);
        assertEquals("at most 400 characters", true, text.length() <= 400);
        assertEquals(true, text.startsWith("attribute number 0, attribute number 1,"));
    }
}
