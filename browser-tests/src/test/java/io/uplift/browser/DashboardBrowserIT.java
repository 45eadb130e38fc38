package io.uplift.browser;

import io.uplift.demo.data.DemoExperiments;
import io.uplift.demo.sim.SimulatorSettings;
import io.uplift.demo.sim.TrafficSimulator;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.Duration;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The admin dashboard after a run of the traffic simulator (40 simulated shoppers through the demo's real storefront,
 * at most 120 s) while the demo's "Related products: 3 vs 5" experiment runs with its 10 % hold-out: the orders
 * figure includes the simulated orders, the three charts are drawn by the webjar's ECharts, the experiment's section
 * has a row per arm whose visitors add up to the stored exposures, its comparisons, and its interval charts; screenshots
 * show what a merchandiser sees ({@code admin-dashboard.png}, {@code admin-dashboard-experiments.png} in
 * {@code browser-tests/target/screenshots/}). The experiment is stopped again at the end (other browser tests must not
 * land in its hold-out).
 */
public class DashboardBrowserIT {

    private static DemoProcess demo;
    private static WebDriver browser;

    @BeforeClass
    public static void start() throws Exception {
        demo = DemoProcess.get();
        browser = Chromium.start();
    }

    @AfterClass
    public static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The acceptance rate shown for a suggestion type ("-" without seen impressions). */
    private static String acceptance(String type) {
        return browser.findElement(By.cssSelector(".uplift-acceptance tr[data-type='" + type + "'] td:nth-child(6)")).getText();
    }

    private static long kpi(String id) {
        return Long.parseLong(browser.findElement(By.cssSelector("#" + id + " .uplift-kpi__value")).getText());
    }

    @Test
    public void theDashboardShowsTheSimulatedOrdersWithCharts() throws Exception {
        DemoPages.loginAdmin(browser, demo);
        browser.get(demo.admin("/uplift-dashboard"));
        long before = kpi("uplift-kpi-orders");

        experimentState("RUNNING", "STARTED_AT");
        TrafficSimulator.Report report;
        try {
            Thread.sleep(3000); // the storefront re-reads the experiments every 2 s
            report = new TrafficSimulator(new SimulatorSettings(URI.create(demo.site("")), 40, 120, 4, 0.6, 0.5, 0.9,
                    2026)).run();
        } finally {
            experimentState("STOPPED", "STOPPED_AT");
        }
        System.out.println("simulate: " + report);
        assertEquals(report.toString(), 0, report.errors.get());
        assertTrue(report.toString(), report.orders.get() > 0);
        awaitStoredExposures();

        browser.get(demo.admin("/uplift-dashboard"));
        assertEquals("the simulated orders are counted", before + report.orders.get(), kpi("uplift-kpi-orders"));
        // seen impressions reach the table within the event writer's period
        long until = System.currentTimeMillis() + 20_000;
        while (acceptance("CROSS_SELL").equals("-") && System.currentTimeMillis() < until) {
            Thread.sleep(1000);
            browser.get(demo.admin("/uplift-dashboard"));
        }
        assertTrue("cross-sell acceptance measured: " + acceptance("CROSS_SELL"), !acceptance("CROSS_SELL").equals("-"));
        String attributed = browser.findElement(By.cssSelector("#uplift-kpi-attributed .uplift-kpi__value")).getText();
        assertTrue("attributed revenue from the simulated suggestions: " + attributed, !attributed.equals("$0.00"));
        for (String chart : new String[] {"uplift-chart-aov", "uplift-chart-orders", "uplift-chart-acceptance"}) {
            WebElement el = browser.findElement(By.id(chart));
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "true".equals(el.getAttribute("data-drawn")));
            assertTrue(chart + " drawn as SVG", !el.findElements(By.cssSelector("svg")).isEmpty());
        }
        // every section of the Uplift menu by its label (a section without one in the plugin's admin messages shows
        // its message key, e.g. "UpliftExperiments")
        for (String[] menu : new String[][] {{"uplift-dashboard", "Dashboard"}, {"uplift-widgets", "Widgets"},
                {"uplift-recommendations", "Recommendations"}, {"uplift-relations", "Relations"},
                {"uplift-comparisons", "Comparisons"}, {"uplift-comparison-proposals", "Comparison proposals"},
                {"uplift-bundles", "Bundles"}, {"uplift-bundle-suggestions", "Bundle suggestions"},
                {"uplift-warranty-plans", "Warranty plans"}, {"uplift-checkout-add-ons", "Checkout add-ons"},
                {"uplift-offer-limits", "Offer limits"}, {"uplift-experiments", "Experiments"},
                {"uplift-emails", "E-mails"}}) {
            String label = browser.findElement(By.cssSelector("a[href$='/" + menu[0] + "']")).getText().trim();
            assertTrue("menu label of " + menu[0] + ": " + label, label.equalsIgnoreCase(menu[1]));
        }
        Chromium.screenshot(browser, "admin-dashboard");

