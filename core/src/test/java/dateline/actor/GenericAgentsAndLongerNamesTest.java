package dateline.actor;

import static dateline.actor.ActorTestSupport.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two precision rules found by auditing coded wire copy: place and group names that are only part of a longer
 * proper name, and definite sector nouns ("the company", "the government") that refer back to a named actor.
 * Sentences and names are invented for these tests.
 */
class GenericAgentsAndLongerNamesTest {
    private static final String DICT = """
            Freedonia	FRD	Freedonian; Freedonians; Fredville
            Sylvania	SYL	Sylvanian; Sylvanians
            Grummond Oil	MNCFRD	Grummond
            Zeppo Shipping	MNCSYL	Zeppo
            Liberation Front	SYLREB	Front
            bank	~BUS	banks
            national bank	~GOVBUS
            authority	~GOV	authorities
            company	~BUS	companies
            government	~GOV
            officials	~GOV	official
            """;
    private static final ActorResolver RESOLVER = new ActorResolver(ActorDictionary.parse("test.tsv", DICT));
    private static final LocalDate DATE = LocalDate.of(1990, 5, 1);

    private static List<Actor> actors(String text) {
        return RESOLVER.resolve(ActorTestSupport.annotate(text, DATE)).actors();
    }

    private static boolean anyWithin(List<Actor> actors, String text, String phrase) {
        int start = text.indexOf(phrase);
        int end = start + phrase.length();
        return actors.stream().anyMatch(a -> a.span().start() >= start && a.span().end() <= end);
    }

    @Test
    void aCityInsideAnotherNameIsNoActor() {
        String text = "Shareholders of Cartwright Fredville sold their stakes to Sylvanian investors.";
        List<Actor> found = actors(text);
        assertThat(anyWithin(found, text, "Cartwright Fredville")).as("%s", found).isFalse();
    }

    @Test
    void aGroupNameEndingAnOrganisationsNameIsNoActor() {
        String text = "Sylvanian growers urged the International Grain Front to restore export quotas.";
        List<Actor> found = actors(text);
        assertThat(anyWithin(found, text, "International Grain Front")).as("%s", found).isFalse();
    }

    @Test
    void aNamedBankTakesThePlaceInItsNameAndTheSectorOfItsHeadWord() {
        String text = "Continental Fredville National Bank said it would lend money to Sylvania.";
        Actor bank = at(actors(text), text, "Continental Fredville National Bank");
        assertThat(bank.code()).as("a bank called National is no state bank").isEqualTo("FRDBUS");
    }

    @Test
    void aCountryLeadingAnAgencyNameGivesTheAgencyItsCountry() {
        String text = "The Sylvanian Civil Aviation Authority has granted licences to two airlines.";
        Actor agency = at(actors(text), text, "Sylvanian Civil Aviation Authority");
        assertThat(agency.code()).isEqualTo("SYLGOV");
    }

    @Test
    void theCompanyRefersBackToTheOnlyFirmNamedBefore() {
        String text = "Grummond Oil said on Monday it would open a refinery in Sylvania. "
                + "The company also said it had met Sylvanian officials.";
        Actor company = at(actors(text), text, "The company");
        assertThat(company.code()).isEqualTo("MNCFRD");
        assertThat(company.rule()).isEqualTo("definite+antecedent");
        assertThat(company.antecedent()).isNotNull();
    }

    @Test
    void theGovernmentIsTheOnlyCountryNamedBefore() {
        String text = "Sylvania raised import duties on Tuesday. The measures were drafted by the government.";
        Actor gov = at(actors(text), text, "the government");
        assertThat(gov.code()).isEqualTo("SYLGOV");
        assertThat(gov.rule()).isEqualTo("definite+country");
    }

    @Test
    void bundledUnitaCarriesAngolasIsoCode() {
        String text = "UNITA rebels attacked an army base on Monday.";
        List<Actor> found = ActorTestSupport.resolver().resolve(ActorTestSupport.annotate(text, DATE)).actors();
        assertThat(found).anyMatch(a -> a.code().equals("AGOREB")).noneMatch(a -> a.code().startsWith("ANG"));
    }

    /** The actor at the mention has the code: a generic agent stays without country where none is certain. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a place starting a name without sector word keeps its country \
                | The Fredville Morning Herald quoted a Sylvanian minister. | Fredville | FRD
            the company stays without country when two firms were named \
                | Grummond Oil said on Monday it would buy tankers from Zeppo Shipping. The company also said it had met Sylvanian officials. \
                | The company | ---BUS
            the company stays without country when a firm the dictionary lacks was named \
                | Grummond Oil said on Monday it had made an offer for Amalgamated Widget Corp. The company rejected the offer. \
                | The company | ---BUS
            plural sector nouns stay generic \
                | Grummond Oil said on Monday that the companies were short of cash. | the companies | ---BUS
            the government stays without country when two countries were named \
                | Sylvania raised duties on imports from Freedonia. The measures were drafted by the government. \
                | the government | ---GOV
            """)
    void theActorAtTheMentionHasTheCode(String rule, String text, String mention, String code) {
        assertThat(at(actors(text), text, mention).code()).isEqualTo(code);
    }
}
