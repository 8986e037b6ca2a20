package dateline.actor;

import static dateline.actor.ActorTestSupport.annotate;
import static dateline.actor.ActorTestSupport.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An agent noun after a possessive takes the owner's country ({@link Possessor}); never an invented one. */
class PossessorCountryTest {
    private static final LocalDate DATE = LocalDate.of(2024, 5, 2);

    private static List<Actor> actors(String text) {
        return ActorTestSupport.resolver().resolve(annotate(text, DATE)).actors();
    }

    @Test
    void hisBeforeAnAgentTakesTheTitledSpeakersCountry() {
        String text = "The Nigerian army chief said on Monday his troops had freed forty hostages.";
        Actor troops = at(actors(text), text, "troops");
        assertThat(troops.code()).isEqualTo("NGAMIL");
        assertThat(troops.found()).isEqualTo(Found.POSSESSIVE_AGENT);
    }

    @Test
    void hisWithNoOwnerOfKnownCountryStaysWithoutCountry() {
        String text = "The commander said on Monday his troops had freed forty hostages.";
        assertThat(actors(text)).noneMatch(a -> a.country() != null && a.code().endsWith("MIL"));
    }

    @Test
    void theCountrysTakesTheOneCountryNamedJustBefore() {
        String text = "Explosions shook the capital of Mali overnight. Officials said the country's police arrested "
                + "six suspects.";
        assertThat(at(actors(text), text, "the country's police").code()).isEqualTo("MLICOP");
    }

    @Test
    void theCountrysWithTwoCountriesNearbyNamesNone() {
        String text = "Ghana and Togo reopened their border on Friday. Officials said the country's police arrested "
                + "six smugglers.";
        assertThat(actors(text)).noneMatch(a -> a.code().equals("GHACOP") || a.code().equals("TGOCOP"));
    }

    @Test
    void aNamedOwnerWithACountryGivesItToTheAgentAfterItsPossessive() {
        String text = "Venezuelan President Nicolas Maduro's lawyers filed a complaint.";
        List<Actor> found = actors(text);
        assertThat(found).anyMatch(a -> a.code().startsWith("VEN") && a.code().endsWith("JUD")
                && a.found() == Found.POSSESSIVE_AGENT);
    }

    @Test
    void theNamedOwnerKeepsItsOwnMention() {
        String text = "Venezuelan President Nicolas Maduro's lawyers filed a complaint.";
        assertThat(at(actors(text), text, "Venezuelan President Nicolas Maduro").code()).startsWith("VEN");
    }

    @Test
    void anAgentRightAfterANamedBodyIsOneOfItsPeople() {
        String text = "A State Department spokesperson condemned the raid.";
        List<Actor> found = actors(text);
        assertThat(at(found, text, "spokesperson").code()).isEqualTo("USAGOV");
        assertThat(at(found, text, "State Department").code()).isEqualTo("USAGOV");
    }
}
