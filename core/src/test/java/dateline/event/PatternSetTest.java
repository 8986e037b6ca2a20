package dateline.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dateline.cameo.Codebook;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PatternSetTest {
    @Test
    void bundledPatternsLoadWithImportedAndOwnPatterns() {
        PatternSet set = PatternSet.bundled();
        assertThat(set.size()).isGreaterThan(4000);
        assertThat(set.forTrigger("praise")).anyMatch(p -> "051".equals(p.code()));
        assertThat(set.forTrigger("conversation")).anyMatch(p -> "041".equals(p.code()) && p.handWritten());
        assertThat(set.isTrigger("sanction")).isTrue();
    }

    @Test
    void parsesSetsClassesReverseCodesAndMarks() {
        PatternSet set = PatternSet.of(Codebook.bundled(), true, Map.of("t.txt", String.join("\n",
                "set talkish talk talks  # comment",
                "verbs meet meet encounter",
                "036:036 @meet/v for=&talkish!T",
                "--- meet/v any=payment")));
        Pattern p = set.forTrigger("encounter").get(0);
        assertThat(p.code()).isEqualTo("036");
        assertThat(p.reverseCode()).isEqualTo("036");
        assertThat(p.pos()).isEqualTo('V');
        Constraint c = p.constraints().get(0);
        assertThat(c.preps()).containsExactly("for");
        assertThat(c.words()).containsExactlyInAnyOrder("talk", "talks");
        assertThat(c.marksTarget()).isTrue();
        assertThat(p.id()).isEqualTo("t.txt:3");
        assertThat(set.forTrigger("meet")).anyMatch(Pattern::blocks);
    }

    @Test
    void badLinesNameFileAndLine() {
        assertThatThrownBy(() -> PatternSet.of(Codebook.bundled(), true, Map.of("bad.txt", "999 meet/v")))
                .hasMessageContaining("bad.txt:1").hasMessageContaining("unknown CAMEO code 999");
        assertThatThrownBy(() -> PatternSet.of(Codebook.bundled(), true, Map.of("bad.txt", "\n040 meet/v obj=&nope")))
                .hasMessageContaining("bad.txt:2").hasMessageContaining("unknown word set &nope");
        assertThatThrownBy(() -> PatternSet.of(Codebook.bundled(), true, Map.of("bad.txt", "040 meet/x")))
                .hasMessageContaining("part of speech");
    }
}
