package dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.article.Article;
import dateline.testing.Seed;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest {
    private final AnnotatedArticle seed = Seed.annotated();
    private final Article article = seed.article();

    private List<String> entities(String... types) {
        List<String> wanted = List.of(types);
        return seed.entities().stream().filter(e -> wanted.contains(e.type())).map(EntityMention::text).toList();
    }

    @Test
    void findsThePeopleAndPlacesOfTheSeed() {
        assertThat(entities("PERSON")).contains("Hassan Rouhani", "Mustafa Al-Kazemi", "Rouhani");
        assertThat(entities("LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE"))
                .contains("Iran", "Iraq", "Tehran", "Baghdad", "Basra", "Shalamcheh");
        assertThat(entities("NATIONALITY")).contains("Iraqi", "Iranian");
        assertThat(entities("TITLE")).contains("Prime Minister", "President");
        assertThat(entities("MONEY")).contains("billions of dollars");
        assertThat(entities("DATE")).contains("Saturday");
    }

    @Test
    void makesNothingOfTheGluedHeaderOrTheDateline() {
        assertThat(seed.entities()).noneMatch(e -> e.text().contains("Press") || e.text().contains("IP"));
        assertThat(seed.sentences()).noneMatch(s -> article.slice(s.span()).contains("Iran Press"));
        assertThat(article.slice(seed.sentences().get(0).span())).startsWith("Emphasizing");
        assertThat(article.slice(seed.sentences().get(1).span())).startsWith("Hassan Rouhani in a telephone");
    }

    @Test
    void everySpanSlicesToItsText() {
        for (EntityMention e : seed.entities()) {
            assertThat(article.slice(e.span())).isEqualTo(e.text());
            assertThat(e.tokenStart()).isLessThan(e.tokenEnd());
        }
        for (Sentence s : seed.sentences()) {
            for (Token t : s.tokens()) {
                assertThat(s.span().contains(t.span())).isTrue();
            }
        }
    }

    @Test
    void resolvesHeInParagraphsThreeAndFiveToRouhaniAndInNineToAlKazemi() {
        assertThat(seed.pronouns()).isNotEmpty();
        for (PronounLink p : seed.pronouns()) {
            int paragraph = seed.sentences().get(p.sentence()).paragraph();
            String expected = paragraph < 7 ? "Rouhani" : "Al-Kazemi";
            assertThat(p.antecedent().text()).as("pronoun at %s in paragraph %d", p.span(), paragraph + 1)
                    .contains(expected);
        }
        assertThat(seed.pronouns()).anyMatch(p -> seed.sentences().get(p.sentence()).paragraph() == 2);
        assertThat(seed.pronouns()).anyMatch(p -> seed.sentences().get(p.sentence()).paragraph() == 4);
    }

    @Test
    void parsesSentencesIntoDependencyTrees() {
        Sentence s = seed.sentences().get(4);
        assertThat(s.parsed()).isTrue();
        assertThat(s.dependencies()).anyMatch(d -> d.relation().equals("nsubj")
                && s.tokens().get(d.dependent()).word().equals("Rouhani")
                && s.tokens().get(d.governor()).lemma().equals("stress"));
    }

    @Test
    void assignsParagraphs() {
        assertThat(seed.sentences().get(0).paragraph()).isZero();
        assertThat(seed.sentences().get(seed.sentences().size() - 1).paragraph()).isEqualTo(8);
    }
}
