package dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.article.Article;
import dateline.testing.Seed;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

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

    @Test
    void sheSkipsTheManWhoIsTheSubjectForTheWomanNamed() {
        String text = "Thomas Berger met Angela Novak in the capital on Monday. She praised the plan.";
        AnnotatedArticle a = annotate(text);
        assertThat(antecedentOf(a, text, "She", 0)).isEqualTo("Angela Novak");
    }

    @Test
    void heSkipsAWomanMarkedByHerTitle() {
        String text = "Mrs. Okafor thanked Daniel Reyes for the report. He said the talks would go on.";
        AnnotatedArticle a = annotate(text);
        assertThat(antecedentOf(a, text, "He", 0)).isEqualTo("Daniel Reyes");
    }

    @Test
    void aLastNameAloneHasTheGenderOfItsFullerMention() {
        String text = "Maria Lindqvist arrived on Sunday. Lindqvist and Peter Holm then spoke. His speech was short.";
        AnnotatedArticle a = annotate(text);
        assertThat(antecedentOf(a, text, "His", 0)).isEqualTo("Peter Holm");
    }

    @Test
    void aNameOfUnknownGenderStillTakesEitherPronoun() {
        String text = "Kim Sung-ho met the delegation on Monday. He said the talks were useful.";
        AnnotatedArticle a = annotate(text);
        assertThat(antecedentOf(a, text, "He", 0)).isEqualTo("Kim Sung-ho");
    }

    @Test
    void theyAndItAreNeverLinkedToOnePerson() {
        String text = "Daniel Reyes met the ministers. They said it was a good day.";
        AnnotatedArticle a = annotate(text);
        assertThat(a.pronouns()).isEmpty();
    }
}
