package dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The Events, Network, Timeline and Map views in headless Chromium over a store with known contents. */
class StoreViewsBrowserTest {
    @RegisterExtension
    static final StoreFixture fixture = new StoreFixture();
    @RegisterExtension
    static final ExplorerBrowser browser = ExplorerBrowser.over(fixture);

    @Test
    void eventsTableLinksBackToTheArticleWithTheEvidenceHighlighted() {
        browser.open("events");
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#events-table tbody tr"), 7));
        assertThat(browser.driver.findElement(By.id("events-page")).getText()).isEqualTo("1–7 of 7");
        Browser.screenshot(browser.driver, "events");
        WebElement attacked = browser.driver.findElements(By.cssSelector("#events-table a.evidence-link")).stream()
                .filter(a -> a.getText().contains("attacked")).findFirst().orElseThrow();
        attacked.click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#read-article .focus-trigger")));
        assertThat(browser.driver.findElement(By.cssSelector("#read-article .focus-trigger")).getText()).isEqualTo("attacked");
        assertThat(browser.driver.findElement(By.cssSelector("#read-article .focus-source")).getText()).isEqualTo("Iraq");
        assertThat(browser.driver.findElement(By.cssSelector("#read-article .focus-target")).getText()).isEqualTo("Iran");
        assertThat(browser.driver.findElement(By.cssSelector("#read-events li.selected")).getText()).contains("190");
        Browser.screenshot(browser.driver, "read-from-store");
    }

    @Test
    void eventsFilterFromTheForm() {
        browser.open("events");
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#events-table tbody tr"), 7));
        browser.driver.findElement(By.cssSelector("#events-form input[name=actor1]")).sendKeys("IRN");
        browser.driver.findElement(By.cssSelector("#events-form button")).click();
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#events-table tbody tr"), 2));
        // Date inputs type in the browser's locale format; set their ISO value directly.
        browser.driver.executeScript("document.querySelector('#events-form input[name=from]').value = '2099-01-01';"
                + "document.querySelector('#events-form input[name=to]').value = '2001-01-01';");
        browser.driver.findElement(By.cssSelector("#events-form button")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("events-error"), "is after"));
    }

    @Test
    void networkDrawsActorsAndLinks() {
        browser.open("network");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("network-info"), "5 actors"));
        Object nodes = browser.driver.executeScript("return document.querySelectorAll('#network-graph canvas').length");
        assertThat(((Number) nodes).intValue()).isPositive();
        Browser.screenshot(browser.driver, "network");
    }

    @Test
    void timelineShowsAPairByMonth() {
        browser.open("timeline?actor1=IRN&actor2=IRQ&by=month");
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#timeline-chart rect.bar"), 2));
        List<String> labels = browser.driver.findElements(By.cssSelector("#timeline-chart rect.bar title")).stream()
                .map(t -> t.getAttribute("textContent")).toList();
        assertThat(labels).anySatisfy(l -> assertThat(l).startsWith("2024-02: 1 events"));
        Browser.screenshot(browser.driver, "timeline");
    }

    @Test
    void mapPlacesEventsOnTheWorld() {
        browser.open("map");
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#map-canvas circle"), 3));
        assertThat(browser.driver.findElements(By.cssSelector("#map-canvas path.land")).size()).isGreaterThan(100);
        assertThat(browser.driver.findElement(By.id("map-error")).isDisplayed()).isFalse();
        Browser.screenshot(browser.driver, "map");
    }
}
