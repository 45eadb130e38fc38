package io.uplift.engine.event;

import org.junit.Test;

import java.util.Arrays;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class BotDetectorTest {

    private final BotDetector bots = new BotDetector();

    @Test
    public void browsersAreShoppers() {
        assertFalse(bots.isBot("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/120.0.0.0 Safari/537.36"));
        assertFalse(bots.isBot("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15"
                + " (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1"));
        assertFalse(bots.isBot("Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0"));
    }

    @Test
    public void crawlersPreviewsMonitorsAndScriptsAreBots() {
        for (String ua : new String[] {
                "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
                "Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)",
                "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
                "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)",
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0",
                "curl/8.4.0", "Wget/1.21.4", "python-requests/2.31.0", "Java/17.0.9", "okhttp/4.12.0",
                "Apache-HttpClient/4.5.14 (Java/17.0.9)", "Go-http-client/1.1", "", "   ", null}) {
            assertTrue(ua, bots.isBot(ua));
        }
    }

    @Test
    public void ownPatternsReplaceTheDefaultsAndABlankOneIsRefused() {
        BotDetector only = new BotDetector(Arrays.asList("Acme-Checker"));
        assertTrue(only.isBot("acme-checker/1.0"));
        assertFalse(only.isBot("curl/8.4.0"));
        try {
            new BotDetector(Arrays.asList("bot", " "));
            fail();
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("a bot pattern must not be blank: ' '"));
        }
    }
}
