package dateline.export;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.article.Span;
import dateline.geo.ActorLocator;
import dateline.geo.ActorLocator.Located;
import dateline.geo.ActorLocator.Rule;
import dateline.geo.ActorLocator.Who;
import dateline.geo.Countries;
import dateline.geo.Place;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Actor1Geo/Actor2Geo on sentences written for this test, with the places a geocoder would give (spans found in
 * the text, coordinates and codes as in the bundled gazetteer).
 */
class GdeltActorGeoTest {
    private static ActorLocator locator;

    @BeforeAll
    static void load() {
        locator = new ActorLocator(Countries.bundled());
    }

    private static Place tehran(String text, int from) {
        return at(text, "Tehran", from, "Tehran", Place.FeatureType.CITY, "IR", "IRN", "IR", "IR26", 35.69439,
                51.42151, 112931);
    }

    private static Place basra(String text, int from) {
        return at(text, "Basra", from, "Basrah", Place.FeatureType.CITY, "IQ", "IRQ", "IZ", "IZ02", 30.50852,
                47.7804, 99532);
    }

    private static Place country(String text, String mention, String name, String iso2, String iso3, String fips) {
        return at(text, mention, 0, name, Place.FeatureType.COUNTRY, iso2, iso3, fips, null, 0, 0, 0);
    }

    private static Place at(String text, String mention, int from, String name, Place.FeatureType type, String iso2,
            String iso3, String fips, String adm1, double lat, double lon, long geonameId) {
        int i = text.indexOf(mention, from);
        assertThat(i).as("'%s' in the text", mention).isNotNegative();
        return new Place(name, new Span(i, i + mention.length()), Place.Role.MENTIONED, type, lat, lon, iso2, iso3,
                fips, adm1, geonameId, "test");
    }

    private static Who who(String text, String mention, String country) {
        int i = text.indexOf(mention);
        assertThat(i).as("'%s' in the text", mention).isNotNegative();
        return new Who(country, new Span(i, i + mention.length()), null);
    }

    @Test
    void aPlaceInTheActorsOwnMentionIsWhereItIs() {
        String text = "The Tehran government rejected the offer on Sunday.";
        Located l = locator.locate(text, who(text, "The Tehran government", "IRN"), List.of(tehran(text, 0)));
        assertThat(l.rule()).isEqualTo(Rule.OWN_MENTION);
        assertThat(l.place().name()).isEqualTo("Tehran");
        assertThat(l.evidence()).contains("'Tehran'").contains("'The Tehran government'");
        GdeltGeo g = GdeltGeo.of(l.place());
        assertThat(g.type()).isEqualTo(4);
        assertThat(g.countryCode()).isEqualTo("IR");
        assertThat(g.adm1Code()).isEqualTo("IR26");
        assertThat(g.featureId()).isEqualTo("112931");
    }

    @Test
    void aDemonymIsNoPlaceSoTheActorsCountryIsUsed() {
        String text = "Iraqi Prime Minister Mustafa Al-Kazemi spoke to reporters.";
        Located l = locator.locate(text, who(text, "Iraqi Prime Minister Mustafa Al-Kazemi", "IRQ"), List.of());
        assertThat(l.rule()).isEqualTo(Rule.COUNTRY);
        GdeltGeo g = GdeltGeo.of(l.place());
        assertThat(g.type()).isEqualTo(1);
        assertThat(g.fullName()).isEqualTo("Iraq");
        assertThat(g.countryCode()).isEqualTo("IZ");
        assertThat(g.adm1Code()).isEqualTo("IZ");
        assertThat(g.featureId()).isEqualTo("IZ");
        assertThat(g.lat()).isBetween(29.0, 37.5);
        assertThat(g.lon()).isBetween(38.5, 48.5);
    }

    @Test
    void aPlaceAfterAPrepositionOrBeforeAsPossessiveIsAttached() {
        String text = "Coast guards detained two fishermen from Russia near the harbour.";
        Place russia = country(text, "Russia", "Russia", "RU", "RUS", "RS");
        Located target = locator.locate(text, who(text, "two fishermen", "RUS"), List.of(russia));
        assertThat(target.rule()).isEqualTo(Rule.ATTACHED);
        assertThat(target.evidence()).contains("by 'from'");
        // The guards have no place of their own and no country: nothing to say.
        assertThat(locator.locate(text, who(text, "Coast guards", null), List.of(russia))).isNull();

        String governor = "Basra's governor asked Baghdad for more water.";
        Place baghdad = at(governor, "Baghdad", 0, "Baghdad", Place.FeatureType.CITY, "IQ", "IRQ", "IZ", "IZ07",
                33.34058, 44.40088, 98182);
        Located g = locator.locate(governor, who(governor, "governor", "IRQ"), List.of(basra(governor, 0), baghdad));
        assertThat(g.rule()).isEqualTo(Rule.ATTACHED);
        assertThat(g.place().name()).isEqualTo("Basrah");

        String based = "Tehran-based diplomats left the talks, said officials, who are stationed in Basra.";
        List<Place> places = List.of(tehran(based, 0), basra(based, 0));
        assertThat(locator.locate(based, who(based, "diplomats", "IRN"), places).place().name()).isEqualTo("Tehran");
        assertThat(locator.locate(based, who(based, "officials", "IRQ"), places).place().name()).isEqualTo("Basrah");
    }

