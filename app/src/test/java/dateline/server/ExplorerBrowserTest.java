package dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The explorer in real headless Chromium, against a server whose coder needs no models. */
class ExplorerBrowserTest {
    @RegisterExtension
    static final ExplorerBrowser browser =
            ExplorerBrowser.over(() -> DatelineServer.start(ServerConfig.defaults(0), new FakeCoder()));

    @Test
    void readViewHighlightsTheEvidenceOfTheClickedEvent() {
        browser.open("read");
        browser.driver.findElement(By.id("read-example")).click();
        browser.waiting().until(d -> !d.findElement(By.id("read-text")).getAttribute("value").isBlank());
        browser.driver.findElement(By.id("read-submit")).click();
        try {
            browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#read-events li[data-index]"), 2));
        } catch (RuntimeException e) {
            Browser.screenshot(browser.driver, "read-failed");
            throw new AssertionError("events did not appear; error box: "
                    + browser.driver.findElement(By.id("read-error")).getText(), e);
        }
        assertThat(browser.driver.findElement(By.id("read-event-count")).getText()).isEqualTo("(2)");
        // Every trigger is highlighted in the text before anything is clicked.
        assertThat(browser.joined("#read-article .hl-trigger")).isEqualTo("opposescalled");

        browser.driver.findElements(By.cssSelector("#read-events li")).get(0).click();
        assertThat(browser.joined("#read-article .focus-trigger")).isEqualTo("opposes");
        assertThat(browser.joined("#read-article .focus-source")).isEqualTo("Iranian President");
        assertThat(browser.joined("#read-article .focus-target")).isEqualTo("Iraq");
        assertThat(browser.driver.findElements(By.cssSelector("#read-events li.selected"))).hasSize(1);
        Browser.screenshot(browser.driver, "read-event-1");

        // Clicking the other trigger in the text selects its event in the side panel.
        List<WebElement> triggers = browser.driver.findElements(By.cssSelector("#read-article .hl-trigger"));
        WebElement called = triggers.get(triggers.size() - 1);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView()", called);
        called.click();
        assertThat(browser.joined("#read-article .focus-trigger")).isEqualTo("called");
        assertThat(browser.driver.findElement(By.cssSelector("#read-events li.selected")).getAttribute("data-index"))
                .isEqualTo("1");
        Browser.screenshot(browser.driver, "read-event-2");
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
        browser.open("read");
        browser.driver.findElement(By.id("read-file")).sendKeys(page.toAbsolutePath().toString());
        browser.driver.findElement(By.id("read-submit")).click();
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#read-events li[data-index]"), 1));
        String article = browser.driver.findElement(By.id("read-article")).getText();
        assertThat(article).contains("Spain opposes the plan").doesNotContain("Home | World");
        browser.driver.findElement(By.cssSelector("#read-events li")).click();
        assertThat(browser.joined("#read-article .focus-trigger")).isEqualTo("opposes");
    }

    @Test
    void readViewShowsTheServersErrorMessage() {
        browser.open("read");
        browser.driver.findElement(By.id("read-text")).sendKeys("   ");
        browser.driver.findElement(By.id("read-submit")).click();
        WebElement error = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("read-error")));
        assertThat(error.getText()).isNotBlank();
        browser.driver.findElement(By.id("read-text")).clear();
        browser.driver.findElement(By.id("read-text")).sendKeys("Berlin - Germany said nothing.");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('read-date').value = '2999-01-01'");
        browser.driver.findElement(By.id("read-submit")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("read-error"), "in the future"));
    }

    @Test
    void everyViewLoadsAndSaysWhenThereIsNoStore() {
        for (String view : List.of("events", "network", "timeline", "map")) {
            browser.open(view);
            WebElement section = browser.waiting().until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("view-" + view)));
            assertThat(section.isDisplayed()).isTrue();
            assertThat(browser.driver.findElement(By.cssSelector("header nav a.active")).getText())
                    .isEqualToIgnoringCase(view);
        }
        browser.open("events");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("events-error"), "no store"));
        browser.open("map");
        // The world map is drawn from the vendored Natural Earth TopoJSON even without a store.
        browser.waiting().until(d -> d.findElements(By.cssSelector("#map-canvas path.land")).size() > 100);
        Browser.screenshot(browser.driver, "map-no-store");
    }
}
