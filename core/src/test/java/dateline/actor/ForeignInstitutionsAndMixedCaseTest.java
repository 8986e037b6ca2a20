package dateline.actor;

import static dateline.actor.ActorTestSupport.codesAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A country named in the mention is never overridden by a dictionary name of another country's institution, and
 * a name typed in mixed case is still a name: sentences written for these tests, with the bundled dictionaries.
 */
class ForeignInstitutionsAndMixedCaseTest {
    private static final LocalDate DATE = LocalDate.of(2019, 5, 1);

    private static List<Actor> actors(String text) {
        return actors(text, DATE);
    }

    private static List<Actor> actors(String text, LocalDate date) {
        return ActorTestSupport.resolver().resolve(ActorTestSupport.annotate(text, date)).actors();
    }

    @Test
    void anotherCountrysSenateIsThatCountrysLegislature() {
        // "Senate" alone is the US Congress in the dictionaries, and the sector word ~LEG.
        String text = "The Chilean Senate approved a trade agreement with Peru.";
        assertThat(codesAt(actors(text), text, "Chilean Senate")).containsExactly("CHLLEG");
        String text2 = "Members of Kenya's Senate met the Ugandan foreign minister on Monday.";
        assertThat(codesAt(actors(text2), text2, "Kenya's Senate")).containsExactly("KENLEG");
    }

    @Test
    void theSenateAloneOrOfItsOwnCountryStaysTheUsCongress() {
        String text = "The Senate passed the defence bill on Tuesday.";
        assertThat(codesAt(actors(text), text, "Senate")).containsExactly("USAGOVLEG");
    }

    @Test
    void leadersNewsNamesOftenAreKnownWithTheirRoleOnTheDate() {
        String text = "Kim Jong Un met Volodymyr Zelensky and Kassym-Jomart Tokayev.";
        assertThat(codesAt(actors(text, LocalDate.of(2021, 6, 1)), text, "Kim Jong Un", "Volodymyr Zelensky", "Kassym-Jomart Tokayev"))
                .containsExactly("PRKGOV", "UKRGOV", "KAZGOV");
        String text2 = "Prime Minister Imran Khan met Pope Francis.";
        assertThat(codesAt(actors(text2), text2, "Prime Minister Imran Khan", "Pope Francis"))
                .containsExactly("PAKGOV", "VATGOV");
    }

    @Test
    void aDemonymBeforeAnAgentGivesItsCountry() {
        String text = "A Swedish journalist interviewed Icelandic fishermen.";
        assertThat(codesAt(actors(text), text, "Swedish journalist")).containsExactly("SWEMED");
    }

    @Test
    void aDemonymHeadingItsOwnPhraseIsTheCountry() {
        String text = "Observers crossed from the Syrian to the Lebanese side of the valley.";
        assertThat(codesAt(actors(text), text, "Syrian")).containsExactly("SYR");
        // Before the noun it describes it is a plain adjective, no actor.
        String text2 = "Traders sold Iranian pistachios in Dubai.";
        assertThat(actors(text2)).noneMatch(a -> a.code().equals("IRN"));
    }

    @Test
    void aNameInMixedCaseIsStillAName() {
        String text = "Angry protesters burned the flag of iRan outside the embassy.";
        assertThat(codesAt(actors(text), text, "iRan")).containsExactly("IRN");
        // A word in lower case is no name: "chad" is not Chad.
        String text2 = "The voters checked every chad on the ballots.";
        assertThat(actors(text2)).noneMatch(a -> a.code().equals("TCD"));
    }
}
