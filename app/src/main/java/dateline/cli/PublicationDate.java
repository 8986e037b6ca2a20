package dateline.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The {@code --date} option of the commands that read articles: the date for inputs that carry none. */
final class PublicationDate {
    @Option(names = "--date", description = "Publication date (YYYY-MM-DD) for inputs that carry none.")
    LocalDate date;

    /** True (with an error line) when {@code --date} is later than {@code today}: a usage error, exit code 2. */
    static boolean inFuture(LocalDate date, LocalDate today, PrintWriter err) {
        if (date != null && date.isAfter(today)) {
            err.println("dateline: --date " + date + " is in the future");
            return true;
        }
        return false;
    }
}
