package dateline.nlp;

import dateline.article.Article;
import dateline.article.ArticleFiles;
import dateline.article.ArticleOptions;
import dateline.article.ReadOutcome;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * How far Dateline's entities ({@link MucTagger} on cue sentences only) agree with CoreNLP's own NER running the
 * 3-class and MUC CRFs on every sentence, mention by mention and type by type, on the first N articles of a corpus
 * ({@code bench/ner-agreement.sh}). Usage: {@code NerAgreement CORPUS N [DIFFS]}.
 */
public final class NerAgreement {
    private NerAgreement() {
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[1]);
        int showDiffs = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        List<Article> articles = new ArrayList<>();
        ArticleFiles.bundled().read(Path.of(args[0]), ArticleOptions.defaults(), o -> {
            if (o instanceof ReadOutcome.Read r && articles.size() < n) {
                articles.add(r.article());
            }
        });
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz," + MucTagger.MODEL);
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.fine.regexner.mapping", TrimmedGazetteer.mappingProperty());
        p.setProperty("ner.fine.regexner.noDefaultOverwriteLabels", "CITY");
        StanfordCoreNLP both = new StanfordCoreNLP(p, false);
        CoreNlpAnnotator dateline = new CoreNlpAnnotator(NlpConfig.noParse());

        Map<String, int[]> byType = new TreeMap<>(); // same, only CoreNLP, only Dateline
        List<String> diffs = new ArrayList<>();
        long coreNlpNanos = 0;
        long datelineNanos = 0;
        for (Article article : articles) {
            String text = article.annotatableText();
            long t0 = System.nanoTime();
            Annotation doc = new Annotation(text);
            both.annotate(doc);
            long t1 = System.nanoTime();
            AnnotatedArticle ours = dateline.annotate(article, unparsed -> Set.of());
            long t2 = System.nanoTime();
            coreNlpNanos += t1 - t0;
            datelineNanos += t2 - t1;

            Set<String> theirs = new HashSet<>();
            for (CoreMap m : doc.get(CoreAnnotations.MentionsAnnotation.class)) {
                List<CoreLabel> t = m.get(CoreAnnotations.TokensAnnotation.class);
                if (t.size() == 1 && t.get(0).tag().startsWith("PRP")) {
                    continue; // Dateline keeps pronouns as pronoun links
                }
                int begin = t.get(0).beginPosition();
                int end = t.get(t.size() - 1).endPosition();
                theirs.add(key(begin, end, m.get(CoreAnnotations.NamedEntityTagAnnotation.class), text));
            }
            Set<String> mine = new HashSet<>();
            for (EntityMention e : ours.entities()) {
                mine.add(key(e.span().start(), e.span().end(), e.type(), text));
            }
            for (String k : theirs) {
                byType.computeIfAbsent(type(k), t -> new int[3])[mine.contains(k) ? 0 : 1]++;
                if (!mine.contains(k)) {
                    diffs.add("only CoreNLP   " + article.id() + " " + k);
                }
            }
            for (String k : mine) {
                if (!theirs.contains(k)) {
                    byType.computeIfAbsent(type(k), t -> new int[3])[2]++;
                    diffs.add("only Dateline  " + article.id() + " " + k);
                }
            }
        }
        System.out.println("type                  same  only CoreNLP  only Dateline");
        byType.forEach((type, c) -> System.out.printf("%-18s %7d  %12d  %13d%n", type, c[0], c[1], c[2]));
        System.out.printf("%d articles; NER without parse, one thread: CoreNLP both CRFs everywhere %.1f ms/article, "
                + "Dateline %.1f ms/article%n", articles.size(), coreNlpNanos / 1e6 / articles.size(),
                datelineNanos / 1e6 / articles.size());
        diffs.stream().limit(showDiffs).forEach(System.out::println);
    }

    private static String key(int begin, int end, String type, String text) {
        return begin + "-" + end + "\t" + type + "\t" + text.substring(begin, end).replace('\n', ' ');
    }

    private static String type(String key) {
        return key.split("\t")[1];
    }
}
