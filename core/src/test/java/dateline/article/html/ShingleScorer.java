package dateline.article.html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Article Extraction Benchmark's metric: a text is tokenised into runs of word characters, becomes the
 * multiset of its overlapping 4-token shingles (a text of fewer tokens is one shingle), and precision and recall
 * of a page are computed from the shingles the extraction and the ground truth share. Over pages, precision is
 * averaged over the pages where something was extracted, recall over all pages, and F1 is the harmonic mean of
 * the two averages.
 */
final class ShingleScorer {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    /** Shared, extracted-only and truth-only shingle counts of one page. */
    record PageScore(int tp, int fp, int fn) {
        boolean extractedSomething() {
            return tp + fp > 0;
        }

        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }
    }

    /** Averages over pages. */
    record Summary(double precision, double recall, int pages) {
        double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    private ShingleScorer() {
    }

    static PageScore score(String truth, String extracted) {
        Map<String, Integer> t = shingles(truth);
        Map<String, Integer> e = shingles(extracted);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Map.Entry<String, Integer> en : e.entrySet()) {
            int inTruth = t.getOrDefault(en.getKey(), 0);
            tp += Math.min(inTruth, en.getValue());
            fp += Math.max(0, en.getValue() - inTruth);
        }
        for (Map.Entry<String, Integer> en : t.entrySet()) {
            fn += Math.max(0, en.getValue() - e.getOrDefault(en.getKey(), 0));
        }
        return new PageScore(tp, fp, fn);
    }

    static Summary summarise(List<PageScore> pages) {
        double p = 0;
        int extracted = 0;
        double r = 0;
        for (PageScore s : pages) {
            if (s.extractedSomething()) {
                p += s.precision();
                extracted++;
            }
            r += s.recall();
        }
        return new Summary(extracted == 0 ? 0 : p / extracted, pages.isEmpty() ? 0 : r / pages.size(), pages.size());
    }

    static Map<String, Integer> shingles(String text) {
        List<String> tokens = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<String, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        int count = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < count; i++) {
            String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + N)));
            out.merge(shingle, 1, Integer::sum);
        }
        return out;
    }
}
