package dateline.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dateline.article.Span;
import dateline.knowledge.TableFile;
import dateline.knowledge.TableFileException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seat of an intergovernmental body stands for the body when the story names it (issue 15, eleventh round,
 * places2). On hand-built actor lists over texts written for this test; the seats table is inline.
 */
class SeatOfBodyTest {
    private static final SeatOfBody SEATS = SeatOfBody.load(TableFile.ofText("seats-test.tsv",
            "# city, bodies\nBrussels\tIGOEUREEC IGOWSTNAT\n"));

    /** The actors of {@code text}: each named word given as "word=CODE" in text order, one sentence per '.'. */
    private static List<Actor> actors(String text, String... named) {
        List<Actor> out = new ArrayList<>();
        for (String n : named) {
            String word = n.substring(0, n.indexOf('='));
            String code = n.substring(n.indexOf('=') + 1);
            int from = out.isEmpty() ? 0 : out.get(out.size() - 1).span().end();
            int start = text.indexOf(word, from);
            int sentence = (int) text.substring(0, start).chars().filter(c -> c == '.').count();
            out.add(new Actor(code, word, code.length() == 3 ? code : null, null, new Span(start, start + word.length()),
                    sentence, 0, 1, "test", Found.NAME.label(), DateBasis.UNDATED, null));
        }
        return out;
    }

    private static List<String> codes(List<Actor> actors) {
        return actors.stream().map(Actor::code).toList();
    }

    @Test
    void theSeatIsTheBodyNamedEarlierInTheStory() {
        String text = "The EU fined Hungary. Budapest later accused Brussels of blackmail.";
        var out = SEATS.apply(actors(text, "EU=IGOEUREEC", "Hungary=HUN", "Budapest=HUN", "Brussels=BEL"), text);
        assertThat(codes(out)).containsExactly("IGOEUREEC", "HUN", "HUN", "IGOEUREEC");
        assertThat(out.get(3).rule()).isEqualTo(SeatOfBody.RULE);
        assertThat(out.get(3).span().slice(text)).isEqualTo("Brussels");
    }

    @Test
    void theNearestBodyBeforeChoosesAmongTheSeatsBodies() {
        String text = "The EU met. NATO allies then pressed Brussels for shells.";
        var out = SEATS.apply(actors(text, "EU=IGOEUREEC", "NATO=IGOWSTNAT", "Brussels=BEL"), text);
        assertThat(codes(out)).containsExactly("IGOEUREEC", "IGOWSTNAT", "IGOWSTNAT");
    }

    @Test
    void aBodyLaterInTheSameSentenceCounts() {
        String text = "Warsaw defied Brussels at the EU summit.";
        var out = SEATS.apply(actors(text, "Warsaw=POL", "Brussels=BEL", "EU=IGOEUREEC"), text);
        assertThat(codes(out)).containsExactly("POL", "IGOEUREEC", "IGOEUREEC");
    }

    @Test
    void withoutABodyTheSeatIsTheHostCountry() {
        String text = "Brussels condemned the attack. The EU said nothing.";
        var out = SEATS.apply(actors(text, "Brussels=BEL", "EU=IGOEUREEC"), text);
        assertThat(codes(out)).containsExactly("BEL", "IGOEUREEC");
    }

    @Test
    void theHostCountryNamedInTheSentenceKeepsIt() {
        String text = "The EU met. Belgium and Brussels disagreed.";
        var out = SEATS.apply(actors(text, "EU=IGOEUREEC", "Belgium=BEL", "Brussels=BEL"), text);
        assertThat(codes(out)).containsExactly("IGOEUREEC", "BEL", "BEL");
    }

    @Test
    void aCityNotInTheTableIsLeftAlone() {
        String text = "The EU met. Paris objected.";
        var out = SEATS.apply(actors(text, "EU=IGOEUREEC", "Paris=FRA"), text);
        assertThat(codes(out)).containsExactly("IGOEUREEC", "FRA");
    }

    @Test
    void aRowWithoutBodiesIsAnErrorNamingTheLine() {
        assertThatThrownBy(() -> SeatOfBody.load(TableFile.ofText("bad-seats.tsv", "Brussels\t \n")))
                .isInstanceOf(TableFileException.class).hasMessageContaining("bad-seats.tsv:1");
    }
}
