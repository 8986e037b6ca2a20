package dateline.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dateline.nlp.AnnotatedArticle;
import dateline.testing.Seed;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed article's places against its hand annotation (examples/iran-iraq-call.gold.json). */
class SeedPlacesTest {
    @Test
    void requiredPlacesWithinToleranceAndTehranReports() throws Exception {
        Path gold = Seed.gold();
        JsonNode g = new ObjectMapper().readTree(gold.toFile());
        double tolerance = g.get("place_tolerance_km").asDouble();
        AnnotatedArticle a = Seed.annotated();
        List<Place> places = Geocoder.bundled().geocode(a);
        assertThat(places.get(0).role()).isEqualTo(Place.Role.REPORTING);
        assertThat(places.get(0).name()).isEqualTo("Tehran");
        for (JsonNode p : g.get("places")) {
            if (!p.get("required").asBoolean()) {
                continue;
            }
            String name = p.get("name").asText();
            Place found = places.stream()
                    .filter(x -> x.role() == Place.Role.MENTIONED && a.article().slice(x.span()).equals(name))
                    .findFirst().orElseThrow(() -> new AssertionError("not geocoded: " + name));
            assertThat(found.countryIso2()).as(name).isEqualTo(p.get("country").asText());
            if (p.has("lat")) {
                assertThat(km(found.lat(), found.lon(), p.get("lat").asDouble(), p.get("lon").asDouble()))
                        .as(name).isLessThan(tolerance);
            }
            if (p.has("feature")) {
                assertThat(found.featureType().name()).isEqualToIgnoringCase(p.get("feature").asText());
            }
        }
    }

    private static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371 * 2 * Math.asin(Math.sqrt(h));
    }
}
