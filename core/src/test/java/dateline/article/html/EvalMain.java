package dateline.article.html;

import dateline.article.Extraction;
import dateline.article.HtmlExtractor;
import java.util.ArrayList;
import java.util.List;

/** Development aid: prints per-page precision/recall on the dev pages (args: optional page-id prefix to dump). */
final class EvalMain {
    private EvalMain() {
    }

    private static void diff(String from, String against) {
        var other = ShingleScorer.shingles(against);
        for (String para : from.split("\n+")) {
            var mine = ShingleScorer.shingles(para);
            long missing = mine.keySet().stream().filter(k -> !other.containsKey(k)).count();
            if (missing * 2 > mine.size()) {
                System.out.println("  * " + para.substring(0, Math.min(160, para.length())));
            }
        }
    }

    public static void main(String[] args) {
        List<DevPages.Page> pages = DevPages.load();
        HtmlExtractor extractor = new HtmlExtractor();
        List<ShingleScorer.PageScore> scores = new ArrayList<>();
        for (DevPages.Page p : pages) {
            Extraction ex = extractor.extract(p.html(), p.url());
            ShingleScorer.PageScore s = ShingleScorer.score(p.truth(), ex.text());
            scores.add(s);
            System.out.printf("%s P=%.3f R=%.3f tp=%d fp=%d fn=%d %s%n", p.id().substring(0, 8), s.precision(),
                    s.recall(), s.tp(), s.fp(), s.fn(), ex.noArticle() == null ? "" : ex.noArticle());
            if (args.length > 0 && p.id().startsWith(args[0])) {
                System.out.println("---- EXTRA (extracted, not in truth)");
                diff(ex.text(), p.truth());
                System.out.println("---- MISSING (truth, not extracted)");
                diff(p.truth(), ex.text());
            }
        }
        ShingleScorer.Summary sum = ShingleScorer.summarise(scores);
        System.out.printf("pages=%d precision=%.4f recall=%.4f F1=%.4f%n", sum.pages(), sum.precision(), sum.recall(),
                sum.f1());
    }
}
