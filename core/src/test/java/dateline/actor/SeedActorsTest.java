package dateline.actor;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.article.Article;
import dateline.nlp.AnnotatedArticle;
import dateline.testing.Seed;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article's actors (see examples/iran-iraq-call.gold.json) with the bundled dictionaries. */
class SeedActorsTest {
    private static AnnotatedArticle seed;
    private static ActorMentions mentions;

    @BeforeAll
    static void resolve() {
        seed = Seed.annotated();
        mentions = ActorTestSupport.resolver().resolve(seed);
        for (Actor a : mentions.actors()) {
            System.out.printf("%-45s %-8s %-20s %-28s %-16s %s %s%n", "\"" + seed.article().slice(a.span()) + "\"",
                    a.code(), a.name(), a.role(), a.rule(), a.entry(), a.dateBasis());
        }
        mentions.compounds().forEach(c -> System.out.println("compound " + seed.article().slice(c.span()) + " " + c.codes()));
    }

    private static Actor find(String text, int nth) {
        Article a = seed.article();
        List<Actor> hits = mentions.actors().stream().filter(x -> a.slice(x.span()).equals(text)).toList();
        assertThat(hits).as("actors with text '%s'", text).hasSizeGreaterThan(nth);
        return hits.get(nth);
    }

    private static int occurrence(String text, int nth) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = seed.article().text().indexOf(text, at + 1);
        }
        return at;
    }

    @Test
    void rouhaniIsIranianGovernmentAsPresidentOnTheSeedDate() {
        Actor r = find("Hassan Rouhani", 0);
        assertThat(r.code()).isEqualTo("IRNGOV");
        assertThat(r.role()).isEqualTo("President of Iran");
        assertThat(r.dateBasis()).isEqualTo(DateBasis.PUBLICATION_DATE);
        assertThat(r.entry()).startsWith("leaders.actors.tsv:");
        assertThat(r.span().start()).isEqualTo(occurrence("Hassan Rouhani", 0));
        assertThat(find("Rouhani", 0).code()).isEqualTo("IRNGOV");
    }

    @Test
    void alKazemiMatchesKadhimiByTransliteration() {
        Actor k = mentions.actors().stream()
                .filter(x -> seed.article().slice(x.span()).contains("Mustafa Al-Kazemi")).findFirst().orElseThrow();
        assertThat(k.code()).isEqualTo("IRQGOV");
        assertThat(k.name()).isEqualTo("Mustafa al-Kadhimi");
        assertThat(k.role()).isEqualTo("Prime Minister of Iraq");
        assertThat(seed.article().slice(k.span())).isEqualTo("Iraqi Prime Minister Mustafa Al-Kazemi");
    }

    @Test
    void groupActorsCombineCountryAndAgent() {
        assertThat(find("US troops", 0).code()).isEqualTo("USAMIL");
        assertThat(find("US troops", 1).code()).isEqualTo("USAMIL");
        assertThat(find("Iraqi banks", 0).code()).isEqualTo("IRQBUS");
        assertThat(find("Iraqi officials", 0).code()).isEqualTo("IRQGOV");
        assertThat(find("Iraqi parliament", 0).code()).isEqualTo("IRQLEG");
        assertThat(find("US government", 0).code()).isEqualTo("USAGOV");
        assertThat(find("The Americans", 0).code()).isEqualTo("USA");
        assertThat(find("the Islamic Republic", 0).code()).isEqualTo("IRN");
    }

    @Test
    void countriesByName() {
        assertThat(find("Iran", 0).code()).isEqualTo("IRN");
        assertThat(find("Iraq", 0).code()).isEqualTo("IRQ");
        assertThat(mentions.compounds()).anySatisfy(c -> assertThat(c.codes()).containsExactly("IRN", "IRQ"));
    }

    @Test
    void titlesResolveToTheOfficeHolder() {
        Actor first = find("Iranian President", 0);
        assertThat(first.code()).isEqualTo("IRNGOV");
        assertThat(first.name()).isEqualTo("Hassan Rouhani");
        Actor bare = find("the President", 0);
        assertThat(bare.name()).isEqualTo("Hassan Rouhani");
        assertThat(bare.rule()).isEqualTo("title");
        Actor pm = find("The Prime Minister of Iraq", 0);
        assertThat(pm.code()).isEqualTo("IRQGOV");
        assertThat(pm.name()).isEqualTo("Mustafa al-Kadhimi");
    }

    @Test
    void pronounsTakeTheirAntecedentsActor() {
        List<Actor> pronouns = mentions.actors().stream().filter(a -> a.rule().equals("pronoun")).toList();
        assertThat(pronouns).isNotEmpty();
        for (Actor p : pronouns) {
            assertThat(seed.article().slice(p.span())).isIn("he", "He", "his", "him");
            assertThat(p.antecedent()).isNotNull();
            Optional<Actor> at = mentions.at(p.sentence(), p.tokenStart());
            assertThat(at).contains(p);
        }
        assertThat(pronouns.stream().map(Actor::name)).contains("Hassan Rouhani", "Mustafa al-Kadhimi");
    }

    @Test
    void boilerplateAndRelatedLinksGiveNoActor() {
        for (Actor a : mentions.actors()) {
            assertThat(seed.article().isBoilerplate(a.span())).isFalse();
            assertThat(seed.article().slice(a.span())).doesNotContain("Press");
        }
    }

    @Test
    void everyMentionHasConsistentTokensAndSpan() {
        for (Actor a : mentions.actors()) {
            var s = seed.sentences().get(a.sentence());
            assertThat(a.tokenEnd()).isGreaterThan(a.tokenStart());
            assertThat(s.tokens().get(a.tokenStart()).span().start()).isEqualTo(a.span().start());
            assertThat(s.tokens().get(a.tokenEnd() - 1).span().end()).isEqualTo(a.span().end());
            assertThat(mentions.at(a.sentence(), a.tokenStart())).isPresent();
        }
    }
}
