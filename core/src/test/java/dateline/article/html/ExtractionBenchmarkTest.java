package dateline.article.html;

import static org.assertj.core.api.Assertions.assertThat;

import dateline.article.Extraction;
import dateline.article.HtmlExtractor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on the Article Extraction Benchmark's dev pages with the benchmark's own metric. Skips when
 * the shared data is absent. The floor sits just under the measured figure recorded in docs/evaluation.md.
 */
class ExtractionBenchmarkTest {
    static final double F1_FLOOR = 0.98;

    @Test
    void devPagesScoreAboveTheFloor() {
        List<DevPages.Page> pages = DevPages.load();
        Assumptions.assumeTrue(pages != null, "../shared/data/articles-html is absent");
        HtmlExtractor extractor = new HtmlExtractor();
        List<ShingleScorer.PageScore> scores = new ArrayList<>();
        int found = 0;
        for (DevPages.Page p : pages) {
            Extraction ex = extractor.extract(p.html(), p.url());
            if (ex.hasArticle()) {
                found++;
            }
            scores.add(ShingleScorer.score(p.truth(), ex.text()));
        }
        ShingleScorer.Summary s = ShingleScorer.summarise(scores);
        System.out.printf("article extraction, %d dev pages: precision %.4f recall %.4f F1 %.4f%n", s.pages(),
                s.precision(), s.recall(), s.f1());
        assertThat(pages).hasSize(61);
        assertThat(found).as("every dev page is an article").isEqualTo(pages.size());
        assertThat(s.f1()).isGreaterThanOrEqualTo(F1_FLOOR);
    }
}
