package dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Texts written for these tests, wrapped the way wire services, e-mail clients and old corpora wrap them. */
class HardWrapTest {
    static final List<String> PARAGRAPHS = List.of(
            "The harbour authority of Westport said on Monday that it would close the northern pier for repairs"
                    + " from next month, after divers found that storms had washed away part of its foundations.",
            "\"We cannot let ships tie up at a pier that may not hold them, and the work will take at least"
                    + " six weeks,\" the authority's director, Maria Keane, told reporters at the port.",
            "Fishing crews said the closure would force them to unload at the southern pier, where space is"
                    + " short, and asked for the work to be done before the herring season begins in June.");

    /** Greedy wrapping at {@code width} columns; paragraphs start with {@code indent}. */
    static String wrap(List<String> paragraphs, int width, String indent, String newline) {
        List<String> lines = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            StringBuilder line = new StringBuilder(p == 0 ? "" : indent);
            for (String word : paragraphs.get(p).split(" ")) {
                if (line.length() > 0 && !line.toString().isBlank() && line.length() + 1 + word.length() > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.length() == 0 || line.toString().isBlank() ? "" : " ").append(word);
            }
            lines.add(line.toString());
        }
        return String.join(newline, lines);
    }

    private static String collapsed(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    @Test
    void joinsLinesOfAParagraphAndKeepsIndentedParagraphsAsBlankLines() {
        String wrapped = wrap(PARAGRAPHS, 66, "    ", "\n");
        assertThat(wrapped.lines().count()).isGreaterThan(8);
        assertThat(HardWrap.isHardWrapped(wrapped)).isTrue();
        String view = HardWrap.unwrap(wrapped);
        assertThat(view).hasSameSizeAs(wrapped);
        String[] paragraphs = view.split("\n\\s*\n");
        assertThat(paragraphs).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(paragraphs[i]).doesNotContain("\n");
            assertThat(collapsed(paragraphs[i])).isEqualTo(PARAGRAPHS.get(i));
        }
        // The offset map is the identity: every non-space character is where it was.
        for (int i = 0; i < wrapped.length(); i++) {
            if (!Character.isWhitespace(wrapped.charAt(i))) {
                assertThat(view.charAt(i)).isEqualTo(wrapped.charAt(i));
            }
        }
    }

    @Test
    void everyWidthFromNarrowToWideAndWindowsLineEnds() {
        for (int width : List.of(40, 58, 72, 79)) {
            for (String newline : List.of("\n", "\r\n")) {
                String wrapped = wrap(PARAGRAPHS, width, "  ", newline);
                String view = HardWrap.unwrap(wrapped);
                assertThat(view).as("width %d", width).hasSameSizeAs(wrapped);
                assertThat(view.split("\n\\s*\n")).as("width %d", width).hasSize(3)
                        .allSatisfy(p -> assertThat(p).doesNotContain("\n").doesNotContain("\r"));
            }
        }
    }

    @Test
    void paragraphsSeparatedByBlankLinesStaySo() {
        String wrapped = wrap(List.of(PARAGRAPHS.get(0)), 60, "", "\n") + "\n\n" + wrap(List.of(PARAGRAPHS.get(1)),
                60, "", "\n") + "\n\n" + wrap(List.of(PARAGRAPHS.get(2)), 60, "", "\n");
        String view = HardWrap.unwrap(wrapped);
        String[] paragraphs = view.split("\n\n");
        assertThat(paragraphs).hasSize(3);
        assertThat(collapsed(paragraphs[1])).isEqualTo(PARAGRAPHS.get(1));
        assertThat(paragraphs[1]).doesNotContain("\n");
    }

    @Test
    void aTextWrittenOneParagraphPerLineIsNotWrapped() {
        String text = String.join("\n", PARAGRAPHS);
        assertThat(HardWrap.isHardWrapped(text)).isFalse();
        assertThat(HardWrap.unwrap(text)).isSameAs(text);
        String blankLines = String.join("\n\n", PARAGRAPHS);
        assertThat(HardWrap.unwrap(blankLines)).isSameAs(blankLines);
        assertThat(HardWrap.unwrap("")).isEmpty();
        assertThat(HardWrap.unwrap("One line only.")).isEqualTo("One line only.");
    }

    @Test
    void paragraphsWithAFewLineBreaksInsideAreNotWrapped() {
        // As an HTML page comes out of the extractor: blank lines between paragraphs, a <br> in a quoted tweet.
        String text = PARAGRAPHS.get(0) + "\n\nThe harbour is closed to heavy ships until the repairs are done\n"
                + "and the divers have checked the southern pier as well\n\n" + PARAGRAPHS.get(1) + "\n\n"
                + "Fishing crews said the closure would force them to unload elsewhere\nfor the rest of the season\n\n"
                + PARAGRAPHS.get(2);
        assertThat(HardWrap.isHardWrapped(text)).isFalse();
        assertThat(HardWrap.unwrap(text)).isSameAs(text);
    }

    @Test
    void aListOfShortLinesIsNotWrapped() {
        String list = "Westport harbour closes north pier\nFerry times change from Monday\nNew fish market opens"
                + "\nCouncil approves budget for roads\nStorm warning for the coast";
        assertThat(HardWrap.unwrap(list)).isSameAs(list);
        String poem = "The tide comes in,\nthe tide goes out,\nand the boats wait\nfor the morning light.";
        assertThat(HardWrap.unwrap(poem)).isSameAs(poem);
    }

    @Test
    void keepsListItemsTablesAndLinesThatEndASentenceEarly() {
        String text = wrap(List.of(PARAGRAPHS.get(0)), 64, "", "\n") + "\nThe repairs will cover:\n"
                + "- the foundations of the pier,\n- the mooring rings,\n"
                + "Pier       Length   Built\nNorthern   210 m    1903\nSouthern   180 m    1951\n"
                + wrap(List.of(PARAGRAPHS.get(2)), 64, "", "\n");
        String view = HardWrap.unwrap(text);
        assertThat(HardWrap.isHardWrapped(text)).isTrue();
        assertThat(view).contains("The repairs will cover:\n- the foundations of the pier,\n- the mooring rings,\n");
        assertThat(view).contains("Pier       Length   Built\nNorthern   210 m    1903\nSouthern   180 m    1951\n");
        assertThat(view).contains("would close the northern pier").contains("the work to be done before");
    }

    @Test
    void aShortBriefWithFewLineEndsIsUnwrappedWhenItsLinesCutSentences() {
        String brief = "The Westport harbour authority said it had received offers\nfrom three companies to rebuild"
                + " the northern pier of the port.\n    It gave no further details.";
        String view = HardWrap.unwrap(brief);
        assertThat(view).isEqualTo("The Westport harbour authority said it had received offers from three companies"
                + " to rebuild the northern pier of the port.\n\n   It gave no further details.");
        String twoSentences = "The pier is closed.\nThe ferry runs from the south.";
        assertThat(HardWrap.unwrap(twoSentences)).isSameAs(twoSentences);
    }

    @Test
    void theAnnotatorsViewOfAnArticleIsUnwrappedAndBlanksBoilerplate() {
        String wrapped = wrap(PARAGRAPHS, 66, "    ", "\n") + "\n Reuter";
        Article a = new Article("x", "test", null, null, null, null, null, null, null, wrapped,
                List.of(new Span(wrapped.length() - 6, wrapped.length())), List.of(), "en", List.of());
        String view = a.annotatableText();
        assertThat(view).hasSameSizeAs(wrapped).doesNotContain("Reuter");
        assertThat(view.strip().split("\n\\s*\n")).hasSize(3);
        assertThat(a.text()).isEqualTo(wrapped);
    }
}