        // the experiment's results: one row per arm, visitors as stored, comparisons and interval charts drawn
        WebElement experiment = browser.findElement(By.cssSelector(".uplift-experiment[data-experiment='"
                + DemoExperiments.THREE_VS_FIVE_ID + "']"));
        long visitors = 0;
        for (String arm : new String[] {"three", "five", "holdout"}) {
            visitors += Long.parseLong(experiment.findElement(By.cssSelector(".uplift-experiment-arms tr[data-arm='" + arm
                    + "'] td:nth-child(2)")).getText());
        }
        assertEquals("visitors of the arms = stored exposures", exposures(), visitors);
        assertTrue("simulated shoppers met the experiment: " + visitors, visitors > 0);
        assertEquals(8, experiment.findElements(By.cssSelector(".uplift-experiment-comparisons tbody tr")).size());
        WebElement money = experiment.findElement(By.cssSelector(".uplift-chart-money"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "true".equals(money.getAttribute("data-drawn")));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);",
                experiment);
        Chromium.screenshot(browser, "admin-dashboard-experiments");

        // storefront health: the demo's storefront node reports (every 30 s, the first 5 s after start)
        String events = "";
        long reportBy = System.currentTimeMillis() + 45_000;
        while (true) {
            WebElement node = browser.findElement(
                    By.cssSelector("table.uplift-health-table tbody tr[data-role=storefront]"));
            assertTrue("the storefront node is reporting: " + node.getText(),
                    !"silent".equals(node.getAttribute("data-status")));
            events = node.findElement(By.cssSelector(".uplift-health-events")).getText();
            if (!events.startsWith("0 ") || System.currentTimeMillis() > reportBy) {
                break;
            }
            Thread.sleep(3000); // the node's next report carries the simulated shoppers' events
            browser.get(demo.admin("/uplift-dashboard"));
        }
        assertTrue("the simulated shoppers' events are counted as written, none lost: " + events,
                events.matches("[1-9][0-9]* / 0"));
        // the admin application reports itself too, below the storefront: failures only
        WebElement admin = browser.findElement(By.cssSelector("table.uplift-health-table tbody tr[data-role=admin]"));
        assertTrue("the admin's node: " + admin.getAttribute("data-node"),
                admin.getAttribute("data-node").startsWith("admin "));
        assertEquals("OK", admin.findElement(By.cssSelector(".uplift-health-status")).getText());
        assertEquals("-", admin.findElement(By.cssSelector(".uplift-health-events")).getText());
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);",
                browser.findElement(By.id("health")));
        Chromium.screenshot(browser, "admin-dashboard-health");
    }

    private static void experimentState(String state, String timeColumn) throws Exception {
        try (java.sql.Connection c = demo.jdbc(); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE UPLIFT_EXPERIMENT SET STATE = '" + state + "', " + timeColumn
                    + " = CURRENT_TIMESTAMP WHERE EXPERIMENT_ID = " + DemoExperiments.THREE_VS_FIVE_ID);
        }
    }

    /**
     * Exposures are written off the request thread, so the last simulated visits may still be on their way to the
     * table when the simulator returns: wait until the count has not changed for 3 s (at most 30 s).
     */
    private static void awaitStoredExposures() throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        long last = exposures();
        long stableSince = System.currentTimeMillis();
        while (System.currentTimeMillis() - stableSince < 3000 && System.currentTimeMillis() < until) {
            Thread.sleep(500);
            long now = exposures();
            if (now != last) {
                last = now;
                stableSince = System.currentTimeMillis();
            }
        }
    }

    private static long exposures() throws Exception {
        try (java.sql.Connection c = demo.jdbc(); java.sql.ResultSet rs = c.createStatement().executeQuery(
                "SELECT COUNT(*) FROM UPLIFT_EXPERIMENT_VISITOR WHERE EXPERIMENT_ID = '"
                        + DemoExperiments.THREE_VS_FIVE_ID + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
