package dateline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dateline.testing.Seed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextArticlesTest {
    private final TextArticles texts = new TextArticles(Agencies.bundled());
    private final ArticleOptions options = new ArticleOptions(null, LocalDate.of(2026, 1, 1));

    @Test
    void readsTheSeedArticle() {
        Article a = Seed.article();
        assertThat(a.datelinePlace()).isEqualTo("Tehran");
        assertThat(a.agencyCode()).isEqualTo("IP");
        assertThat(a.agency()).isEqualTo("Iran Press");
        assertThat(a.relatedLinks()).extracting(RelatedLink::title).containsExactly(
                "Iran ready to boost transportation cooperation with Iraq: Minister",
                "FM Zarif stresses Iran's commitment to stability in Iraq");
        assertThat(a.text()).doesNotContain("Read more:", "Iran ready to boost transportation cooperation",
                "FM Zarif stresses");
        assertThat(a.text()).startsWith("Tehran (IP) - Emphasizing").endsWith("sanctions against Iran.\"");
        assertThat(a.boilerplate()).extracting(a::slice).containsExactly("Tehran (IP) - ", "Iran PressIran News:\u00A0");
        assertThat(a.annotatableText()).hasSameSizeAs(a.text()).doesNotContain("Iran PressIran", "(IP)");
        assertThat(a.slice(a.datelineSpan())).isEqualTo("Tehran");
    }

    @Test
    void idIsStableAndDependsOnSourceAndText() throws Exception {
        Article a = texts.read("a.txt", "Iran said it would talk.", options);
        Article b = texts.read("a.txt", "Iran said it would talk.", options);
        Article c = texts.read("b.txt", "Iran said it would talk.", options);
        assertThat(a.id()).isEqualTo(b.id()).hasSize(16).isNotEqualTo(c.id());
    }

    @Test
    void splitsRelatedBlocksOfSeveralShapes() {
        for (String heading : List.of("Related:", "Also read", "READ MORE", "See also:")) {
            List<RelatedLink> links = new ArrayList<>();
            String body = TextArticles.splitRelated("Body sentence one.\n\n" + heading + "\n\nFirst title\nSecond title\n", links);
            assertThat(body.strip()).isEqualTo("Body sentence one.");
            assertThat(links).extracting(RelatedLink::title).containsExactly("First title", "Second title");
        }
    }

    @Test
    void keepsARelatedWordInsideProse() {
        List<RelatedLink> links = new ArrayList<>();
        String raw = "Related:\n\nThis paragraph is long enough to be prose and not a title, because it goes on and on with "
                + "many words that no headline would ever carry in a list of related stories at the end of a page.";
        assertThat(TextArticles.splitRelated(raw, links)).isEqualTo(raw);
        assertThat(links).isEmpty();
    }

    @Test
    void neverInventsADateAndRejectsFutureDates() throws Exception {
        assertThat(texts.read("x", "Iran said.", options).date()).isNull();
        Article future = texts.build("x", "Iran said.", null, null, null, LocalDate.of(2030, 1, 1), options);
        assertThat(future.date()).isNull();
        assertThat(future.warnings()).anyMatch(w -> w.contains("future"));
        Article given = texts.read("x", "Iran said.", options.withDate(LocalDate.of(2020, 11, 28)));
        assertThat(given.date()).isEqualTo(LocalDate.of(2020, 11, 28));
        Article own = texts.build("x", "Iran said.", null, null, null, LocalDate.of(2019, 5, 1),
                options.withDate(LocalDate.of(2020, 11, 28)));
        assertThat(own.date()).as("the input's own date wins over --date").isEqualTo(LocalDate.of(2019, 5, 1));
    }

    @Test
    void marksWireSignOffsAsBoilerplate() throws Exception {
        for (String signOff : List.of("Reuter", "REUTER", "(Reporting by Jane Doe; Editing by John Roe)", "-- AP")) {
            Article a = texts.read("x", "LONDON, March 3 - Britain said it would talk.\n\n " + signOff + "\n", options);
            assertThat(a.annotatableText().strip()).isEqualTo("Britain said it would talk.");
        }
        Article keep = texts.read("x", "Britain said it would talk to AP", options);
        assertThat(keep.annotatableText()).endsWith("AP");
    }

    @Test
    void marksCreditLinesAsBoilerplate() throws Exception {
        for (String credit : List.of("Our Lagos desk contributed to this report.",
                "Ana Ruiz and Tom Berg contributed reporting from Quito.",
                "This story originated in the radio's Swahili service.",
                "The Associated Press contributed to this story, which first ran on Monday.")) {
            Article a = texts.read("x", "Kenya said it would talk to Uganda. " + credit + " Talks start Friday.", options);
            assertThat(a.boilerplate()).extracting(a::slice).containsExactly(credit);
            assertThat(a.annotatableText()).contains("Kenya said it would talk to Uganda.", "Talks start Friday.")
                    .doesNotContain("contributed", "originated");
        }
        Article keep = texts.read("x", "Norway contributed troops to this mission. The story of the war is long.", options);
        assertThat(keep.boilerplate()).isEmpty();
    }

    @Test
    void refusesEmptyText() {
        assertThatThrownBy(() -> texts.read("empty.txt", "  \n ", options))
                .isInstanceOf(ArticleReadException.class).hasMessageContaining("empty.txt").hasMessageContaining("empty");
    }
}
