package dateline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/**
 * The commands that print one report per article ({@code actors}, {@code annotate}, {@code places},
 * {@code quotes}): FILE… and {@code --date} ({@link ArticleArgs}), {@code --format text|json} ({@link TextOrJson}).
 */
abstract class ArticleReportCommand implements Callable<Integer> {
    @Mixin
    ArticleArgs articles;

    @Mixin
    TextOrJson output;
}
