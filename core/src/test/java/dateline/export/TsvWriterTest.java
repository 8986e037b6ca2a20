package dateline.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsvWriterTest {
    @Test
    void layoutsHaveTheGdeltColumnCountsAndNames() {
        GdeltLayout events = GdeltLayout.events();
        assertThat(events.columns()).hasSize(61);
        assertThat(events.names().get(0)).isEqualTo("GlobalEventID");
        assertThat(events.names().get(26)).isEqualTo("EventCode");
        assertThat(events.names().get(51)).isEqualTo("ActionGeo_Type");
        assertThat(events.names().get(60)).isEqualTo("SOURCEURL");
        assertThat(events.names()).doesNotHaveDuplicates();
        assertThat(GdeltLayout.mentions().columns()).hasSize(16);
        assertThat(GdeltLayout.mentions().names().get(15)).isEqualTo("Extras");
        assertThat(events.duckDbColumns()).startsWith("{'GlobalEventID': 'BIGINT', 'Day': 'INTEGER'");
    }

    @Test
    void tabsNewlinesAndBackslashesAreEscapedAndTheColumnCountHolds() throws Exception {
        StringWriter out = new StringWriter();
        TsvWriter w = new TsvWriter(out, 4);
        w.row(Arrays.asList("Ministry\tof\nDefence", null, 1.5, "C:\\path\r"));
        String line = out.toString();
        assertThat(line).endsWith("\n");
        assertThat(line.substring(0, line.length() - 1).split("\t", -1))
                .containsExactly("Ministry\\tof\\nDefence", "", "1.5", "C:\\\\path\\r");
        assertThat(TsvWriter.unescape("Ministry\\tof\\nDefence")).isEqualTo("Ministry\tof\nDefence");
        assertThat(TsvWriter.unescape(TsvWriter.escape("a\\tb"))).isEqualTo("a\\tb");
        assertThatThrownBy(() -> w.row(List.of("too", "few"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numbersAreWrittenWithoutLocaleOrExponent() {
        assertThat(TsvWriter.format(2021.1890)).isEqualTo("2021.189");
        assertThat(TsvWriter.format(-10.0)).isEqualTo("-10");
        assertThat(TsvWriter.format(0.0000004)).isEqualTo("0");
        assertThat(TsvWriter.format(20210308L)).isEqualTo("20210308");
    }
}
