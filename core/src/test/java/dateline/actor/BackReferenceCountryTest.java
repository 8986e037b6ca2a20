package dateline.actor;

import static dateline.actor.ActorTestSupport.annotate;
import static dateline.actor.ActorTestSupport.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Back-references keep the country of what they refer to, and nothing else gives one: a repeated title ("the
 * spokesperson", {@link SameTitleReference}), "both leaders" ({@link BothParties}), and a titled person no dictionary
 * knows, whose country comes only from the sentence's own words ({@link TitledNameCountry}). Sentences written for
 * this test, through CoreNLP.
 */
class BackReferenceCountryTest {
    private static final LocalDate DATE = LocalDate.of(2024, 5, 2);

    private static List<Actor> actors(String text) {
        return ActorTestSupport.resolver().resolve(annotate(text, DATE)).actors();
    }

    @Test
    void aRepeatedTitleTakesTheEarlierMentionsWholeActor() {
        String text = "A Brazilian Foreign Ministry spokesperson condemned the raid on Tuesday. Later that day the "
                + "spokesperson said the talks would resume.";
        List<Actor> found = actors(text);
        Actor first = at(found, text, "Brazilian Foreign Ministry spokesperson");
        Actor again = found.stream().filter(a -> a.span().start() > first.span().end()
                && text.substring(a.span().start(), a.span().end()).endsWith("spokesperson")).findFirst().orElseThrow();
        assertThat(first.country()).isEqualTo("BRA");
        assertThat(again.code()).isEqualTo(first.code());
        assertThat(again.antecedent()).isEqualTo(first.span());
    }

    @Test
    void aRepeatedTitleWithTwoEarlierHoldersOfDifferentCountriesTakesNone() {
        String text = "A Peruvian army spokesperson spoke on Monday. A Chilean navy spokesperson answered on Tuesday. "
                + "The spokesperson then left the room.";
        List<Actor> found = actors(text);
        int last = text.lastIndexOf("spokesperson");
        assertThat(found).filteredOn(a -> a.span().end() == last + "spokesperson".length())
                .allMatch(a -> a.country() == null);
    }

    @Test
    void bothLeadersAfterTalksWithOneOfThemStandForTheOther() {
        String text = "The Kenyan president arrived in Accra on Monday. After talks with the Ghanaian president, both "
                + "leaders signed a trade agreement.";
        List<Actor> found = actors(text);
        Actor leaders = at(found, text, "leaders");
        assertThat(leaders.country()).isEqualTo("KEN");
    }

    @Test
    void bothLeadersWithNeitherNamedInTheirSentenceKeepNoCountry() {
        String text = "The Kenyan and Ghanaian presidents met in Accra on Monday. Both leaders signed a trade agreement.";
        assertThat(actors(text)).filteredOn(a -> text.substring(a.span().start(), a.span().end()).endsWith("leaders"))
                .allMatch(a -> a.country() == null);
    }

    @Test
    void aTitledUnknownPersonTakesNoCountryFromAPlaceInTheSentence() {
        String text = "The son of jailed publisher Arlo Venn spoke to reporters in Washington on Friday.";
        assertThat(at(actors(text), text, "publisher Arlo Venn").country()).isNull();
    }

    @Test
    void aTitledUnknownPersonTakesTheCountryAnAppositionStates() {
        String text = "Police detained publisher Arlo Venn, a Singaporean businessman, on Friday.";
        assertThat(at(actors(text), text, "publisher Arlo Venn").country()).isEqualTo("SGP");
    }

    @Test
    void aTitledUnknownPersonTakesTheCountryTheSentenceNamesAsAParty() {
        String text = "Prosecutor Lena Oduya said Kenya would appeal the ruling.";
        assertThat(at(actors(text), text, "Prosecutor Lena Oduya").country()).isEqualTo("KEN");
    }

    @Test
    void aLaterMentionOfAPersonTitledWithoutCountryStaysWithoutOne() {
        String text = "Jailed publisher Arlo Venn wrote to his lawyers in London. Venn denied the charges.";
        List<Actor> found = actors(text);
        assertThat(found).filteredOn(a -> text.substring(a.span().start(), a.span().end()).equals("Venn"))
                .isNotEmpty().allMatch(a -> a.country() == null);
    }
}
