package dateline.server;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.actor.Actor;
import dateline.actor.ActorMentions;
import dateline.article.Article;
import dateline.article.Span;
import dateline.event.Event;
import dateline.nlp.AnnotatedArticle;
import dateline.pipeline.CodedArticle;
import dateline.quote.Quote;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Read view where facts overlap: a trigger inside another trigger can be selected from the text, and a
 * trigger or an actor inside a quote keeps its colour when the quotes layer is switched off.
 */
class ReadLayersBrowserTest {
    static final String TEXT = "The minister said \"Iran imposed sanctions on Iraq today.\" Officials agreed.";

    @RegisterExtension
    static final ExplorerBrowser browser =
            ExplorerBrowser.over(() -> DatelineServer.start(ServerConfig.defaults(0), new NestedCoder()));

    /** Two events whose triggers nest ("imposed sanctions" and "sanctions"), inside a quote, with two actors. */
    static final class NestedCoder implements ArticleCoder {
        @Override
        public CodedArticle code(Article a) {
            String t = a.text();
            Actor iran = actor(t, "Iran", "IRN");
            Actor iraq = actor(t, "Iraq", "IRQ");
            Span sentence = new Span(t.indexOf("Iran"), t.indexOf("today.") + 6);
            Span outer = span(t, "imposed sanctions");
            Span inner = span(t, "sanctions");
            List<Event> events = List.of(
                    new Event(0, iran, iraq, "163", "16", 4, -8.0, null, null, Set.of(), true, outer, sentence,
                            "test:outer", null),
                    new Event(1, iran, iraq, "172", "17", 4, -5.0, null, null, Set.of(), true, inner, sentence,
                            "test:inner", null));
            Quote q = new Quote(sentence, span(t, "said"), Quote.Kind.DIRECT, null, null, "test", 0, 0.0);
            AnnotatedArticle annotated = new AnnotatedArticle(a, List.of(), List.of(), List.of());
            return new CodedArticle(annotated, new ActorMentions(List.of(iran, iraq)), List.of(q), events, List.of(),
                    null, List.of());
        }

        private static Span span(String text, String word) {
            int i = text.indexOf(word);
            return new Span(i, i + word.length());
        }

        private static Actor actor(String text, String word, String code) {
            return new Actor(code, word, code, null, span(text, word), 0, 0, 1, "test", "name", null, null);
        }
    }

    static void code() {
        browser.open("read");
        browser.driver.executeScript("document.getElementById('read-text').value = arguments[0]", TEXT);
        browser.driver.findElement(By.id("read-submit")).click();
        browser.waiting().until(
                ExpectedConditions.numberOfElementsToBe(By.cssSelector("#read-events li[data-index]"), 2));
    }

    static WebElement segment(String text) {
        return browser.driver.findElements(By.cssSelector("#read-article span")).stream()
                .filter(s -> s.getText().equals(text)).findFirst().orElseThrow();
    }

    static String focused() {
        return browser.driver.findElements(By.cssSelector("#read-article .focus-trigger")).stream().map(WebElement::getText)
                .collect(Collectors.joining());
    }

    static String layers(WebElement e) {
        return (String) browser.driver.executeScript("return getComputedStyle(arguments[0]).backgroundImage", e);
    }

    @Test
    void aTriggerInsideAnotherIsReachableFromTheText() {
        code();
        segment("sanctions").click();
        assertThat(focused()).isEqualTo("sanctions");
        assertThat(browser.driver.findElement(By.cssSelector("#read-events li.selected")).getAttribute("data-index"))
                .isEqualTo("1");
        segment("sanctions").click();
        assertThat(focused()).isEqualTo("imposed sanctions");
        segment("imposed ").click();
        assertThat(browser.driver.findElement(By.cssSelector("#read-events li.selected")).getAttribute("data-index"))
                .isEqualTo("0");
    }

    @Test
    void switchingQuotesOffKeepsTriggersAndActorsInsideQuotes() {
        code();
        String trigger = "rgb(255, 226, 122)";
        String actor = "rgb(219, 231, 255)";
        String quote = "rgb(227, 244, 230)";
        assertThat(layers(segment("sanctions"))).contains(trigger).contains(quote);
        WebElement quotes = browser.driver.findElements(By.cssSelector("#read-legend input")).get(2);
        quotes.click();
        assertThat(layers(segment("sanctions"))).contains(trigger).doesNotContain(quote);
        assertThat(layers(segment("Iran"))).contains(actor).doesNotContain(quote);
        assertThat(layers(segment(" on "))).doesNotContain(quote);
        browser.driver.findElements(By.cssSelector("#read-legend input")).get(0).click(); // triggers off too
        assertThat(layers(segment("sanctions"))).doesNotContain(trigger);
        Browser.screenshot(browser.driver, "read-layers");
    }
}
