package dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The explorer as an analyst uses it, in headless Chromium over the fixture store (7 events): every view's state
 * read from the URL and kept by Back and Forward, drill-downs that keep their filters, the Events table's
 * sorting, paging, name lookup, mentions and CSV download, the Timeline's time axis and the Map's counts.
 */
class ExplorerStateBrowserTest {
    @RegisterExtension
    static final StoreFixture fixture = new StoreFixture();
    @RegisterExtension
    static final ExplorerBrowser browser = ExplorerBrowser.over(fixture);

    /** The rows' texts, read in one script so that a table being redrawn cannot leave stale elements. */
    @SuppressWarnings("unchecked")
    static List<String> rowTexts() {
        return (List<String>) browser.driver.executeScript("return [...document.querySelectorAll("
                + "'#events-table tbody tr:not(.mentions-row)')].map(r => r.innerText)");
    }

    static void waitRows(int n) {
        browser.waiting().until(d -> {
            List<String> texts = rowTexts();
            return texts.size() == n && !texts.get(0).isBlank()
                    && !((String) browser.driver.executeScript("return document.getElementById('events-page').textContent"))
                            .isBlank();
        });
    }

    static String hash() {
        return (String) browser.driver.executeScript("return decodeURIComponent(location.hash)");
    }

    /** The network's summary line (kept in an attribute: hovering over the graph replaces the text). */
    static void waitSummary(String text) {
        browser.waiting().until(ExpectedConditions.attributeContains(By.id("network-info"), "data-summary", text));
    }

    static String field(String form, String name) {
        return browser.driver.findElement(By.cssSelector("#" + form + " [name=" + name + "]")).getAttribute("value");
    }

    @Test
    void eventsFiltersAndSortComeFromTheUrlAndBackRestoresThem() {
        browser.open("events?actor=IRN&sort=goldstein");
        waitRows(3);
        assertThat(field("events-form", "actor")).isEqualTo("IRN");
        assertThat(rowTexts().get(0)).contains("190").contains("-10.0");
        assertThat(rowTexts().get(2)).contains("051");
        assertThat(browser.driver.findElement(By.cssSelector("th[data-sort=goldstein]")).getAttribute("class"))
                .contains("sorted-asc");
        assertThat(rowTexts().get(0)).contains("Use conventional military force"); // CAMEO name of 190
        assertThat(browser.driver.findElement(By.id("events-summary")).getText()).isEqualTo("3 events match");

        WebElement actor = browser.driver.findElement(By.cssSelector("#events-form input[name=actor]"));
        actor.clear();
        actor.sendKeys("FRA");
        browser.driver.findElement(By.cssSelector("#events-form button[type=submit]")).click();
        waitRows(4);
        assertThat(hash()).contains("actor=FRA").contains("sort=goldstein");

        browser.driver.navigate().back();
        waitRows(3);
        assertThat(field("events-form", "actor")).isEqualTo("IRN");
        browser.driver.navigate().forward();
        waitRows(4);
        assertThat(field("events-form", "actor")).isEqualTo("FRA");

        browser.driver.findElement(By.cssSelector("th[data-sort=date]")).click();
        browser.waiting().until(d -> hash().contains("sort=-date"));
        waitRows(4);
        assertThat(rowTexts().get(0)).startsWith("2024-02-20");
    }

