package dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.article.Span;
import dateline.pipeline.CodedArticle;
import dateline.pipeline.Knowledge;
import dateline.pipeline.Pipeline;
import dateline.testing.Seed;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed's telephone call took place "on Saturday afternoon": 28 November 2020, whether read on the 28th or 29th. */
class SeedEventDateTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = new Pipeline(Seed.annotator(), Knowledge.bundled());
    }

    private static EventDate callDate(LocalDate published) {
        CodedArticle coded = pipeline.code(Seed.article().withDate(published));
        assertThat(coded.eventDates()).hasSameSizeAs(coded.events());
        for (int i = 0; i < coded.events().size(); i++) {
            var e = coded.events().get(i);
            if (e.code().equals("041") && e.source().code().equals("IRNGOV") && e.target() != null
                    && e.target().code().equals("IRQGOV")) {
                return coded.dateOf(i);
            }
        }
        throw new AssertionError("no 041 IRNGOV->IRQGOV event in the seed");
    }

    @Test
    void callReportedOnSundayIsDatedTheSaturdayBefore() {
        EventDate d = callDate(LocalDate.of(2020, 11, 29));
        assertThat(d.start()).isEqualTo(LocalDate.of(2020, 11, 28));
        assertThat(d.end()).isEqualTo(LocalDate.of(2020, 11, 28));
        assertThat(d.basis()).isEqualTo(EventDate.Basis.RELATIVE_WEEKDAY);
        assertThat(d.text()).isEqualTo("on Saturday afternoon");
        int at = Seed.article().text().indexOf("on Saturday afternoon");
        assertThat(d.evidence()).isEqualTo(new Span(at, at + "on Saturday afternoon".length()));
    }

    @Test
    void callReportedOnTheSaturdayItselfIsDatedThatDay() {
        EventDate d = callDate(LocalDate.of(2020, 11, 28));
        assertThat(d.iso()).isEqualTo("2020-11-28");
        assertThat(d.basis()).isEqualTo(EventDate.Basis.RELATIVE_WEEKDAY);
        assertThat(d.text()).isEqualTo("on Saturday afternoon");
    }

    @Test
    void eventsWithoutADateOfTheirOwnTakeThePublicationDate() {
        CodedArticle coded = pipeline.code(Seed.article().withDate(LocalDate.of(2020, 11, 29)));
        // "Rouhani also stressed the need for the immediate release ..." states no date.
        for (int i = 0; i < coded.events().size(); i++) {
            if (coded.events().get(i).code().equals("1053")) {
                assertThat(coded.dateOf(i)).isEqualTo(EventDate.published(LocalDate.of(2020, 11, 29)));
            }
        }
    }

    @Test
    void anUndatedArticleDatesOnlyWhatNamesItsYear() {
        CodedArticle coded = pipeline.code(Seed.article().withDate(null));
        assertThat(coded.eventDates()).isNotEmpty().allSatisfy(d -> assertThat(d.basis()).isEqualTo(EventDate.Basis.UNDATED));
    }
}
