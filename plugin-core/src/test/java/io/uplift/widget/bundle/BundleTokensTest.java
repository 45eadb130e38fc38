package io.uplift.widget.bundle;

import org.junit.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class BundleTokensTest {

    @Test
    public void tokensAreFreshAndWellFormed() {
        Set<String> seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            String t = BundleTokens.next();
            assertEquals(22, t.length());
            assertTrue(t, BundleTokens.isWellFormed(t));
            assertTrue("fresh", seen.add(t));
        }
        for (String bad : new String[] {null, "", "short", "has space in it 123", "<script>alert(1)</script>xx",
                "0123456789012345678901234567890123456789012345678901234567890123456789"}) {
            assertFalse("'" + bad + "'", BundleTokens.isWellFormed(bad));
        }
    }

    @Test
    public void aSessionRemembersItsRecentTokens() {
        BundleTokens.Used used = new BundleTokens.Used();
        for (int i = 0; i < BundleTokens.Used.CAPACITY + 5; i++) {
            used.add("token-" + i);
        }
        assertEquals(BundleTokens.Used.CAPACITY, used.size());
        assertFalse("the oldest are forgotten", used.contains("token-0"));
        assertTrue(used.contains("token-" + (BundleTokens.Used.CAPACITY + 4)));
    }
}
