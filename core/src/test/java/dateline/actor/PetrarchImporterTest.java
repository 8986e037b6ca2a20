package dateline.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dateline.testing.Seed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PetrarchImporterTest {
    @Test
    void readsEntriesAliasesDatedCodesAndComments() {
        PetrarchImporter.Result r = PetrarchImporter.importText("t.actors", """
                # a comment
                FREEDONIA_  [FRD]
                +FREEDONIAN_ # demonym
                +FREDVILLE
                RUFUS_T._FIREFLY_
                +FIREFLY
                \t[FRDELI 950101-091231]
                \t[FRDGOV >100101]
                \t[FRDREB <19941231]
                CHICOLINI_
                MARX_
                \t[SYL]
                """, false);
        assertThat(r.warnings()).isEmpty();
        assertThat(r.entries()).hasSize(3);
        DictionaryEntry f = r.entries().get(0);
        assertThat(f.name()).isEqualTo("Freedonia");
        assertThat(f.aliases()).containsExactly("Freedonian", "Fredville");
        DictionaryEntry firefly = r.entries().get(1);
        assertThat(firefly.name()).isEqualTo("Rufus T. Firefly");
        assertThat(firefly.roles()).containsExactly(
                new Role("FRDELI", LocalDate.of(1995, 1, 1), LocalDate.of(2009, 12, 31), null),
                new Role("FRDGOV", LocalDate.of(2010, 1, 1), null, null),
                new Role("FRDREB", null, LocalDate.of(1994, 12, 31), null));
        assertThat(r.entries().get(2).aliases()).as("consecutive names share one code block").containsExactly("Marx");
        assertThat(firefly.source()).isEqualTo("t.actors:5");
    }

    @Test
    void agentsWithPluralsAndMacros() {
        PetrarchImporter.Result r = PetrarchImporter.importText("t.agents", """
                !PERSON! = MAN, WOMAN
                SPOKES!PERSON! [~GOV]
                GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
                HUMAN_RIGHTS_BODY  [NGO~]
                """, true);
        assertThat(r.warnings()).isEmpty();
        assertThat(r.entries().get(0).name()).isEqualTo("spokesman");
        assertThat(r.entries().get(0).aliases()).containsExactly("spokeswoman");
        assertThat(r.entries().get(1).aliases()).containsExactly("golden geese");
        assertThat(r.entries().get(2).roles().get(0).code()).isEqualTo("NGO~");
    }

    @Test
    void problemsAreReportedWithFileAndLine() {
        PetrarchImporter.Result r = PetrarchImporter.importText("t.actors", """
                FREEDONIA [FRD 9912345-000101]
                SYLVANIA
                """, false);
        // SYLVANIA, a name line with no code, joins FREEDONIA's (empty) code block, so both are reported.
        assertThat(r.entries()).isEmpty();
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("t.actors:1: unreadable code"));
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("t.actors:1: entry 'FREEDONIA' has no usable code"));
    }

    private static String read(String name) throws IOException {
        Path p = Seed.shared("dictionaries/petrarch2/" + name);
        assumeTrue(p != null, "shared PETRARCH dictionaries absent");
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void importsThePetrarchValidationActors() throws IOException {
        PetrarchImporter.Result r = PetrarchImporter.importText("PETR.Validate.actors.txt",
                read("PETR.Validate.actors.txt"), false);
        List<DictionaryEntry> e = r.entries();
        DictionaryEntry gollum = e.stream().filter(x -> x.name().equals("Gollum")).findFirst().orElseThrow();
        assertThat(gollum.aliases()).contains("Smeagol", "Slinker", "Stinker");
        assertThat(gollum.roles()).containsExactly(
                new Role("HOB", null, LocalDate.of(1995, 6, 1), null),
                new Role("HOBGOV", LocalDate.of(1995, 6, 1), LocalDate.of(1999, 8, 15), null),
                new Role("HOBREB", LocalDate.of(1999, 8, 16), null, null));
        assertThat(e.stream().filter(x -> x.name().equals("Palestinian")).findFirst().orElseThrow()
                .roles().get(0).code()).as("lower-case codes are upper-cased").isEqualTo("PSE");
        assertThat(e.stream().filter(x -> x.name().equals("International Criminal Police Organization"))
                .findFirst().orElseThrow().aliases()).containsExactly("Interpol");
        // Codes that are not CAMEO-style ("+++", "ELR/GAL") are reported, not silently dropped.
        assertThat(r.warnings()).anyMatch(w -> w.contains("'+++'")).anyMatch(w -> w.contains("'ELR/GAL'"));
        // Every kept entry survives a round trip through Dateline's format.
        for (DictionaryEntry x : e) {
            assertThat(DictionaryFormat.parse("x", DictionaryFormat.format(x)).get(0).roles()).isEqualTo(x.roles());
        }
    }

    @Test
    void importsThePetrarchValidationAgentsAndResolvesWithThem() throws IOException {
        PetrarchImporter.Result agents = PetrarchImporter.importText("PETR.Validate.agents.txt",
                read("PETR.Validate.agents.txt"), true);
        assertThat(agents.warnings()).isEmpty();
        List<DictionaryEntry> e = agents.entries();
        assertThat(e).anySatisfy(x -> {
            assertThat(x.name()).isEqualTo("congressman");
            assertThat(x.roles().get(0).code()).isEqualTo("~LEG");
        });
        assertThat(e).anySatisfy(x -> assertThat(x.aliases()).contains("ministers of silly walks"));
        assertThat(e.stream().filter(x -> x.name().equals("golden goose")).findFirst().orElseThrow().aliases())
                .containsExactly("golden geese");
    }
}
