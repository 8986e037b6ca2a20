package dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dateline.pipeline.Knowledge;
import dateline.pipeline.Pipeline;
import dateline.testing.Seed;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Read view on the real pipeline: paste the example, code it, and check that what the page highlights is
 * exactly the evidence the API returned (every entity, and for each event its trigger, source and target).
 */
class ReadViewPipelineBrowserTest {
    @RegisterExtension
    static final ExplorerBrowser browser = ExplorerBrowser.over(() -> DatelineServer.start(ServerConfig.defaults(0),
            new PipelinePool(() -> new Pipeline(Seed.annotator(), Knowledge.bundled())::code, 1, Duration.ofMinutes(3))));

    @Test
    void pastedExampleIsHighlightedWithItsEvidence() {
        // The same article through the API, to know what the page must show.
        JsonNode coded = new Http(browser.server.port()).post("/api/code?date=2020-11-29", "text/plain; charset=utf-8",
                Seed.bytes()).json();

        browser.driver.get(browser.base + "#read");
        browser.driver.findElement(By.id("read-example")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> !d.findElement(By.id("read-text")).getAttribute("value").isBlank());
        // Published on Sunday 29 November 2020: the call "on Saturday afternoon" is dated the 28th.
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('read-date').value = '2020-11-29'");
        browser.driver.findElement(By.id("read-submit")).click();
        new WebDriverWait(browser.driver, Duration.ofMinutes(3)).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("read-article")));

        String article = browser.driver.findElement(By.id("read-article")).getText();
        assertThat(article).contains("Hassan Rouhani").contains("Mustafa Al-Kazemi");
        assertThat(coded.get("entities")).isNotEmpty();
        for (JsonNode e : coded.get("entities")) {
            JsonNode m = e.get("mention");
            // The segments covering the entity's span, all marked as an entity, read back its exact text.
            Object shown = ((JavascriptExecutor) browser.driver).executeScript(
                    "const [s, t] = [arguments[0], arguments[1]];"
                    + "const segs = [...document.getElementById('read-article').children]"
                    + ".filter(x => +x.dataset.start >= s && +x.dataset.end <= t);"
                    + "return segs.every(x => x.classList.contains('hl-ent')) ? segs.map(x => x.textContent).join('') : null;",
                    m.get("start").asInt(), m.get("end").asInt());
            assertThat(shown).as("entity %s", m).isEqualTo(m.get("text").asText());
        }
        assertThat(browser.driver.findElement(By.id("read-entity-count")).getText())
                .isEqualTo("(" + coded.get("entities").size() + ")");

        JsonNode events = coded.get("events");
        assertThat(browser.driver.findElement(By.id("read-event-count")).getText()).isEqualTo("(" + events.size() + ")");
        List<WebElement> items = browser.driver.findElements(By.cssSelector("#read-events li[data-index]"));
        assertThat(items).hasSize(events.size());
        assertThat(events.findValuesAsText("code")).as("the seed's telephone call").contains("041");
        for (int i = 0; i < events.size(); i++) {
            WebElement item = browser.driver.findElements(By.cssSelector("#read-events li[data-index]")).get(i);
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView()", item);
            item.click();
            JsonNode e = events.get(i);
            assertThat(browser.joined("#read-article .focus-trigger")).as("event %d trigger", i)
                    .isEqualTo(e.get("trigger").get("text").asText());
            if (e.get("source").isObject() && e.get("source").get("mention").isObject()) {
                assertThat(browser.joined("#read-article .focus-source")).as("event %d source", i)
                        .contains(e.get("source").get("mention").get("text").asText());
            }
            assertThat(item.findElement(By.cssSelector(".ev-date")).getText()).as("event %d date", i)
                    .contains("date " + e.get("date").asText());
            if (e.get("dateEvidence").isObject()) {
                assertThat(item.findElement(By.cssSelector(".ev-date")).getText())
                        .contains(e.get("dateEvidence").get("text").asText());
            }
            if (e.get("code").asText().equals("041")) {
                // The telephone call of the seed, dated from "on Saturday afternoon".
                assertThat(item.findElement(By.cssSelector(".ev-date")).getText())
                        .contains("2020-11-28").contains("on Saturday afternoon");
                Browser.screenshot(browser.driver, "read-pipeline-event-1");
            }
        }
        Browser.screenshot(browser.driver, "read-pipeline");
    }
}
