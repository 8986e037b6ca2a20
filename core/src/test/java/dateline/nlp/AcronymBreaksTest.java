package dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.article.Article;
import dateline.testing.Seed;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentence breaks after a sentence-final short proper noun written with periods ({@link AcronymBreaks}), and none
 * inside a name; sentences written for these tests.
 */
class AcronymBreaksTest {
    private static List<String> sentences(String text) {
        Article a = new Article(Article.idOf("test", text), "test", null, null, null, null, null,
                LocalDate.of(2020, 1, 1), null, text, List.of(), List.of(), "en", List.of());
        AnnotatedArticle annotated = Seed.annotator().annotate(a);
        for (Sentence s : annotated.sentences()) {
            // Token indices are renumbered in each new sentence, so entity mentions and parses stay in it.
            for (int i = 0; i < s.tokens().size(); i++) {
                assertThat(s.tokens().get(i).index()).isEqualTo(i);
                assertThat(s.span().contains(s.tokens().get(i).span())).isTrue();
            }
        }
        return annotated.sentences().stream().map(s -> a.slice(s.span())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            the platform X ends a sentence | Kenya rejected the claims, a spokesman said in a statement posted on X. Militants linked with the banned group attacked a train in Uganda. | Kenya rejected the claims, a spokesman said in a statement posted on X.
            the U.S. ends a sentence | Two years ago the shipments went to the U.S. Now, officials expect a rise in Europe. | Two years ago the shipments went to the U.S.
            """)
    void aSentenceEndsAfterTheAcronym(String rule, String text, String first) {
        List<String> got = sentences(text);
        assertThat(got).hasSize(2);
        assertThat(got.get(0)).isEqualTo(first);
        assertThat(first + " " + got.get(1)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            an acronym before a title | Peru said U.S. President Ortiz would visit Lima on Monday.
            an acronym in an organisation's name | The envoy spoke at the U.N. Security Council on Friday.
            a relative clause goes on | Officials who travelled to the U.S. Embassy said nothing about the talks.
            an initial inside a name | President George W. Bush visited Peru in March.
            """)
    void noBreakInsideAName(String rule, String text) {
        assertThat(sentences(text)).containsExactly(text);
    }
}
