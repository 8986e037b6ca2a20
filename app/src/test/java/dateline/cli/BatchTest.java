package dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchTest {
    private final StringWriter err = new StringWriter();
    private final Batch batch = new Batch(new PrintWriter(err));

    @Test
    void aBadInputInTheMiddleIsOneLineNamingItAndTheBatchGoesOn() {
        List<String> done = new ArrayList<>();
        int code = batch.forEach(List.of("a.txt", "bad.txt", "broken.txt", "d.txt"), s -> s, input -> {
            if (input.equals("bad.txt")) {
                throw new Batch.BadInput(input + ": not an article");
            }
            if (input.equals("broken.txt")) {
                throw new IllegalStateException("no sentences");
            }
            done.add(input);
        });
        assertThat(code).isEqualTo(1);
        assertThat(done).containsExactly("a.txt", "d.txt");
        assertThat(err.toString().strip().split("\n")).containsExactly(
                "dateline: bad.txt: not an article",
                "dateline: broken.txt: processing failed (java.lang.IllegalStateException: no sentences)");
    }

    @Test
    void aBatchWithoutFailuresExitsZeroAndSaysNothing() {
        List<String> done = new ArrayList<>();
        assertThat(batch.forEach(List.of("a", "b"), s -> s, done::add)).isZero();
        assertThat(done).containsExactly("a", "b");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void processAndRejectCountTowardsTheExitCode() {
        batch.process("fine.txt", () -> { });
        assertThat(batch.exitCode()).isZero();
        batch.process("x.txt", () -> {
            throw new IllegalArgumentException("bad span");
        });
        batch.reject("y.txt: empty file");
        assertThat(batch.exitCode()).isEqualTo(1);
        assertThat(err.toString()).contains("dateline: x.txt: processing failed (java.lang.IllegalArgumentException: "
                + "bad span)", "dateline: y.txt: empty file");
    }
}
