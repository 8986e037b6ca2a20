package dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dateline.export.GdeltLayout;
import dateline.geo.Place;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An event without a source (an agentless passive, "two soldiers were killed") is stored, counted and exported
 * with an empty Actor1, as GDELT writes an event without a target with an empty Actor2.
 */
class AgentlessEventTest {
    @TempDir
    Path dir;

    @Test
    void anEventWithoutASourceIsStoredAndExportedWithAnEmptyActor1() throws Exception {
        String text = "Two soldiers were killed near Basra on Sunday, the ministry said.";
        var a = Fixtures.article("k.txt", "Agency K", null, LocalDate.of(2021, 3, 8), "Killed", text);
        var soldiers = Fixtures.actor(a, "IRQMIL", "Iraqi soldiers", "Two soldiers");
        Place basra = Fixtures.place("Basrah", "IRQ", "IZ", 99532);
        try (Store s = Store.open(dir)) {
            Written w = new StoreWriter(s, false).write(List.of(Fixtures.coded(a,
                    List.of(Fixtures.event(a, null, soldiers, "1823", 4, -10.0, "killed", basra)), -4))).get(0);
            assertThat(w.events()).isEqualTo(1);
            assertThat(new EventQueries(s).sql("SELECT source_code, target_code, num_mentions, place_name "
                    + "FROM events").rows()).containsExactly(java.util.Arrays.asList(null, "IRQMIL", 1, "Basrah"));

            Path tsv = dir.resolve("events.tsv");
            StoreExports.writeTsv(new StoreExports(s).gdeltEvents(), tsv);
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            assertThat(lines).hasSize(1);
            String[] row = lines.get(0).split("\t", -1);
            List<String> names = GdeltLayout.events().names();
            for (String empty : List.of("Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code")) {
                assertThat(row[names.indexOf(empty)]).as(empty).isEmpty();
            }
            assertThat(row[names.indexOf("Actor1Geo_Type")]).isEqualTo("0");
            assertThat(row[names.indexOf("Actor2Code")]).isEqualTo("IRQMIL");
            assertThat(row[names.indexOf("EventBaseCode")]).isEqualTo("182");
            assertThat(row[names.indexOf("ActionGeo_FeatureID")]).isEqualTo("99532");

            Path plover = dir.resolve("events.jsonl");
            assertThat(new StoreExports(s).plover(plover)).isEqualTo(1);
            JsonNode json = new ObjectMapper().readTree(Files.readString(plover, StandardCharsets.UTF_8));
            assertThat(json.get("actor")).isEmpty();
            assertThat(json.get("recipient").get(0).get("code").asText()).isEqualTo("IRQMIL");
        }
    }
}
