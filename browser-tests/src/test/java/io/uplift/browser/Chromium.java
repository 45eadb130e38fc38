package io.uplift.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Collections;

/**
 * A headless Debian Chromium for one test class (its own cookies and cart), and screenshots into
 * {@code browser-tests/target/screenshots/}. Paths: {@code -Duplift.chromium} and {@code -Duplift.chromedriver}.
 */
final class Chromium {

    private Chromium() {
    }

    static WebDriver start() {
        return start(true);
    }

    /** @param javascript false: the pages' scripts do not run (the no-JavaScript paths) */
    static WebDriver start(boolean javascript) {
        return start(javascript, null);
    }

    /**
     * @param userAgent the User-Agent to send instead of headless Chromium's own ({@code HeadlessChrome}, which
     *                  the plugin's event recording treats as a bot), or null
     */
    static WebDriver start(boolean javascript, String userAgent) {
        ChromeOptions options = new ChromeOptions();
        if (userAgent != null) {
            options.addArguments("--user-agent=" + userAgent);
        }
        if (!javascript) {
            options.setExperimentalOption("prefs",
                    Collections.singletonMap("profile.managed_default_content_settings.javascript", 2));
        }
        options.setBinary(System.getProperty("uplift.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1700");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("uplift.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return browser;
    }

    /**
     * Clicks the element with its own script, as a user's click reaches its handlers, also when Broadleaf's admin
     * covers it for a moment (a fading modal, a sticky header) and WebDriver's click would be refused.
     */
    static void click(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", element);
    }

    /**
     * A wait that polls again when an element it reads was replaced meanwhile: a form post or a script redraws the
     * page or a part of it while the condition looks at it, so a condition that finds its elements afresh on each
     * poll must not fail on that race (CI once did, reading the cart's rows while the cart page reloaded).
     */
    static WebDriverWait waiting(WebDriver browser, int seconds) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /**
     * The element is gone from the page (the page or its part was replaced): Selenium's {@code stalenessOf}, except
     * that Chrome may answer a question about a node of the document being replaced with an inspector error ("Node
     * with given id does not belong to the document") instead of a stale reference, which counts as gone too (a CI
     * run once failed on it while the checkout page reloaded).
     */
    static ExpectedCondition<Boolean> gone(final WebElement element) {
        return new ExpectedCondition<Boolean>() {
            @Override
            public Boolean apply(WebDriver driver) {
                try {
                    element.isEnabled();
                    return false;
                } catch (StaleElementReferenceException e) {
                    return true;
                } catch (WebDriverException e) {
                    String m = e.getMessage();
                    if (m != null && m.contains("does not belong to the document")) {
                        return true;
                    }
                    throw e;
                }
            }

            @Override
            public String toString() {
                return "element to be gone: " + element;
            }
        };
    }

    /** The browser's viewport as {@code target/screenshots/<name>.png}. */
    static void screenshot(WebDriver browser, String name) throws IOException {
        save(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE), name);
    }

    /** A shot (e.g. of one element) as {@code target/screenshots/<name>.png}. */
    static void save(File shot, String name) throws IOException {
        File dir = new File("target/screenshots");
        dir.mkdirs();
        Files.copy(shot.toPath(), new File(dir, name + ".png").toPath(), StandardCopyOption.REPLACE_EXISTING);
    }
}
