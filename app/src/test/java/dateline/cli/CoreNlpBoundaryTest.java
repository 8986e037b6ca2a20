package dateline.cli;

import dateline.testing.CoreNlpBoundary;
import org.junit.jupiter.api.Test;

/** Only {@code dateline.nlp} uses CoreNLP: the command line, store and server do not. */
class CoreNlpBoundaryTest {
    @Test
    void onlyTheNlpPackageUsesCoreNlp() {
        CoreNlpBoundary.check(Main.class, dateline.server.PipelinePool.class, CoreNlpBoundaryTest.class);
    }
}
