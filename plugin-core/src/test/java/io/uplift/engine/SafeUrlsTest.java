package io.uplift.engine;

import org.junit.Test;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.assertEquals;

public class SafeUrlsTest {

    @Test
    public void pathsOfTheSiteAndHttpAddressesMayBeLinked() {
        for (String ok : new String[] {"/", "/phones/nova-x", "/img/a.png?w=200", "https://cdn.example/a.png",
                "HTTP://cdn.example/a.png"}) {
            assertTrue(ok, SafeUrls.isSafe(ok));
            assertEquals(ok, SafeUrls.orNull(ok));
        }
    }

    @Test
    public void scriptsOtherSchemesAndOtherHostsWithoutSchemeMayNot() {
        for (String bad : new String[] {null, "", "javascript:alert(1)", " javascript:alert(1)", "JaVaScRiPt:alert(1)",
                "data:text/html,<script>alert(1)</script>", "vbscript:x", "//evil.example/x", "/\\evil.example",
                "\\\\evil.example", "phones/nova-x", "/a b", "/a\nb", "https:///x", "http:evil.example"}) {
            assertFalse(String.valueOf(bad), SafeUrls.isSafe(bad));
            assertNull(SafeUrls.orNull(bad));
        }
    }
}
