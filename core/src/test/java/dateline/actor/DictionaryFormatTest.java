package dateline.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryFormatTest {
    @Test
    void readsNamesCodesDatesTitlesAndAliases() {
        List<DictionaryEntry> e = DictionaryFormat.parse("t.tsv", """
                # comment
                Freedonia\tFRD\tFreedonian; Fredville

                Rufus Firefly\tFRDELI ..2009-12-31; FRDGOV 2010-01-01.. President of Freedonia\tFirefly
                troops\t~MIL
                """);
        assertThat(e).hasSize(3);
        assertThat(e.get(0).aliases()).containsExactly("Freedonian", "Fredville");
        assertThat(e.get(1).source()).isEqualTo("t.tsv:4");
        Role r = e.get(1).roles().get(1);
        assertThat(r.from()).isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(r.to()).isNull();
        assertThat(r.title()).isEqualTo("President of Freedonia");
        assertThat(e.get(1).roles().get(0).to()).isEqualTo(LocalDate.of(2009, 12, 31));
        assertThat(e.get(2).isAgent()).isTrue();
    }

    @Test
    void writingAndReadingAgainGivesTheSameEntries() {
        List<DictionaryEntry> e = DictionaryFormat.parse("t.tsv",
                "Rufus Firefly\tFRDGOV 2010-01-01..2012-02-03 President of Freedonia; FRD\tFirefly; R. Firefly\n");
        String line = DictionaryFormat.format(e.get(0));
        assertThat(DictionaryFormat.parse("t.tsv", line)).isEqualTo(e);
    }

    @Test
    void malformedLinesNameTheirFileAndLine() {
        assertThatThrownBy(() -> DictionaryFormat.parse("bad.tsv", "Freedonia\tFRD\n\nSylvania\n"))
                .isInstanceOf(DictionaryFormatException.class).hasMessageStartingWith("bad.tsv:3: ");
        assertThatThrownBy(() -> DictionaryFormat.parse("bad.tsv", "Firefly\tfrdgov\n"))
                .hasMessageStartingWith("bad.tsv:1: bad code");
        assertThatThrownBy(() -> DictionaryFormat.parse("bad.tsv", "Firefly\tFRDGOV 2010-13-01..\n"))
                .hasMessageStartingWith("bad.tsv:1: bad date range");
        assertThatThrownBy(() -> DictionaryFormat.parse("bad.tsv", "Firefly\tFRDGOV 2012-01-01..2010-01-01\n"))
                .hasMessageStartingWith("bad.tsv:1: bad date range");
        assertThatThrownBy(() -> DictionaryFormat.parse("bad.tsv", "x\ty\tz\tw\n"))
                .hasMessageStartingWith("bad.tsv:1: expected");
        assertThatThrownBy(() -> DictionaryFormat.parse("bad.tsv", "Firefly\t~GOV; FRDGOV\n"))
                .hasMessageContaining("mixes agent");
    }

    @Test
    void theBundledDictionariesLoadCompletely() {
        ActorDictionary d = ActorDictionary.bundled();
        assertThat(d.size()).isGreaterThan(29_000);
        assertThat(d.countryName("IRQ")).isEqualTo("Iraq");
        assertThat(d.isCountry("IRN")).isTrue();
    }
}
