package dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.article.Article;
import dateline.testing.Seed;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pronouns agree in gender with the person they are linked to; sentences and people invented for these tests. */
class PronounAgreementTest {
    private static AnnotatedArticle annotate(String text) {
        Article a = new Article(Article.idOf("test", text), "test", null, null, null, null, null,
                LocalDate.of(2020, 1, 1), null, text, List.of(), List.of(), "en", List.of());
        return Seed.annotator().annotate(a);
    }

    private static String antecedentOf(AnnotatedArticle a, String text, String pronoun, int from) {
        int at = text.indexOf(pronoun, from);
        return a.pronouns().stream().filter(p -> p.span().start() == at).findFirst()
                .map(p -> p.antecedent().text()).orElse(null);
    }

    /** The pronoun (its first occurrence in the text) is linked to the person of its gender. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            she skips the man who is the subject for the woman named \
                | Thomas Berger met Angela Novak in the capital on Monday. She praised the plan. | She | Angela Novak
            he skips a woman marked by her title \
                | Mrs. Okafor thanked Daniel Reyes for the report. He said the talks would go on. | He | Daniel Reyes
            a last name alone has the gender of its fuller mention \
                | Maria Lindqvist arrived on Sunday. Lindqvist and Peter Holm then spoke. His speech was short. \
                | His | Peter Holm
            a name of unknown gender still takes either pronoun \
                | Kim Sung-ho met the delegation on Monday. He said the talks were useful. | He | Kim Sung-ho
            """)
    void thePronounIsLinkedToThePersonOfItsGender(String rule, String text, String pronoun, String person) {
        AnnotatedArticle a = annotate(text);
        assertThat(antecedentOf(a, text, pronoun, 0)).isEqualTo(person);
    }

    @Test
    void theyAndItAreNeverLinkedToOnePerson() {
        String text = "Daniel Reyes met the ministers. They said it was a good day.";
        AnnotatedArticle a = annotate(text);
        assertThat(a.pronouns()).isEmpty();
    }
}
