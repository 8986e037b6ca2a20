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
    private int failed;
    private int read;

    /** Reads {@code files}, passing each article to {@code onArticle}; returns the exit code for the batch. */
    int forEach(List<Path> files, LocalDate date, PrintWriter err, Consumer<ReadOutcome.Read> onArticle) {
        ArticleFiles reader = ArticleFiles.bundled();
        ArticleOptions options = ArticleOptions.defaults().withDate(date);
        if (date != null && date.isAfter(options.today())) {
            err.println("dateline: --date " + date + " is in the future");
            return 2;
        }
        for (Path file : files) {
            reader.read(file, options, outcome -> {
                if (outcome instanceof ReadOutcome.Read r) {
                    read++;
                    for (String w : r.article().warnings()) {
                        err.println("dateline: warning: " + r.input() + ": " + w);
                    }
                    try {
                        onArticle.accept(r);
                    } catch (RuntimeException e) {
                        failed++;
                        err.println("dateline: " + r.input() + ": processing failed (" + e + ")");
                        org.slf4j.LoggerFactory.getLogger(Inputs.class).debug("processing failed", e);
                    }
                } else if (outcome instanceof ReadOutcome.Failed f) {
                    failed++;
                    err.println("dateline: " + f.message());
                }
            });
            err.flush();
        }
        return failed > 0 ? 1 : 0;
    }

    int failed() {
        return failed;
    }

    int read() {
        return read;
    }
}
