package dateline.cli;

import dateline.article.ReadOutcome;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.CoreNlpAnnotator;
import dateline.nlp.NlpConfig;
import dateline.pipeline.CodedArticle;
import dateline.pipeline.Pipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The article inputs that every per-article command takes: files and a fallback publication date. */
final class ArticleArgs {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Text, HTML or JSON Lines files (optionally .gz).")
    List<Path> files;

    @Option(names = "--date", description = "Publication date (YYYY-MM-DD) for inputs that carry none.")
    LocalDate date;

    /** Reads every input, reporting bad ones on {@code err}; returns the batch's exit code. */
    int forEach(PrintWriter err, Consumer<ReadOutcome.Read> onArticle) {
        return new Inputs().forEach(files, date, err, onArticle);
    }

    /**
     * Reads and annotates every input. The annotator is loaded on the first readable article, so a batch of bad
     * inputs fails fast without loading the models.
     */
    int forEachAnnotated(PrintWriter err, BiConsumer<ReadOutcome.Read, AnnotatedArticle> onArticle) {
        CoreNlpAnnotator[] annotator = new CoreNlpAnnotator[1];
        return forEach(err, read -> {
            if (annotator[0] == null) {
                annotator[0] = new CoreNlpAnnotator(NlpConfig.full());
            }
            onArticle.accept(read, annotator[0].annotate(read.article()));
        });
    }

    /** Reads and codes every input with the whole pipeline, loaded on the first readable article. */
    int forEachCoded(PrintWriter err, BiConsumer<ReadOutcome.Read, CodedArticle> onArticle) {
        Pipeline[] pipeline = new Pipeline[1];
        return forEach(err, read -> {
            if (pipeline[0] == null) {
                pipeline[0] = Pipeline.bundled();
            }
            onArticle.accept(read, pipeline[0].code(read.article()));
        });
    }
}
