package dateline.time;

import dateline.article.Article;
import dateline.article.ArticleFiles;
import dateline.article.ArticleOptions;
import dateline.article.ReadOutcome;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.CoreNlpAnnotator;
import dateline.nlp.NlpConfig;
import dateline.nlp.Sentence;
import dateline.nlp.TimeExpression;
import dateline.nlp.TimeTagger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks {@link TimeCues} against SUTime on a corpus ({@code bench/time-cues.sh}): runs SUTime on every sentence of
 * the first N articles and prints each expression the resolver accepts in a sentence without a cue (there should be
 * none), and how many sentences the cues let the dater skip. Usage: {@code TimeCuesCheck CORPUS N}.
 */
public final class TimeCuesCheck {
    private TimeCuesCheck() {
    }

    public static void main(String[] args) {
        List<Article> articles = new ArrayList<>();
        int n = Integer.parseInt(args[1]);
        ArticleFiles.bundled().read(Path.of(args[0]), ArticleOptions.defaults(), o -> {
            if (o instanceof ReadOutcome.Read r && articles.size() < n) {
                articles.add(r.article());
            }
        });
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(NlpConfig.noParse());
        TimeTagger tagger = TimeTagger.load();
        DateResolver resolver = new DateResolver();
        TimeCues cues = new TimeCues();
        int sentences = 0;
        int withoutCue = 0;
        int resolvable = 0;
        int missed = 0;
        for (Article a : articles) {
            AnnotatedArticle tagged = annotator.tag(a).unparsed();
            for (Sentence s : tagged.sentences()) {
                sentences++;
                boolean cue = cues.mayHoldDate(s);
                withoutCue += cue ? 0 : 1;
                boolean any = false;
                for (TimeExpression x : tagger.find(tagged, s, a.date())) {
                    if (resolver.resolve(x.text(), x.value(), a.date()).isPresent()) {
                        any = true;
                        if (!cue) {
                            missed++;
                            System.out.printf("missed: %s sentence %d: \"%s\" = %s%n", a.source(), s.index(), x.text(),
                                    x.value());
                        }
                    }
                }
                resolvable += any ? 1 : 0;
            }
        }
        System.out.printf("%d articles, %d sentences: %d without a cue (%.0f %%, SUTime skipped), %d with a date the "
                + "resolver accepts, %d of them without a cue%n", articles.size(), sentences, withoutCue,
                100.0 * withoutCue / sentences, resolvable, missed);
    }
}
