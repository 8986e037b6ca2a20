package dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Events, Network, Timeline and Map views in headless Chromium over a store with known contents. */
class StoreViewsBrowserTest {
    @TempDir
    static Path profile;
    @TempDir
    static Path storeDir;
    static StoreFixture fixture;
    static ChromeDriver driver;
    static String base;

    @BeforeAll
    static void start() {
        driver = Browser.start(profile);
        fixture = new StoreFixture(storeDir);
        base = "http://127.0.0.1:" + fixture.server.port() + "/";
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    static void open(String hash) {
        driver.get(base + "?fresh=" + System.nanoTime() + "#" + hash);
    }

    static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @Test
    void eventsTableLinksBackToTheArticleWithTheEvidenceHighlighted() {
        open("events");
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#events-table tbody tr"), 7));
        assertThat(driver.findElement(By.id("events-page")).getText()).isEqualTo("1–7 of 7");
        Browser.screenshot(driver, "events");
        WebElement attacked = driver.findElements(By.cssSelector("#events-table a.evidence-link")).stream()
                .filter(a -> a.getText().contains("attacked")).findFirst().orElseThrow();
        attacked.click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#read-article .focus-trigger")));
        assertThat(driver.findElement(By.cssSelector("#read-article .focus-trigger")).getText()).isEqualTo("attacked");
        assertThat(driver.findElement(By.cssSelector("#read-article .focus-source")).getText()).isEqualTo("Iraq");
        assertThat(driver.findElement(By.cssSelector("#read-article .focus-target")).getText()).isEqualTo("Iran");
        assertThat(driver.findElement(By.cssSelector("#read-events li.selected")).getText()).contains("190");
        Browser.screenshot(driver, "read-from-store");
    }

    @Test
    void eventsFilterFromTheForm() {
        open("events");
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#events-table tbody tr"), 7));
        driver.findElement(By.cssSelector("#events-form input[name=actor1]")).sendKeys("IRN");
        driver.findElement(By.cssSelector("#events-form button")).click();
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#events-table tbody tr"), 2));
        // Date inputs type in the browser's locale format; set their ISO value directly.
        driver.executeScript("document.querySelector('#events-form input[name=from]').value = '2099-01-01';"
                + "document.querySelector('#events-form input[name=to]').value = '2001-01-01';");
        driver.findElement(By.cssSelector("#events-form button")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("events-error"), "is after"));
    }

    @Test
    void networkDrawsActorsAndLinks() {
        open("network");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("network-info"), "5 actors"));
        Object nodes = driver.executeScript("return document.querySelectorAll('#network-graph canvas').length");
        assertThat(((Number) nodes).intValue()).isPositive();
        Browser.screenshot(driver, "network");
    }

    @Test
    void timelineShowsAPairByMonth() {
        open("timeline?actor1=IRN&actor2=IRQ&by=month");
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#timeline-chart rect.bar"), 2));
        List<String> labels = driver.findElements(By.cssSelector("#timeline-chart rect.bar title")).stream()
                .map(t -> t.getAttribute("textContent")).toList();
        assertThat(labels).anySatisfy(l -> assertThat(l).startsWith("2024-02: 1 events"));
        Browser.screenshot(driver, "timeline");
    }

    @Test
    void mapPlacesEventsOnTheWorld() {
        open("map");
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#map-canvas circle"), 3));
        assertThat(driver.findElements(By.cssSelector("#map-canvas path.land")).size()).isGreaterThan(100);
        assertThat(driver.findElement(By.id("map-error")).isDisplayed()).isFalse();
        Browser.screenshot(driver, "map");
    }
}
