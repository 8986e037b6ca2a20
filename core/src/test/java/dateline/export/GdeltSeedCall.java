package dateline.export;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.event.Event;
import dateline.pipeline.CodedArticle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What both GDELT writers (the store export and the Spark job) must write for the seed's call from Rouhani
 * (IRNGOV) to Iraq's government (IRQGOV, CAMEO 041), in the columns {@link GdeltValues} builds: one expectation,
 * checked by the store tests and the Spark test, so the two writers agree column by column.
 */
public final class GdeltSeedCall {
    private GdeltSeedCall() {
    }

    /** The seed's first 041 IRNGOV to IRQGOV event. */
    public static Event of(CodedArticle seed) {
        return seed.events().stream().filter(e -> e.code().equals("041") && e.source() != null
                && "IRNGOV".equals(e.source().code()) && e.target() != null
                && "IRQGOV".equals(e.target().code())).findFirst().orElseThrow();
    }

    /** The expected field text by GDELT column name. */
    public static Map<String, String> expected(CodedArticle seed) {
        Event call = of(seed);
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Day", "20201128");
        m.put("MonthYear", "202011");
        m.put("Year", "2020");
        m.put("FractionDate", "2020.9808"); // 2020 + (11 * 30 + 28) / 365
        m.put("Actor1Code", "IRNGOV");
        m.put("Actor1Name", call.source().name().toUpperCase(java.util.Locale.ROOT));
        m.put("Actor1CountryCode", "IRN");
        m.put("Actor1Type1Code", "GOV");
        m.put("Actor1Type2Code", "");
        m.put("Actor2Code", "IRQGOV");
        m.put("Actor2Name", call.target().name().toUpperCase(java.util.Locale.ROOT));
        m.put("Actor2CountryCode", "IRQ");
        m.put("Actor2Type1Code", "GOV");
        m.put("Actor2Type2Code", "");
        m.put("EventCode", "041");
        m.put("GoldsteinScale", TsvWriter.format(call.goldstein()));
        m.put("AvgTone", TsvWriter.format(seed.tone().tone()));
        return m;
    }

    /**
     * Asserts a writer's row for the call has the expected text in every expected column.
     *
     * @param column the row's field text by column name
     */
    public static void assertRow(Function<String, String> column, CodedArticle seed) {
        List<String> names = GdeltLayout.events().names();
        expected(seed).forEach((name, text) -> {
            assertThat(names).contains(name);
            assertThat(column.apply(name)).as(name).isEqualTo(text);
        });
        assertThat(column.apply("Actor1Name")).isNotBlank();
        assertThat(column.apply("GoldsteinScale")).isEqualTo("1"); // CAMEO 041: +1.0
        assertThat(column.apply("DATEADDED")).matches("20\\d{12}");
    }
}
