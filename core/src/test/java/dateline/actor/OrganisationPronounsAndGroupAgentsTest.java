package dateline.actor;

import static dateline.actor.ActorTestSupport.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * "it"/"they" standing for an organisation, group or country ({@link ThingPronouns}) and the group nouns added
 * to {@code additions.agents.tsv}, on sentences written for these tests, annotated by CoreNLP and resolved with
 * the bundled dictionaries.
 */
class OrganisationPronounsAndGroupAgentsTest {
    private static final LocalDate DATE = LocalDate.of(2021, 3, 1);

    private static List<Actor> actors(String text) {
        return ActorTestSupport.resolver().resolve(ActorTestSupport.annotate(text, DATE)).actors();
    }

    /** The actor exactly at the word {@code word} found after {@code after} in the text, if any. */
    private static Optional<Actor> wordAt(List<Actor> actors, String text, String after, String word) {
        int start = text.indexOf(word, text.indexOf(after) + after.length());
        assertThat(start).as("'%s' after '%s' in the test sentence", word, after).isGreaterThanOrEqualTo(0);
        return actors.stream().filter(a -> a.span().start() == start && a.span().end() == start + word.length())
                .findFirst();
    }

    @Test
    void theyAfterAPluralGroupSubjectIsThatGroup() {
        String text = "Burmese officials said they would lengthen the night curfew by a week.";
        Actor they = wordAt(actors(text), text, "said", "they").orElseThrow();
        assertThat(they.code()).isEqualTo("MMRGOV");
        assertThat(they.rule()).isEqualTo("pronoun, organisation or country");
        assertThat(they.antecedent().start()).isEqualTo(0);
    }

    @Test
    void itAfterACountrySubjectIsThatCountry() {
        String text = "Iraq said it would reopen the border crossing next week.";
        assertThat(wordAt(actors(text), text, "said", "it").orElseThrow().code()).isEqualTo("IRQ");
    }

    @Test
    void theNumberMustAgree() {
        String text = "Iraqi officials said it would reopen the border crossing next week.";
        assertThat(wordAt(actors(text), text, "said", "it")).isEmpty();
    }

    @Test
    void itIsNeverAPerson() {
        String text = "Kimberly Okafor said it would close the plant in March.";
        assertThat(wordAt(actors(text), text, "said", "it")).isEmpty();
    }

    @Test
    void aPlaceholderItBeforeAClauseIsNoActor() {
        String text = "Iran said it is clear that the sanctions have failed.";
        assertThat(wordAt(actors(text), text, "said", "it")).isEmpty();
    }

    @Test
    void itInARelativeClauseIsTheSubjectNotTheObject() {
        String text = "Turkey rejected the offer of the Greek government, which it called unserious.";
        assertThat(wordAt(actors(text), text, "which", "it").orElseThrow().code()).isEqualTo("TUR");
        String eased = "Jordan relaxed the lockdown it had imposed on three towns.";
        assertThat(wordAt(actors(eased), eased, "lockdown", "it").orElseThrow().code()).isEqualTo("JOR");
    }

    @Test
    void aModifierOfTheSubjectIsNoAntecedent() {
        String text = "A Russia-backed team said it would hand back the rifles.";
        assertThat(wordAt(actors(text), text, "said", "it")).isEmpty();
    }

    @Test
    void theyOpeningASentenceIsTheSubjectOfThePreviousOne() {
        String text = "The rebels seized the town on Monday. They said they would free the prisoners.";
        List<Actor> found = actors(text);
        assertThat(wordAt(found, text, "Monday.", "They").orElseThrow().code()).isEqualTo("---REB");
    }

    @Test
    void itOpeningASentenceIsNotThePreviousSubject() {
        String text = "Iran chartered the tanker in May. During the trip, it made a stop in Zhuhai.";
        assertThat(wordAt(actors(text), text, "trip,", "it")).isEmpty();
    }

    @Test
    void aSingleLeaderIsNoGovernmentAgent() {
        String text = "The leader of his legal team called the ruling inhumane.";
        assertThat(actors(text)).as("no actor covers \"leader\" (token 1)")
                .noneMatch(a -> a.tokenStart() <= 1 && 1 < a.tokenEnd());
    }

    @Test
    void peacekeepersLeadersAndWarplanesAreAgents() {
        String text = "Chinese peacekeepers arrived in Juba.";
        assertThat(at(actors(text), text, "Chinese peacekeepers").code()).isEqualTo("CHNMIL");
        String jets = "Israeli jets struck the camp on Tuesday.";
        assertThat(at(actors(jets), jets, "Israeli jets").code()).isEqualTo("ISRMIL");
        String leaders = "Palestinian leaders rejected the plan.";
        assertThat(at(actors(leaders), leaders, "Palestinian leaders").code()).isEqualTo("PSEGOV");
    }

    @Test
    void theElnIsTheColombianRebelGroup() {
        String text = "In Colombia, the ELN announced a truce.";
        assertThat(at(actors(text), text, "the ELN").code()).isEqualTo("COLREB");
    }
}
