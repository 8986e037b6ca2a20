package dateline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.article.Article;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            She said "the bridge will open in May." Then she left. | the bridge will open in May.
            She said “the bridge will open in May.” Then she left. | the bridge will open in May.
            Er sagte: „Die Brücke öffnet im Mai.“ Dann ging er. | Die Brücke öffnet im Mai.
            Il a dit : « Le pont ouvrira en mai. » Puis il est parti. | Le pont ouvrira en mai.
            She said: 'The bridge will open in May,' and left. | The bridge will open in May
            She said: ‘The bridge will open in May.’ Then she left. | The bridge will open in May.
            """)
    void everyQuoteStyle(String text, String quote) {
        assertThat(quotes(text)).containsExactly(quote);
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

    @Test
    void aQuoteAcrossLineEndsOfAHardWrappedTextComesOutWhole() {
        String wrapped = "The harbour authority of Westport said on Monday that it would\n"
                + "close the northern pier for repairs from next month.\n"
                + "    \"We cannot let ships tie up at a pier that may not hold them,\n"
                + "and the work will take at least six weeks,\" the director, Maria\n"
                + "Keane, told reporters. She added that the \"southern pier will stay\n"
                + "open to all boats\" while the work goes on.\n"
                + "    Fishing crews said the closure would force them to unload at\n"
                + "the southern pier, where space is short.";
        Article a = article(wrapped);
        QuoteMarks.Result r = new QuoteMarks().find(a);
        assertThat(r.problems()).isEmpty();
        assertThat(r.quotes()).hasSize(2);
        // The spans point into the original, wrapped text: the slice keeps its line end.
        assertThat(a.slice(r.quotes().get(0).content())).isEqualTo("We cannot let ships tie up at a pier that may not"
                + " hold them,\nand the work will take at least six weeks");
        assertThat(a.slice(r.quotes().get(1).content())).isEqualTo("southern pier will stay\nopen to all boats");
        // Without unwrapping, each line end closed the quote: the same words on one line per paragraph agree.
        String flat = wrapped.replaceAll("\n(?! )", " ");
        assertThat(quotes(flat)).containsExactly("We cannot let ships tie up at a pier that may not hold them, and the"
                + " work will take at least six weeks", "southern pier will stay open to all boats");
    }
}
