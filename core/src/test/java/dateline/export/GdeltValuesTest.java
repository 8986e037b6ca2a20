package dateline.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GdeltValuesTest {
    @Test
    void fractionDateIsGdeltsMonthTimesThirtyApproximationNotTheDayOfYear() {
        // 2020-11-28: 2020 + (11 * 30 + 28) / 365 = 2020.98082..., where the day of the year would give 2020.9014.
        assertThat(GdeltValues.fractionDate(LocalDate.of(2020, 11, 28))).isEqualTo(2020.9808);
        assertThat(GdeltValues.fractionDate(LocalDate.of(2015, 1, 1))).isEqualTo(2015.0849);
        assertThat(GdeltValues.field(GdeltValues.fractionDate(LocalDate.of(2020, 11, 28)))).isEqualTo("2020.9808");
    }

    @Test
    void dateColumnsAreSqlDateMonthYearYearAndFraction() {
        assertThat(GdeltValues.dateColumns(LocalDate.of(2020, 3, 7))).containsExactly(20200307, 202003, 2020,
                GdeltValues.fractionDate(LocalDate.of(2020, 3, 7)));
        assertThat(GdeltValues.dateColumns(null)).containsExactly(null, null, null, null);
    }

    @Test
    void dateAddedIsYearToSecondAsOneNumber() {
        assertThat(GdeltValues.dateAdded(LocalDateTime.of(2026, 1, 2, 3, 4, 5))).isEqualTo(20260102030405L);
        assertThat(GdeltValues.dateAdded(LocalDateTime.of(1999, 12, 31, 23, 59, 59))).isEqualTo(19991231235959L);
    }

    @Test
    void namesAreUpperCasedWhateverTheDefaultLocale() {
        assertThat(GdeltValues.name("Iraqi government")).isEqualTo("IRAQI GOVERNMENT");
        assertThat(GdeltValues.name("İzmir istanbul")).isEqualTo("İZMIR ISTANBUL");
        assertThat(GdeltValues.name(null)).isNull();
    }

    @Test
    void typeCodesAreTheCameoTypePartsOfTheActorCode() {
        assertThat(GdeltValues.types("IRNGOV")).containsExactly("GOV");
        assertThat(GdeltValues.types("USAMIL")).containsExactly("MIL");
        assertThat(GdeltValues.types("---GOV")).containsExactly("GOV");
        assertThat(GdeltValues.types("IGOUNO")).containsExactly("IGO");
        assertThat(GdeltValues.types("MNCUSA")).containsExactly("MNC");
        assertThat(GdeltValues.types("USAGOVBUS")).containsExactly("GOV", "BUS");
        assertThat(GdeltValues.types("IRQREBMUS")).containsExactly("REB");
        assertThat(GdeltValues.types("USA")).isEmpty();
        assertThat(GdeltValues.types("USAGOVMILBUSLEG")).containsExactly("GOV", "MIL", "BUS");
        assertThat(GdeltValues.types(null)).isEmpty();
    }

    @Test
    void actorColumnsAreCodeNameCountryFourEmptyCodesAndThreeTypes() {
        assertThat(GdeltValues.actor("USAGOVBUS", "American business", "USA")).containsExactly("USAGOVBUS",
                "AMERICAN BUSINESS", "USA", null, null, null, null, "GOV", "BUS", null);
        assertThat(GdeltValues.actor(null, null, null)).hasSize(GdeltValues.ACTOR_COLUMNS)
                .containsOnly((Object) null);
    }

    @Test
    void fieldsAreWrittenAsTheTsvWriterWritesThem() {
        assertThat(GdeltValues.field(-2.0)).isEqualTo("-2");
        assertThat(GdeltValues.field(1.5)).isEqualTo("1.5");
        assertThat(GdeltValues.field(-0.123456789)).isEqualTo("-0.123457");
        assertThat(GdeltValues.field(20260102030405L)).isEqualTo("20260102030405");
        assertThat(GdeltValues.field("a\tb\nc")).isEqualTo("a\\tb\\nc");
        assertThat(GdeltValues.field(null)).isEmpty();
        List<Object> row = Arrays.asList("x", null, 3);
        assertThat(row.stream().map(GdeltValues::field)).containsExactly("x", "", "3");
    }
}
