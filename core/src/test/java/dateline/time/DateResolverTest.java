package dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The resolution rules on SUTime-style values, without SUTime: what the table test cannot isolate. */
class DateResolverTest {
    private final DateResolver r = new DateResolver();
    private static final LocalDate MONDAY = LocalDate.of(2020, 11, 30);

    @Test
    void aWeekdayIsTheMostRecentOnOrBeforePublicationWhateverSutimeSays() {
        // SUTime puts "Saturday" in the publication's own ISO week: 5 December for a Monday paper.
        var d = r.resolve("Saturday", "2020-12-05", MONDAY).orElseThrow();
        assertThat(d.start()).isEqualTo(LocalDate.of(2020, 11, 28));
        assertThat(d.basis()).isEqualTo(EventDate.Basis.RELATIVE_WEEKDAY);
        assertThat(r.resolve("Monday", "2020-11-30", MONDAY).orElseThrow().start()).isEqualTo(MONDAY);
        assertThat(r.resolve("last Monday", "2020-11-23", MONDAY).orElseThrow().start())
                .isEqualTo(LocalDate.of(2020, 11, 23));
        assertThat(r.resolve("next Saturday", "2020-12-05", MONDAY)).isEmpty();
    }

    @Test
    void withoutAPublicationDateOnlyACalendarDateWithItsYearResolves() {
        assertThat(r.resolve("Saturday", "XXXX-WXX-6", null)).isEmpty();
        assertThat(r.resolve("March 3", "XXXX-03-03", null)).isEmpty();
        assertThat(r.resolve("yesterday", "OFFSET P-1D", null)).isEmpty();
        var d = r.resolve("March 3, 2020", "2020-03-03", null).orElseThrow();
        assertThat(d.start()).isEqualTo(LocalDate.of(2020, 3, 3));
        assertThat(d.basis()).isEqualTo(EventDate.Basis.EXPLICIT_DATE);
    }

    @Test
    void impossibleOrUnreadableValuesGiveNothing() {
        assertThat(r.resolve("Feb. 30", "2020-02-30", MONDAY)).isEmpty();
        assertThat(r.resolve("recently", "PAST_REF", MONDAY)).isEmpty();
        assertThat(r.resolve("two days", "P2D", MONDAY)).isEmpty();
        assertThat(r.resolve("tomorrow", "2020-12-01", MONDAY)).isEmpty();
    }

    @Test
    void rangesAreClippedToPublicationAndWeeksAreIsoWeeks() {
        var week = r.resolve("this week", "2020-W49", LocalDate.of(2020, 12, 2)).orElseThrow();
        assertThat(week.start()).isEqualTo(MONDAY);
        assertThat(week.end()).isEqualTo(LocalDate.of(2020, 12, 2));
        var weekend = r.resolve("over the weekend", "2020-W49-WE", MONDAY).orElseThrow();
        assertThat(weekend.start()).isEqualTo(LocalDate.of(2020, 11, 28));
        assertThat(weekend.end()).isEqualTo(LocalDate.of(2020, 11, 29));
        // ISO week 1 of 2021 starts on Monday 4 January.
        assertThat(DateResolver.range("2021-W01").orElseThrow()[0]).isEqualTo(LocalDate.of(2021, 1, 4));
    }
}
