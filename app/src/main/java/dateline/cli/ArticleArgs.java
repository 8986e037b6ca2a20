package dateline.cli;

import dateline.article.ReadOutcome;
import dateline.nlp.AnnotatedArticle;
import dateline.nlp.CoreNlpAnnotator;
import dateline.nlp.NlpConfig;
import dateline.pipeline.CodedArticle;
import dateline.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The article inputs that every per-article command takes (files and a fallback publication date), and the loop
 * over them: a bad input is one line on the command's stderr and the batch goes on.
 */
final class ArticleArgs {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Text, HTML or JSON Lines files (optionally .gz).")
    List<Path> files;

    @Mixin
    PublicationDate published;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** Reads every input, reporting bad ones on the command's stderr; returns the batch's exit code. */
    int forEach(Consumer<ReadOutcome.Read> onArticle) {
        return new Inputs().forEach(files, published.date, spec.commandLine().getErr(), onArticle);
    }

    /**
     * Reads and annotates every input. The annotator is loaded on the first readable article, so a batch of bad
     * inputs fails fast without loading the models.
     */
    int forEachAnnotated(BiConsumer<ReadOutcome.Read, AnnotatedArticle> onArticle) {
        CoreNlpAnnotator[] annotator = new CoreNlpAnnotator[1];
        return forEach(read -> {
            if (annotator[0] == null) {
                annotator[0] = new CoreNlpAnnotator(NlpConfig.full());
            }
            onArticle.accept(read, annotator[0].annotate(read.article()));
        });
    }

    /** Reads and codes every input with the whole pipeline, loaded on the first readable article. */
    int forEachCoded(BiConsumer<ReadOutcome.Read, CodedArticle> onArticle) {
        Pipeline[] pipeline = new Pipeline[1];
        return forEach(read -> {
            if (pipeline[0] == null) {
                pipeline[0] = Pipeline.bundled();
            }
            onArticle.accept(read, pipeline[0].code(read.article()));
        });
    }
}
