package dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dateline.actor.DictionaryFormat;
import dateline.testing.Seed;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictCommandTest {
    @TempDir
    Path dir;

    @Test
    void importsAPetrarchFileIntoDatelinesFormat() throws Exception {
        Path in = dir.resolve("small.actors.txt");
        Files.writeString(in, "FREEDONIA_ [FRD]\n+FREEDONIAN_\nRUFUS_FIREFLY_\n\t[FRDGOV >150701]\nBROKEN [FRD 99-1]\n");
        Path out = dir.resolve("small.tsv");
        AnnotateCommandTest.Result r = AnnotateCommandTest.run("dict", "import", "-o", out.toString(), in.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("small.actors.txt:5: unreadable code").contains("2 entries, 2 warnings");
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(text).contains("Freedonia\tFRD\tFreedonian\n").contains("Rufus Firefly\tFRDGOV 2015-07-01..\n");
        assertThat(DictionaryFormat.parse("small.tsv", text)).hasSize(2);
    }

    @Test
    void importsThePetrarchValidationAgents() throws Exception {
        Path agents = Seed.shared("dictionaries/petrarch2/PETR.Validate.agents.txt");
        assumeTrue(agents != null, "shared PETRARCH dictionaries absent");
        Path out = dir.resolve("agents.tsv");
        AnnotateCommandTest.Result r = AnnotateCommandTest.run("dict", "import", "--agents", "-o", out.toString(),
                agents.toString());
        assertThat(r.code()).isZero();
        assertThat(Files.readString(out)).contains("parliament\t~LEG\n");
        assertThat(AnnotateCommandTest.run("dict", "check", out.toString()).code()).isZero();
    }

    @Test
    void checkReportsTheBadLineAndFails() throws Exception {
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "Freedonia\tFRD\nSylvania\tSYL 2020-02-30..\n");
        AnnotateCommandTest.Result r = AnnotateCommandTest.run("dict", "check", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("bad.tsv:2: bad date range").doesNotContain("Exception");
    }

    @Test
    void iso3166ListsCountriesByAlpha3() {
        AnnotateCommandTest.Result r = AnnotateCommandTest.run("dict", "iso3166");
        assertThat(r.out()).contains("Iraq\tIRQ\n").contains("Iran\tIRN\n");
    }
}
