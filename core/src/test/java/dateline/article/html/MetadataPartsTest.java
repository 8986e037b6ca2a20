package dateline.article.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MetadataPartsTest {
    @Test
    void authorNamesLoseBylineWordsDatesAndReadingTimes() {
        assertThat(AuthorNames.clean("By Jane Doe | Updated Nov. 3, 2019 | 4 Minute Read")).containsExactly("Jane Doe");
        assertThat(AuthorNames.clean("BY JOHN ROE AND MARY MAJOR")).containsExactly("JOHN ROE", "MARY MAJOR");
        assertThat(AuthorNames.clean("Written by Ana López, Staff Writer")).containsExactly("Ana López");
        assertThat(AuthorNames.clean("Jane Doe (jane@gazette.example) @janedoe")).containsExactly("Jane Doe");
        assertThat(AuthorNames.clean("Published 3 March 2021")).isEmpty();
        assertThat(AuthorNames.clean("https://social.example/janedoe")).isEmpty();
        assertThat(AuthorNames.clean("Analysis by Jane Doe, Gazette Editor-at-large")).containsExactly("Jane Doe");
        assertThat(AuthorNames.clean("Jane Doe, Gazette Business", "Gazette")).containsExactly("Jane Doe");
        assertThat(AuthorNames.clean("Gazette Staff", "Gazette")).containsExactly("Gazette Staff");
    }

    @Test
    void pageDatesReadTheCommonForms() {
        LocalDate d = LocalDate.of(2019, 11, 19);
        assertThat(PageDates.parse("2019-11-19T23:30:00-05:00")).isEqualTo(d);
        assertThat(PageDates.parse("2019/11/19")).isEqualTo(d);
        assertThat(PageDates.parse("20191119")).isEqualTo(d);
        assertThat(PageDates.parse("November 19, 2019 at 9:45 am")).isEqualTo(d);
        assertThat(PageDates.parse("Tue, 19 Nov 2019 10:00:00 GMT")).isEqualTo(d);
        assertThat(PageDates.parse("1574158800")).isEqualTo(d);
        assertThat(PageDates.parse("2019-13-45")).isNull();
        assertThat(PageDates.parse("yesterday")).isNull();
        assertThat(PageDates.fromUrl("https://x.example/2019/11/19/story")).isEqualTo(d);
        assertThat(PageDates.fromUrl("https://x.example/story-123")).isNull();
    }

    @Test
    void titlesLoseTheSiteName() {
        assertThat(MetadataReader.withoutSite("Bridge vote | Eastbrook Gazette", "Eastbrook Gazette")).isEqualTo("Bridge vote");
        assertThat(MetadataReader.withoutSite("Eastbrook Gazette - Bridge vote", "Eastbrook Gazette")).isEqualTo("Bridge vote");
        assertThat(MetadataReader.withoutSite("Bridge vote", null)).isEqualTo("Bridge vote");
    }

    @Test
    void classWordsSplitAtPunctuationAndCamelCase() {
        assertThat(BoilerplateRules.words("article-shareBar related_links")).containsExactly("article", "share", "bar",
                "related", "links");
        BoilerplateRules rules = BoilerplateRules.bundled();
        assertThat(rules.isFurnitureName("social-share")).isTrue();
        assertThat(rules.isFurnitureName("article-body")).isFalse();
        assertThat(rules.isFurniturePhrase("Share this article")).isTrue();
        assertThat(rules.isFurniturePhrase(HtmlExtractorTestText.LONG_WITH_SUBSCRIBE)).isFalse();
        assertThat(rules.isRelatedHeading("Related stories:")).isTrue();
        assertThat(rules.isRelatedHeading("What happens next")).isFalse();
    }

    /** Text written for these tests. */
    static final class HtmlExtractorTestText {
        static final String LONG_WITH_SUBSCRIBE = "Farmers said they would subscribe to the new ferry service if the"
                + " council kept the fares low, because the detour around the closed bridge costs them a full hour"
                + " every market day, and the winter months will make the trip even longer.";
    }
}
