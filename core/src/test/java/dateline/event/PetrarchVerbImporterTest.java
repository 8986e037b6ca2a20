package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.cameo.Codebook;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The importer on a small dictionary written in PETRARCH's format for this test. */
class PetrarchVerbImporterTest {
    private static final String DICT = String.join("\n",
            "####### SYNONYM SETS #######",
            "&HOSTAGE",
            "+HOSTAGE",
            "+PRISONER",
            "",
            "####### VERB PATTERNS #######",
            "---  CALL   [041:041]  ---",
            "CALL",
            "PHONE",
            "- * COMPANY                 [---]   # CALL",
            "- * (FOR RELEASE) (OF &HOSTAGE)  [1053]  # CALL",
            "- * (FOR WITHDRAWAL)        [025]   # CALL",
            "- WILL NOT * (TOWARDS +)    [030]   # CALL",
            "",
            "---  MEET   [040]  ---",
            "+MEET_WITH {+MET_WITH}",
            "MEET {MEETS MET MEETING}",
            "- * (WITH +)                [040]   # MEET",
            "######## TRANSFORMATIONS ##########",
            "~ a (a b Q) SAY = a b Q");

    @Test
    void convertsSetsBlocksPatternsAndMarks() throws Exception {
        PetrarchVerbImporter imp = new PetrarchVerbImporter(Codebook.bundled());
        StringWriter out = new StringWriter();
        imp.convert(new StringReader(DICT), out, "test-dict");
        String text = out.toString();
        assertThat(text).contains("set hostage hostage prisoner")
                .contains("verbs call call phone")
                .contains("041:041\t@call/v")
                .contains("1053\t@call/v\tfor=release of=&hostage")
                .contains("---\t@call/v\tany=company")
                .contains("040\tmeet/v\twith=*!T")
                .contains("040\t@meet/v\twith=*!T")
                .doesNotContain("030");
        assertThat(imp.dropped()).isEqualTo(1);
        PatternSet set = PatternSet.of(Codebook.bundled(), false, Map.of("x.txt", text));
        assertThat(set.forTrigger("phone")).anyMatch(p -> "1053".equals(p.code()));
        assertThat(set.forTrigger("phone").get(0).code()).isEqualTo("1053");
    }
}
