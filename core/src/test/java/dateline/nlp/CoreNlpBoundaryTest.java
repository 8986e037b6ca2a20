package dateline.nlp;

import dateline.pipeline.Pipeline;
import dateline.testing.CoreNlpBoundary;
import org.junit.jupiter.api.Test;

/** Only {@code dateline.nlp} uses CoreNLP, in core's main and test code. */
class CoreNlpBoundaryTest {
    @Test
    void onlyTheNlpPackageUsesCoreNlp() {
        CoreNlpBoundary.check(CoreNlpAnnotator.class, Pipeline.class, CoreNlpBoundaryTest.class);
    }
}
