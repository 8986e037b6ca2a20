package dateline.article.html;

import dateline.article.Extraction;
import dateline.article.HtmlExtractor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Development aid: scores the extractor on the team-written fixture pages (the second dev set, see
 * {@link FixturePagesTest}) with the benchmark's metric, page by page, and says which refusals are right.
 */
final class FixtureEval {
    private FixtureEval() {
    }

    public static void main(String[] args) {
        HtmlExtractor extractor = new HtmlExtractor();
        List<ShingleScorer.PageScore> scores = new ArrayList<>();
        int refusalsRight = 0;
        int refusals = 0;
        for (FixturePagesTest.Fixture f : FixturePagesTest.fixtures()) {
            Extraction ex = extractor.extract(f.html(), "https://courier.example/news/" + f.name(),
                    LocalDate.of(2026, 1, 1));
            if (f.refusal() != null) {
                refusals++;
                boolean right = !ex.hasArticle() && ex.noArticle() != null && ex.noArticle().contains(f.refusal());
                refusalsRight += right ? 1 : 0;
                System.out.printf("%-40s %s (%s)%n", f.name(), right ? "refused, rightly" : "WRONG",
                        ex.hasArticle() ? "article kept" : ex.noArticle());
                continue;
            }
            ShingleScorer.PageScore s = ShingleScorer.score(f.truth(), ex.text());
            scores.add(s);
            System.out.printf("%-40s P=%.3f R=%.3f %s%n", f.name(), s.precision(), s.recall(),
                    ex.hasArticle() ? "" : "refused: " + ex.noArticle());
        }
        ShingleScorer.Summary sum = ShingleScorer.summarise(scores);
        System.out.printf("articles=%d precision=%.4f recall=%.4f F1=%.4f; non-articles refused with the right reason:"
                + " %d of %d%n", sum.pages(), sum.precision(), sum.recall(), sum.f1(), refusalsRight, refusals);
    }
}
