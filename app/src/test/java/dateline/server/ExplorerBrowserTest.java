package dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The explorer in real headless Chromium, against a server whose coder needs no models. */
class ExplorerBrowserTest {
    @TempDir
    static Path profile;
    static DatelineServer server;
    static ChromeDriver driver;
    static String base;

    @BeforeAll
    static void start() {
        driver = Browser.start(profile);
        server = DatelineServer.start(ServerConfig.defaults(0), new FakeCoder());
        base = "http://127.0.0.1:" + server.port() + "/";
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Loads a view as a fresh page (a new query string), so no state carries over from another test. */
    static void open(String view) {
        driver.get(base + "?fresh=" + System.nanoTime() + "#" + view);
    }

    static String joined(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText)
                .collect(Collectors.joining());
    }

    @Test
    void readViewHighlightsTheEvidenceOfTheClickedEvent() {
        open("read");
        driver.findElement(By.id("read-example")).click();
        waiting().until(d -> !d.findElement(By.id("read-text")).getAttribute("value").isBlank());
        driver.findElement(By.id("read-submit")).click();
        try {
            waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#read-events li[data-index]"), 2));
        } catch (RuntimeException e) {
            Browser.screenshot(driver, "read-failed");
            throw new AssertionError("events did not appear; error box: "
                    + driver.findElement(By.id("read-error")).getText(), e);
        }
        assertThat(driver.findElement(By.id("read-event-count")).getText()).isEqualTo("(2)");
        // Every trigger is highlighted in the text before anything is clicked.
        assertThat(joined("#read-article .hl-trigger")).isEqualTo("opposescalled");

        driver.findElements(By.cssSelector("#read-events li")).get(0).click();
        assertThat(joined("#read-article .focus-trigger")).isEqualTo("opposes");
        assertThat(joined("#read-article .focus-source")).isEqualTo("Iranian President");
        assertThat(joined("#read-article .focus-target")).isEqualTo("Iraq");
        assertThat(driver.findElements(By.cssSelector("#read-events li.selected"))).hasSize(1);
        Browser.screenshot(driver, "read-event-1");

        // Clicking the other trigger in the text selects its event in the side panel.
        List<WebElement> triggers = driver.findElements(By.cssSelector("#read-article .hl-trigger"));
        WebElement called = triggers.get(triggers.size() - 1);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", called);
        called.click();
        assertThat(joined("#read-article .focus-trigger")).isEqualTo("called");
        assertThat(driver.findElement(By.cssSelector("#read-events li.selected")).getAttribute("data-index"))
                .isEqualTo("1");
        Browser.screenshot(driver, "read-event-2");
    }

    @Test
    void readViewCodesAnUploadedHtmlFile(@TempDir Path dir) throws java.io.IOException {
        Path page = dir.resolve("saved-page.html");
        java.nio.file.Files.writeString(page, "<!doctype html><html><head><title>Harbour levy</title></head><body>"
                + "<nav>Home | World | Sport</nav><article><h1>Harbour levy</h1>"
                + "<p>Madrid - Spain opposes the plan for a new harbour levy, officials said on Monday after a long"
                + " meeting with the port authority and the regional government.</p>"
                + "<p>The ministry said it would present its own proposal to the regional parliament before the end"
                + " of the month, and asked shipping firms to send their comments in writing.</p>"
                + "<p>Port workers welcomed the decision and said they would keep talking to both sides until an"
                + " agreement on the levy was reached.</p></article></body></html>");
        open("read");
        driver.findElement(By.id("read-file")).sendKeys(page.toAbsolutePath().toString());
        driver.findElement(By.id("read-submit")).click();
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#read-events li[data-index]"), 1));
        String article = driver.findElement(By.id("read-article")).getText();
        assertThat(article).contains("Spain opposes the plan").doesNotContain("Home | World");
        driver.findElement(By.cssSelector("#read-events li")).click();
        assertThat(joined("#read-article .focus-trigger")).isEqualTo("opposes");
    }

    @Test
    void readViewShowsTheServersErrorMessage() {
        open("read");
        driver.findElement(By.id("read-text")).sendKeys("   ");
        driver.findElement(By.id("read-submit")).click();
        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("read-error")));
        assertThat(error.getText()).isNotBlank();
        driver.findElement(By.id("read-text")).clear();
        driver.findElement(By.id("read-text")).sendKeys("Berlin - Germany said nothing.");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('read-date').value = '2999-01-01'");
        driver.findElement(By.id("read-submit")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("read-error"), "in the future"));
    }

    @Test
    void everyViewLoadsAndSaysWhenThereIsNoStore() {
        for (String view : List.of("events", "network", "timeline", "map")) {
            open(view);
            WebElement section = waiting().until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("view-" + view)));
            assertThat(section.isDisplayed()).isTrue();
            assertThat(driver.findElement(By.cssSelector("header nav a.active")).getText())
                    .isEqualToIgnoringCase(view);
        }
        open("events");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("events-error"), "no store"));
        open("map");
        // The world map is drawn from the vendored Natural Earth TopoJSON even without a store.
        waiting().until(d -> d.findElements(By.cssSelector("#map-canvas path.land")).size() > 100);
        Browser.screenshot(driver, "map-no-store");
    }
}
