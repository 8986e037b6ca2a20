package dateline.spark;

import dateline.testing.CoreNlpBoundary;
import org.junit.jupiter.api.Test;

/** Only {@code dateline.nlp} uses CoreNLP: the Spark job does not. */
class CoreNlpBoundaryTest {
    @Test
    void onlyTheNlpPackageUsesCoreNlp() {
        CoreNlpBoundary.check(CodeCorpusJob.class, CoreNlpBoundaryTest.class);
    }
}