    @Test
    void pagingIsInTheUrlWithAnExactTotalAndAnErrorDisablesIt() {
        browser.open("events?limit=3&offset=3");
        waitRows(3);
        assertThat(browser.driver.findElement(By.id("events-page")).getText()).isEqualTo("4–6 of 7");
        browser.driver.findElement(By.id("events-next")).click();
        waitRows(1);
        assertThat(browser.driver.findElement(By.id("events-page")).getText()).isEqualTo("7–7 of 7");
        assertThat(browser.driver.findElement(By.id("events-next")).isEnabled()).isFalse();
        browser.driver.navigate().back();
        waitRows(3);
        assertThat(browser.driver.findElement(By.id("events-page")).getText()).isEqualTo("4–6 of 7");

        browser.open("events?from=2099-01-01&to=2001-01-01");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("events-error"), "is after"));
        assertThat(browser.driver.findElement(By.id("events-next")).isEnabled()).isFalse();
        assertThat(browser.driver.findElement(By.id("events-prev")).isEnabled()).isFalse();
    }

    @Test
    void anActorNameIsAnErrorThatOffersTheCodes() {
        browser.open("events?actor=Iran");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("events-error"), "by name: IRN (Iran"));
        browser.driver.findElement(By.cssSelector("#events-error .suggest button")).click();
        waitRows(3);
        assertThat(hash()).contains("actor=IRN");
        assertThat(browser.driver.findElement(By.id("events-error")).isDisplayed()).isFalse();
    }

    @Test
    void mentionsOpenUnderTheRowAndStayOpenOnReload() {
        browser.open("events?actor1=IRQ");
        waitRows(1);
        browser.driver.findElement(By.cssSelector("#events-table button.mentions")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr.mentions-row")));
        assertThat(hash()).containsPattern("open=\\d+");
        assertThat(browser.driver.findElement(By.cssSelector("tr.mentions-row")).getText()).contains("1 mention of event")
                .contains("Iraq attacked Iran in Baghdad");
        assertThat(browser.driver.findElement(By.cssSelector("tr.mentions-row q")).getText()).isEqualTo("attacked");
        browser.driver.navigate().refresh();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr.mentions-row")));
        Browser.screenshot(browser.driver, "events-mentions");
    }

    @Test
    void downloadCsvHasTheRowsOfTheCurrentFilter() {
        browser.open("events?actor=IRN&quad=1");
        waitRows(1);
        String href = browser.driver.findElement(By.id("events-csv")).getAttribute("href");
        assertThat(href).contains("/api/export/events?").contains("actor=IRN").contains("quad=1");
        Http.Reply csv = fixture.http.get(href.substring(href.indexOf("/api/")));
        assertThat(csv.status()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("id,day,source_code,source_name,target_code,target_name,code,");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(",2024-03-05,IRN,Iran,IRQ,Iraq,051,05,1,");

        String jsonl = browser.driver.findElement(By.id("events-jsonl")).getAttribute("href");
        Http.Reply lines2 = fixture.http.get(jsonl.substring(jsonl.indexOf("/api/")));
        assertThat(lines2.body().lines().toList()).singleElement().asString().contains("\"code\":\"051\"");
    }

    @Test
    void networkStateIsInTheUrlAndAnEdgeOpensExactlyItsEvents() {
        browser.open("network?top=3");
        waitSummary("Top 3 of 5 actors");
        assertThat(field("network-form", "top")).isEqualTo("3");

        browser.open("network?from=2024-02-01&to=2024-02-28");
        waitSummary("of 4 actors");
        Browser.screenshot(browser.driver, "network-state");
        // IRN -> IRQ has two events in all (criticized in February, praised in March); the edge is February's.
        browser.driver.executeScript("window.datelineNetwork.edges().filter(e => e.data('source') === 'IRN' "
                + "&& e.data('target') === 'IRQ')[0].emit('tap')");
        waitRows(1);
        assertThat(hash()).contains("actor1=IRN").contains("actor2=IRQ").contains("from=2024-02-01")
                .contains("to=2024-02-28").contains("exactActors=true").contains("quad=3");
        assertThat(rowTexts().get(0)).contains("111").contains("2024-02-10");
        browser.driver.navigate().back();
        waitSummary("of 4 actors");
        assertThat(field("network-form", "from")).isEqualTo("2024-02-01");
    }

    @Test
    void timelineHasARealTimeAxisStacksAndABarOpensItsEvents() {
        browser.open("timeline?actor1=IRN&actor2=IRQ&bothWays=true&by=month&from=2023-12-01&to=2024-04-30");
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#timeline-chart rect.bar"), 2));
        assertThat(browser.driver.findElement(By.id("timeline-info")).getText()).contains("3 events in 5 months");
        List<WebElement> bars = browser.driver.findElements(By.cssSelector("#timeline-chart rect.bar"));
        double feb = Double.parseDouble(bars.get(0).getAttribute("x"));
        double mar = Double.parseDouble(bars.get(1).getAttribute("x"));
        // Five months across 1200 - 60 - 50 units: neighbours one step apart, and February is the third.
        assertThat(mar - feb).isCloseTo(1090 / 5.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(feb).isCloseTo(60 + 2 * 1090 / 5.0 + 1090 / 5.0 * 0.1, org.assertj.core.data.Offset.offset(0.01));

        browser.open("timeline?actor1=IRN&actor2=IRQ&bothWays=true&by=month&stack=quad&normalise=true");
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#timeline-chart rect.seg"), 3));
        assertThat(browser.driver.findElements(By.cssSelector("#timeline-chart rect.seg.q4"))).hasSize(1);
        assertThat(browser.driver.findElement(By.cssSelector("#timeline-chart rect.seg.q4 title")).getAttribute("textContent"))
                .startsWith("2024-02: 1 material conflict events (25% of 4 events in the store)");
        browser.driver.findElement(By.cssSelector("#timeline-chart rect.seg.q4")).click();
        waitRows(2);
        assertThat(hash()).contains("from=2024-02-01").contains("to=2024-02-29").contains("bothWays=true");

        browser.open("timeline");
        browser.waiting().until(d -> hash().contains("actor1="));
        browser.waiting().until(d -> !d.findElements(By.cssSelector("#timeline-chart rect.bar")).isEmpty());
    }

    @Test
    void mapSaysHowManyEventsHaveAPlaceShadesCountriesZoomsAndAPlaceKeepsTheFilter() {
        browser.open("map?actor=IRN");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("map-info"),
                "2 of 3 events have a place"));
        assertThat(field("map-form", "actor")).isEqualTo("IRN");
        assertThat(browser.driver.findElements(By.cssSelector("#map-canvas circle"))).hasSize(1);
        assertThat(browser.driver.findElements(By.cssSelector("#map-canvas path.land.shaded[data-country=IRQ]"))).hasSize(1);
        assertThat(browser.driver.findElement(By.id("map-legend")).getText()).contains("material conflict");
        String before = browser.driver.findElement(By.cssSelector("#map-canvas svg")).getDomAttribute("viewBox");
        browser.driver.findElement(By.id("map-zoom-in")).click();
        assertThat(browser.driver.findElement(By.cssSelector("#map-canvas svg")).getDomAttribute("viewBox")).isNotEqualTo(before);
        Browser.screenshot(browser.driver, "map-state");

        browser.driver.executeScript("document.querySelector('#map-canvas circle').dispatchEvent(new MouseEvent('click'))");
        waitRows(2);
        assertThat(hash()).contains("actor=IRN").contains("place=Baghdad").contains("exactPlace=true");
        assertThat(rowTexts()).allSatisfy(r -> assertThat(r).contains("Baghdad").contains("IRN"));
    }
}
