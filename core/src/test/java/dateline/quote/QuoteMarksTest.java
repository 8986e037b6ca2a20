package dateline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.article.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {
    private static Article article(String text) {
        return new Article(Article.idOf("t", text), "t", null, null, null, null, null, null, null, text, List.of(),
                List.of(), "en", List.of());
    }

    private static List<String> quotes(String text) {
        Article a = article(text);
        return new QuoteMarks().find(a).quotes().stream().map(f -> a.slice(f.content())).toList();
    }

    private static List<String> problems(String text) {
        return new QuoteMarks().find(article(text)).problems();
    }

    @Test
    void everyQuoteStyle() {
        assertThat(quotes("She said \"the bridge will open in May.\" Then she left.")).containsExactly(
                "the bridge will open in May.");
        assertThat(quotes("She said “the bridge will open in May.” Then she left.")).containsExactly(
                "the bridge will open in May.");
        assertThat(quotes("Er sagte: „Die Brücke öffnet im Mai.“ Dann ging er.")).containsExactly(
                "Die Brücke öffnet im Mai.");
        assertThat(quotes("Il a dit : « Le pont ouvrira en mai. » Puis il est parti.")).containsExactly(
                "Le pont ouvrira en mai.");
        assertThat(quotes("She said: 'The bridge will open in May,' and left.")).containsExactly(
                "The bridge will open in May");
        assertThat(quotes("She said: ‘The bridge will open in May.’ Then she left.")).containsExactly(
                "The bridge will open in May.");
    }

    @Test
    void apostrophesAreNotQuoteMarks() {
        assertThat(quotes("The mayor’s office didn't say when the '90s plan ends, nor the farmers' union.")).isEmpty();
        assertThat(problems("The mayor’s office didn't say when the farmers' union meets.")).isEmpty();
    }

    @Test
    void nestedQuotesStayInsideTheOuterOne() {
        assertThat(quotes("\"He told me 'never again' and I believed him,\" she said.")).containsExactly(
                "He told me 'never again' and I believed him");
        assertThat(quotes("'He told me \"never again\" and I believed him,' she said.")).containsExactly(
                "He told me \"never again\" and I believed him");
    }

    @Test
    void anOpenParagraphContinuesOnlyIntoAParagraphThatOpensWithAQuoteMark() {
        String text = "The pilot said: \"We saw the storm from far away.\n\n"
                + "\"Then we turned back to the coast.\" The airline confirmed it.";
        assertThat(quotes(text)).containsExactly(
                "We saw the storm from far away.\n\n\"Then we turned back to the coast.");
        assertThat(new QuoteMarks().find(article(text)).quotes().get(0).continued()).isTrue();
        assertThat(problems(text)).isEmpty();
    }

    @Test
    void anUnclosedQuoteEndsWithItsParagraph() {
        String text = "The pilot said: \"We saw the storm from far away.\n\nThe airline said the flight landed safely.";
        assertThat(quotes(text)).containsExactly("We saw the storm from far away.");
        assertThat(problems(text)).singleElement().asString().startsWith("unclosed quote mark [16,17)");
    }

    @Test
    void aStrayClosingMarkIsReportedAndSwallowsNothing() {
        String text = "\"We will rebuild the school,\" she said, adding that funds were ready.\"\n\n"
                + "The council agreed. Its leader said: \"Work starts on Monday.\"";
        assertThat(quotes(text)).containsExactly("We will rebuild the school", "Work starts on Monday.");
        assertThat(problems(text)).containsExactly("stray closing quote mark [69,70) ignored");
    }
}
