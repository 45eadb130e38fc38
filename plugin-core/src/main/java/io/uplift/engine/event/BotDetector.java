package io.uplift.engine.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Tells crawlers, monitors, link previewers and scripted clients from shoppers by their User-Agent header, so their
 * events are not recorded. A User-Agent is a bot when it is missing or blank, or when it contains (ignoring case)
 * one of the patterns; {@link #DEFAULT_PATTERNS} covers the self-declared ones:
 * <ul>
 * <li>generic words: {@code bot}, {@code crawl}, {@code spider}, {@code slurp}, {@code scrape}, {@code archiver};</li>
 * <li>link previews and feeds: {@code facebookexternalhit}, {@code embedly}, {@code preview}, {@code feedfetcher};</li>
 * <li>monitors and audits: {@code pingdom}, {@code uptime}, {@code monitor}, {@code lighthouse},
 * {@code pagespeed};</li>
 * <li>headless and scripted clients: {@code headless}, {@code phantomjs}, {@code curl/}, {@code wget/},
 * {@code python-requests}, {@code python-urllib}, {@code go-http-client}, {@code java/}, {@code okhttp},
 * {@code apache-httpclient}, {@code libwww-perl}, {@code httpie}.</li>
 * </ul>
 * Honest clients only: a bot that pretends to be a browser is not detected here (the per-visitor rate limit and the
 * validator's rules bound what it can add). Note that headless Chromium announces itself ({@code HeadlessChrome}),
 * so automated browser tests and simulators are excluded unless they send a browser User-Agent. Immutable.
 */
public final class BotDetector {

    public static final List<String> DEFAULT_PATTERNS = Collections.unmodifiableList(Arrays.asList(
            "bot", "crawl", "spider", "slurp", "scrape", "archiver",
            "facebookexternalhit", "embedly", "preview", "feedfetcher",
            "pingdom", "uptime", "monitor", "lighthouse", "pagespeed",
            "headless", "phantomjs", "curl/", "wget/", "python-requests", "python-urllib", "go-http-client",
            "java/", "okhttp", "apache-httpclient", "libwww-perl", "httpie"));

    private final List<String> patterns;

    /** With {@link #DEFAULT_PATTERNS}. */
    public BotDetector() {
        this(DEFAULT_PATTERNS);
    }

    /** @throws IllegalArgumentException quoting a blank pattern (it would match every User-Agent) */
    public BotDetector(List<String> patterns) {
        List<String> lower = new ArrayList<String>();
        for (String p : patterns) {
            if (p == null || p.trim().isEmpty()) {
                throw new IllegalArgumentException("a bot pattern must not be blank: '" + p + "' in " + patterns);
            }
            lower.add(p.trim().toLowerCase(Locale.ROOT));
        }
        this.patterns = Collections.unmodifiableList(lower);
    }

    /** Whether this User-Agent is a bot's: missing, blank, or containing a pattern. */
    public boolean isBot(String userAgent) {
        if (userAgent == null || userAgent.trim().isEmpty()) {
            return true;
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        for (String p : patterns) {
            if (ua.contains(p)) {
                return true;
            }
        }
        return false;
    }

    public List<String> getPatterns() {
        return patterns;
    }
}
