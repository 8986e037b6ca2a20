package dateline.export;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.cameo.CameoCode;
import dateline.cameo.Codebook;
import dateline.export.PloverContexts.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** PLOVER context labels: the crosswalk's for the CAMEO code, then those of the actors' sector codes. */
class PloverContextsTest {
    private final PloverContexts contexts = PloverContexts.bundled();

    private List<String> labels(String code, String source, String target) {
        return contexts.of(code, source, country(source), target, country(target)).stream().map(Context::label)
                .toList();
    }

    private static String country(String code) {
        return code == null || code.startsWith("---") || code.startsWith("IGO") ? null : code.substring(0, 3);
    }

    @Test
    void theCrosswalkGivesTheCodesContext() {
        List<Context> c = contexts.of("1053", "IRNGOV", "IRN", "IRQ", "IRQ");
        assertThat(c).containsExactly(new Context("legal", "CAMEO 1053 in CAMEO2PLOVER-2021"));
        assertThat(labels("094", "IRQGOV", "USAMIL")).containsExactly("military", "legal");
        assertThat(labels("041", "IRNGOV", "IRQGOV")).isEmpty();
        assertThat(labels("0354", "IRQGOV", "IRN")).containsExactly("economic");
    }

    @Test
    void actorSectorsAddTheirDomainOnce() {
        List<Context> c = contexts.of("111", "IRNGOV", "IRN", "USAMIL", "USA");
        assertThat(c).containsExactly(new Context("military", "actor USAMIL sector MIL"));
        assertThat(labels("0871", "USAMIL", "IRQMIL")).containsExactly("military");
        assertThat(contexts.of("0871", "USAMIL", "USA", null, null).get(0).evidence())
                .isEqualTo("CAMEO 0871 in CAMEO2PLOVER-2021");
        assertThat(labels("057", "USABUS", "IRQGOVSPY")).containsExactly("diplomatic", "economic", "intelligence");
        assertThat(labels("010", "---MIL", null)).containsExactly("military");
        assertThat(labels("010", "IGOUNO", "IRNGOV")).isEmpty();
        assertThat(labels("010", "IRNGOV", "IRQLEG")).isEmpty();
    }

    @Test
    void sectorsAreTheThreeLetterCodesAfterTheCountry() {
        assertThat(PloverContexts.sectors("IRNGOVMIL", "IRN")).containsExactly("GOV", "MIL");
        assertThat(PloverContexts.sectors("IRN", "IRN")).isEmpty();
        assertThat(PloverContexts.sectors(null, null)).isEmpty();
    }

    @Test
    void sectorLabelsAreAllInTheCrosswalksVocabulary() {
        Set<String> vocabulary = Codebook.bundled().all().stream().map(CameoCode::ploverContext)
                .filter(s -> s != null && !s.isBlank())
                .flatMap(s -> Arrays.stream(s.split(","))).map(String::strip).collect(Collectors.toSet());
        assertThat(vocabulary).contains("military", "economic", "legal");
        assertThat(contexts.sectors()).isNotEmpty();
        assertThat(vocabulary).containsAll(contexts.sectors().values());
    }
}
