package dateline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableFileTest {

    @Test
    void skipsCommentsAndBlankLinesAndNumbersLinesAsInTheFile() {
        TableFile f = TableFile.ofText("t.tsv", "# a comment\n\nIRN\tIran\t\n   # indented comment\n  \nIRQ\tIraq\n");
        List<TableLine> lines = f.lines();
        assertThat(lines).extracting(TableLine::number).containsExactly(3, 6);
        assertThat(lines.get(0).fields()).containsExactly("IRN", "Iran", "");
        assertThat(lines.get(1).file()).isEqualTo("t.tsv");
    }

    @Test
    void aShortLineIsAnErrorAtItsFileAndLine() {
        TableLine line = TableFile.ofText("codes.tsv", "# header\nIRN\tIran\nIRQ\n").lines().get(1);
        assertThatThrownBy(() -> line.fields(2, "code<TAB>name"))
                .isInstanceOf(TableFileException.class)
                .hasMessage("codes.tsv:3: expected 'code<TAB>name', found 1 field(s)")
                .satisfies(e -> {
                    assertThat(((TableFileException) e).file()).isEqualTo("codes.tsv");
                    assertThat(((TableFileException) e).line()).isEqualTo(3);
                });
    }

    @Test
    void readsBundledResourcesPlainAndGzippedAndNamesAMissingOne() {
        List<TableLine> roots = TableFile.resource("dateline/cameo/roots.tsv").lines();
        assertThat(roots.get(0).file()).isEqualTo("dateline/cameo/roots.tsv");
        assertThat(roots.get(0).fields()[0]).isEqualTo("version");
        int[] cities = new int[1];
        TableFile.resource("/dateline/geo/cities.tsv.gz").forEach(l -> cities[0]++);
        assertThat(cities[0]).isGreaterThan(10_000);
        assertThatThrownBy(() -> TableFile.resource("dateline/nowhere.tsv").lines())
                .isInstanceOf(TableFileException.class)
                .hasMessage("dateline/nowhere.tsv: missing from the class path");
    }

    @Test
    void wordListsAreStrippedDeduplicatedAndOptionallyLowerCased() {
        TableFile f = TableFile.of("words.txt", new StringReader("  The \nthe\n# not a word\nOf\n"));
        assertThat(f.words(false)).containsExactly("The", "the", "Of");
        assertThat(TableFile.ofText("words.txt", "  The \nthe\nOf\n").words(true)).containsExactly("the", "of");
    }

    @Test
    void aRenamedFileIsCitedByItsNewName() {
        TableLine line = TableFile.resource("dateline/actor/offices.tsv").named("offices.tsv").lines().get(0);
        assertThat(line.file()).isEqualTo("offices.tsv");
        assertThat(line.error("bad").getMessage()).startsWith("offices.tsv:" + line.number() + ": bad");
    }
}
