package dateline.actor;

import static dateline.actor.ActorTestSupport.annotate;
import static dateline.actor.ActorTestSupport.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Actors taken from a title or a dictionary word whose country must come from the mention around it: a plural title
 * ({@link PluralTitle}), "loyal to X" ({@link LoyalTo}) and a bare institution word before its titled head
 * ({@link InstitutionHead}). Sentences written for this test, through CoreNLP.
 */
class PluralTitlesLoyaltyAndInstitutionHeadsTest {
    private static final LocalDate DATE = LocalDate.of(2024, 9, 12);

    private static List<Actor> actors(String text) {
        return ActorTestSupport.resolver().resolve(annotate(text, DATE)).actors();
    }

    @Test
    void aPluralTitleIsNotTheOfficeHolderNamedEarlierNorAnyOneActor() {
        String text = "Finance ministers from ten countries gathered in Oslo on Monday. British Foreign Secretary "
                + "David Lammy opened the meeting. The foreign ministers later condemned the missile tests.";
        int at = text.indexOf("The foreign ministers");
        assertThat(actors(text)).filteredOn(a -> a.span().end() == at + "The foreign ministers".length())
                .isEmpty();
    }

    @Test
    void aSingularTitleStillTakesTheOfficeHolderNamedEarlier() {
        String text = "British Foreign Secretary David Lammy arrived in Oslo on Monday. The foreign secretary later "
                + "condemned the missile tests.";
        assertThat(at(actors(text), text, "The foreign secretary").country()).isEqualTo("GBR");
    }

    @Test
    void forcesLoyalToAForeignLeaderTakeHisCountry() {
        String text = "Troops loyal to former Libyan leader Moammar Gadhafi shelled the port on Sunday.";
        Actor troops = at(actors(text), text, "Troops");
        assertThat(troops.country()).isEqualTo("LBY");
        assertThat(troops.code()).isEqualTo("LBYMIL");
    }

    @Test
    void forcesWithNoLoyaltyNamedKeepNoCountry() {
        String text = "Troops shelled the port on Sunday.";
        assertThat(at(actors(text), text, "Troops").country()).isNull();
    }

    @Test
    void aBareInstitutionBeforeItsHeadTakesTheHeadsCountry() {
        String text = "The editor apologized to Senate head Hun Sen in Phnom Penh on Monday.";
        Actor senate = at(actors(text), text, "Senate");
        assertThat(senate.country()).isEqualTo("KHM");
        assertThat(senate.code()).startsWith("KHMGOV");
    }

    @Test
    void aBareInstitutionAloneKeepsItsDictionaryCountry() {
        String text = "The Senate passed the budget bill on Monday.";
        assertThat(at(actors(text), text, "Senate").country()).isEqualTo("USA");
    }
}
