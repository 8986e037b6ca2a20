package dateline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeechCuesTest {
    private final SpeechCues cues = SpeechCues.bundled();

    @Test
    void quotationCuesAndReportingVerbsComeFromOneFile() {
        assertThat(cues.kind("Say")).isEqualTo(SpeechCues.Kind.SPEECH);
        assertThat(cues.kind("stress")).isEqualTo(SpeechCues.Kind.EMPHASIS);
        assertThat(cues.kind("believe")).isNull();
        assertThat(cues.reporting()).contains("say", "stress", "believe", "report", "point")
                .doesNotContain("ask", "urge", "deny");
    }
}
