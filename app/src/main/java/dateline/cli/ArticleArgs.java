package dateline.cli;

import dateline.article.ReadOutcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
}
