package dateline.cli;

import dateline.article.ArticleFiles;
import dateline.article.ArticleOptions;
import dateline.article.ReadOutcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/** Reads the files named on the command line, reporting each bad input as one line on stderr and going on. */
final class Inputs {
    /** Reads {@code files}, passing each article to {@code onArticle}; returns the exit code for the batch. */
    int forEach(List<Path> files, LocalDate date, PrintWriter err, Consumer<ReadOutcome.Read> onArticle) {
        ArticleFiles reader = ArticleFiles.bundled();
        ArticleOptions options = ArticleOptions.defaults().withDate(date);
        if (PublicationDate.inFuture(date, options.today(), err)) {
            return 2;
        }
        Batch batch = new Batch(err);
        // One file may hold many articles (JSON Lines): each article, read or not, is an item of the batch.
        for (Path file : files) {
            reader.read(file, options, outcome -> {
                if (outcome instanceof ReadOutcome.Read r) {
                    for (String w : r.article().warnings()) {
                        err.println("dateline: warning: " + r.input() + ": " + w);
                    }
                    batch.process(r.input(), () -> onArticle.accept(r));
                } else if (outcome instanceof ReadOutcome.Failed f) {
                    batch.reject(f.message());
                }
            });
            err.flush();
        }
        return batch.exitCode();
    }
}