    @Test
    void theCountryInTheMentionYieldsToAnAttachedPlaceButBeatsTheCodeCountry() {
        String text = "The US troops in Basra were told to leave.";
        Place us = country(text, "US", "United States", "US", "USA", "US");
        Located l = locator.locate(text, who(text, "The US troops", "USA"), List.of(us, basra(text, 0)));
        assertThat(l.rule()).isEqualTo(Rule.ATTACHED);
        assertThat(l.place().name()).isEqualTo("Basrah");

        String alone = "The US troops were told to leave.";
        Located own = locator.locate(alone, who(alone, "The US troops", "USA"),
                List.of(country(alone, "US", "United States", "US", "USA", "US")));
        assertThat(own.rule()).isEqualTo(Rule.OWN_MENTION);
        assertThat(GdeltGeo.of(own.place()).type()).isEqualTo(1);
    }

    @Test
    void aPronounIsPlacedByItsAntecedentAndTheNearestTieWins() {
        String text = "The Tehran government answered late. It said the talks would go on.";
        int it = text.indexOf("It said");
        Who pronoun = new Who("IRN", new Span(it, it + 2), new Span(0, "The Tehran government".length()));
        Located l = locator.locate(text, pronoun, List.of(tehran(text, 0)));
        assertThat(l.rule()).isEqualTo(Rule.OWN_MENTION);
        assertThat(l.place().name()).isEqualTo("Tehran");

        String two = "Basra officials from Iraq met the visitors.";
        Place iraq = country(two, "Iraq", "Iraq", "IQ", "IRQ", "IZ");
        assertThat(locator.locate(two, who(two, "officials", "IRQ"), List.of(basra(two, 0), iraq)).place().name())
                .isEqualTo("Basrah");
    }

    @Test
    void theDatelineALineBreakAndLooseWordsDoNotAttach() {
        String text = "Tehran officials said nothing.";
        Place dateline = new Place("Tehran", new Span(0, 6), Place.Role.REPORTING, Place.FeatureType.CITY, 35.69,
                51.42, "IR", "IRN", "IR", "IR26", 112931, "dateline");
        assertThat(locator.locate(text, who(text, "officials", "IRN"), List.of(dateline)).rule())
                .isEqualTo(Rule.COUNTRY);

        String para = "Talks ended in Basra\nOfficials said they would meet again.";
        assertThat(locator.locate(para, who(para, "Officials", "IRQ"), List.of(basra(para, 0))).rule())
                .isEqualTo(Rule.COUNTRY);

        String loose = "Rouhani in a call with Kazemi praised Basra.";
        assertThat(locator.locate(loose, who(loose, "Rouhani", "IRN"), List.of(basra(loose, 0))).rule())
                .isEqualTo(Rule.COUNTRY);
    }

    @Test
    void actorsWithoutACountryGetAnEmptyGroup() {
        String text = "The United Nations appealed for calm.";
        Located l = locator.locate(text, who(text, "The United Nations", null), List.of());
        assertThat(l).isNull();
        assertThat(GdeltGeo.of(null)).isEqualTo(GdeltGeo.NONE);
        List<Object> values = new ArrayList<>(GdeltGeo.NONE.values());
        assertThat(values).hasSize(8);
        assertThat(values.get(0)).isEqualTo(0);
        assertThat(values.subList(1, 8)).containsOnlyNulls();
        assertThat(locator.locate(text, null, List.of())).isNull();
    }

    @Test
    void gdeltTypesFollowTheCodebook() {
        assertThat(geo(Place.FeatureType.ADMIN1, "USA", "Texas", "US", "USTX", 31.0, -99.0, 0).type()).isEqualTo(2);
        assertThat(geo(Place.FeatureType.ADMIN1, "USA", "Texas", "US", "USTX", 31.0, -99.0, 0).featureId())
                .isEqualTo("USTX");
        assertThat(geo(Place.FeatureType.CITY, "USA", "Austin", "US", "USTX", 30.3, -97.7, 4671654L).type())
                .isEqualTo(3);
        assertThat(geo(Place.FeatureType.CITY, "IRQ", "Basrah", "IZ", "IZ02", 30.5, 47.8, 99532L).type())
                .isEqualTo(4);
        assertThat(geo(Place.FeatureType.ADMIN1, "IRQ", "Basra", "IZ", "IZ02", 30.5, 47.8, 0).type()).isEqualTo(5);
        assertThat(geo(Place.FeatureType.COUNTRY, "IRN", "Iran", "IR", null, 34.5, 51.5, 0).values())
                .containsExactly(1, "Iran", "IR", "IR", null, 34.5, 51.5, "IR");
    }

    private static GdeltGeo geo(Place.FeatureType type, String iso3, String name, String fips, String adm1, double lat,
            double lon, long geonameId) {
        return GdeltGeo.of(new Place(name, null, Place.Role.MENTIONED, type, lat, lon, null, iso3, fips, adm1,
                geonameId, "test"));
    }
}
