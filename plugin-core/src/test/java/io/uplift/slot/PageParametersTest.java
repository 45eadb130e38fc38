package io.uplift.slot;

import org.junit.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

/** Page parameters reach widgets bounded, and bad values read as absent, never as an error. */
public class PageParametersTest {

    private static Map<String, String[]> map(Object... namesAndValues) {
        Map<String, String[]> m = new LinkedHashMap<String, String[]>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], (String[]) namesAndValues[i + 1]);
        }
        return m;
    }

    @Test
    public void keepsOnlyThePluginsNamesAndReadsIdsTyped() {
        PageParameters p = PageParameters.of(map("upliftBundle", new String[] {" 12 "}, "upliftItem",
                new String[] {"3", "x", "5", "3", "-1", "1e3"}, "q", new String[] {"case"}, "uplift", new String[] {"1"},
                "upliftA.b", new String[] {"1"}));
        assertEquals(Long.valueOf(12), p.id("upliftBundle"));
        assertEquals("malformed and repeated ids are skipped", new LinkedHashSet<Long>(Arrays.asList(3L, 5L)),
                p.ids("upliftItem"));
        assertFalse("other names are not the plugin's", p.has("q"));
        assertFalse("the bare prefix is not a name", p.has("uplift"));
        assertFalse(p.has("upliftA.b"));
        assertNull(p.id("upliftMissing"));
        assertEquals(Collections.emptySet(), p.ids("upliftMissing"));
    }

    @Test
    public void badValuesReadAsAbsent() {
        PageParameters p = PageParameters.of(map("upliftBundle", new String[] {"abc"}, "upliftItem", new String[] {""},
                "upliftX", new String[] {"1234567890123456789"}));
        assertTrue(p.has("upliftBundle"));
        assertNull(p.id("upliftBundle"));
        assertTrue(p.ids("upliftItem").isEmpty());
        assertNull("19 digits is not an id", p.id("upliftX"));
    }

    @Test
    public void boundsNamesValuesAndLengths() {
        Map<String, String[]> m = new LinkedHashMap<String, String[]>();
        for (int i = 0; i < 40; i++) {
            m.put("upliftN" + i, new String[] {String.valueOf(i)});
        }
        String[] many = new String[100];
        Arrays.fill(many, "7");
        many[99] = "8";
        PageParameters p = PageParameters.of(m);
        assertTrue(p.has("upliftN" + (PageParameters.MAX_NAMES - 1)));
        assertFalse(p.has("upliftN" + PageParameters.MAX_NAMES));
        StringBuilder longValue = new StringBuilder();
        for (int i = 0; i < 65; i++) {
            longValue.append('1');
        }
        p = PageParameters.of(map("upliftItem", many, "upliftLong", new String[] {longValue.toString(), "9"}));
        assertEquals(PageParameters.MAX_VALUES, p.values("upliftItem").size());
        assertFalse("values past the bound are dropped", p.ids("upliftItem").contains(8L));
        assertEquals("an overlong value is dropped", Arrays.asList("9"), p.values("upliftLong"));
        assertSame(PageParameters.EMPTY, PageParameters.of(null));
        assertSame(PageParameters.EMPTY, PageParameters.of(map("q", new String[] {"x"})));
        assertTrue(PageParameters.of(map("upliftItem", null)).isEmpty());
    }
}
