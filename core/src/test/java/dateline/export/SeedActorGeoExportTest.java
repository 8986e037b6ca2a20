package dateline.export;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.event.Event;
import dateline.geo.ActorLocator;
import dateline.geo.ActorLocator.Rule;
import dateline.pipeline.CodedArticle;
import dateline.pipeline.Knowledge;
import dateline.pipeline.Pipeline;
import dateline.testing.Seed;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Actor1Geo/Actor2Geo and PLOVER contexts of the seed article's coded events. */
class SeedActorGeoExportTest {
    private static CodedArticle coded;
    private static final ActorLocator LOCATOR = ActorLocator.bundled();
    private static final Map<String, String> FIPS = Map.of("IRN", "IR", "IRQ", "IZ", "USA", "US");

    @BeforeAll
    static void code() {
        coded = new Pipeline(Seed.annotator(), Knowledge.bundled()).code(Seed.article());
    }

    private static Event event(String code, String source, String target) {
        List<Event> found = coded.events().stream().filter(e -> e.code().equals(code)
                && e.source().code().equals(source) && e.target() != null && e.target().code().equals(target)).toList();
        assertThat(found).as("%s %s->%s among the seed's events", code, source, target).isNotEmpty();
        return found.get(0);
    }

    @Test
    void rouhanisCallHasIranAsActor1GeoAndIraqAsActor2Geo() {
        ActorGeos g = ActorGeos.of(LOCATOR, coded, event("041", "IRNGOV", "IRQGOV"));
        assertThat(g.actor1Geo().countryCode()).isEqualTo("IR");
        assertThat(g.actor1Geo().type()).isBetween(1, 5);
        assertThat(g.actor2Geo().countryCode()).isEqualTo("IZ");
        assertThat(g.actor2Geo().type()).isBetween(1, 5);
        // Neither "Hassan Rouhani" nor "Iraqi Prime Minister Mustafa Al-Kazemi" names a place: the code's country.
        assertThat(g.actor1().rule()).isEqualTo(Rule.COUNTRY);
        assertThat(g.actor2().rule()).isEqualTo(Rule.COUNTRY);
        assertThat(g.actor2Geo().fullName()).isEqualTo("Iraq");
    }

    @Test
    void anActorNamedByAPlaceIsThatPlace() {
        ActorGeos release = ActorGeos.of(LOCATOR, coded, event("1053", "IRNGOV", "IRQ"));
        assertThat(release.actor2().rule()).isEqualTo(Rule.OWN_MENTION);
        assertThat(release.actor2Geo().countryCode()).isEqualTo("IZ");
        assertThat(release.actor2().evidence()).contains("'Iraq'");
    }

    @Test
    void everyActorOfTheSeedIsPlacedInItsOwnCountry() {
        assertThat(coded.events()).isNotEmpty();
        for (Event e : coded.events()) {
            ActorGeos g = ActorGeos.of(LOCATOR, coded, e);
            assertThat(g.actor1Geo().countryCode()).as("Actor1Geo of %s", e.code())
                    .isEqualTo(FIPS.get(e.source().country()));
            if (e.target() != null) {
                assertThat(g.actor2Geo().countryCode()).as("Actor2Geo of %s", e.code())
                        .isEqualTo(FIPS.get(e.target().country()));
            } else {
                assertThat(g.actor2Geo()).isEqualTo(GdeltGeo.NONE);
            }
        }
    }

    @Test
    void ploverContextsOfTheSeed() {
        PloverContexts contexts = PloverContexts.bundled();
        Event release = event("1053", "IRNGOV", "IRQ");
        assertThat(contexts.of(release.code(), "IRNGOV", "IRN", "IRQ", "IRQ")).extracting(PloverContexts.Context::label)
                .containsExactly("legal");
        Event troops = event("111", "IRNGOV", "USAMIL");
        assertThat(contexts.of(troops.code(), troops.source().code(), troops.source().country(),
                troops.target().code(), troops.target().country())).extracting(PloverContexts.Context::label)
                .containsExactly("military");
    }
}
